package org.okju.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.okju.testkit.ImageEdits;
import org.okju.testkit.LowInformationPictures;
import org.okju.testkit.ReferencePhotos;

/**
 * The screenshot box finds a photo inside a phone's social-app screenshot and between a meme's
 * caption bands (Java2D frames of the vectors' photos, {@link ImageEdits}), to the plane's sample;
 * and finds nothing more than the uniform bars' box in a photo alone or letterboxed, since every
 * box it finds replaces a picture's {@code CONTENT} views.
 */
class ScreenBoxTest {
  private static BufferedImage bridge;

  static List<String> photos() {
    return ReferencePhotos.DISTINCT;
  }

  @BeforeAll
  static void decode() throws Exception {
    bridge = photo("bridge-mods/aaa-orig.jpg");
  }

  private static BufferedImage photo(String relative) throws Exception {
    BufferedImage p = new ImageDecoder().decode(TestVectors.file("pdq/data/" + relative));
    return ImageEdits.resize(p, 480.0 / p.getWidth());
  }

  private static ContentBox[] boxes(BufferedImage picture) {
    ReducedLumaPlane plane = ReducedLumaPlane.of(ImageLuma.of(picture));
    ContentBox bars = ContentBox.of(plane);
    return new ContentBox[] {bars, ScreenBox.within(plane, bars)};
  }

  /** {@code box}'s rows in the picture's pixels, as {@code {top, bottom}}. */
  private static int[] rows(ContentBox box, BufferedImage picture) {
    int factor = ReducedLumaPlane.factor(picture.getWidth(), picture.getHeight());
    return new int[] {box.y() * factor, (box.y() + box.height()) * factor};
  }

  @Test
  void thePhotoInAPhoneScreenshotIsFoundBetweenTheAppsBands() {
    BufferedImage shot = ImageEdits.phoneScreenshot(bridge);
    ContentBox box = boxes(shot)[1];
    int factor = ReducedLumaPlane.factor(shot.getWidth(), shot.getHeight());
    int top = 6 * (480 / 24);
    assertThat(rows(box, shot)[0]).isBetween(top, top + factor);
    assertThat(rows(box, shot)[1])
        .isBetween(top + bridge.getHeight() - factor, top + bridge.getHeight() + factor);
    assertThat(box.x()).isZero();
    assertThat(box.width()).isEqualTo(ReducedLumaPlane.size(shot.getWidth(), shot.getHeight())[0]);
  }

  @Test
  void thePhotoBetweenAMemesCaptionBandsIsFound() {
    BufferedImage meme = ImageEdits.memeCaptions(bridge);
    int band = bridge.getHeight() / 5;
    int[] r = rows(boxes(meme)[1], meme);
    assertThat(r[0]).isBetween(band - 1, band + 2);
    assertThat(r[1]).isBetween(band + bridge.getHeight() - 2, band + bridge.getHeight() + 1);
  }

  @ParameterizedTest
  @MethodSource("photos")
  void aPhotoAloneOrLetterboxedHasNoBoxBeyondItsBars(String relative) throws Exception {
    BufferedImage p = photo(relative);
    for (UnaryOperator<BufferedImage> framing :
        List.<UnaryOperator<BufferedImage>>of(
            i -> i, i -> ImageEdits.bars(i, i.getHeight() / 5, 0, Color.BLACK))) {
      ContentBox[] b = boxes(framing.apply(p));
      assertThat(b[1]).isEqualTo(b[0]);
    }
  }

  /**
   * A gradient's flat end, above a stamp, looked like a band: its rows just past the flat end are
   * off the level by a little more than the tolerance, and are not a picture's first line.
   */
  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4, 5})
  void aStampedGradientHasNoBoxBeyondItsBars(int variant) {
    ContentBox[] b = boxes(LowInformationPictures.stampedGradient(variant, 640, 400));
    assertThat(b[1]).isEqualTo(b[0]);
  }

  /**
   * A smooth picture pasted on an app's dark background begins at its own levels, a step off the
   * background: its screenshot gets a box too (a rule on how smooth the inside was took the boxes
   * of smooth wallpapers' screenshots, which then joined one another through the frame).
   */
  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 5})
  void aSmoothPicturesScreenshotIsFramedToo(int variant) {
    BufferedImage gradient =
        ImageEdits.resize(LowInformationPictures.stampedGradient(variant, 640, 400), 0.75);
    BufferedImage shot = ImageEdits.phoneScreenshot(gradient);
    int[] r = rows(boxes(shot)[1], shot);
    int factor = ReducedLumaPlane.factor(shot.getWidth(), shot.getHeight());
    int top = 6 * (480 / 24);
    assertThat(r[0]).isBetween(top, top + factor);
    assertThat(r[1]).isBetween(top + gradient.getHeight() - factor, top + gradient.getHeight());
  }

  /**
   * Every distinct photo in the dark app's screenshot is found, the dark ones too (q1050, q2821:
   * their dark rows are within the tolerance of the app's background, so no picture begins with a
   * step there; the app's solid fill is exact where a photo's dark rows are not).
   */
  @ParameterizedTest
  @MethodSource("photos")
  void everyPhotoInAPhoneScreenshotIsFoundTheDarkOnesToo(String relative) throws Exception {
    BufferedImage p = photo(relative);
    BufferedImage shot = ImageEdits.phoneScreenshot(p);
    int[] r = rows(boxes(shot)[1], shot);
    int factor = ReducedLumaPlane.factor(shot.getWidth(), shot.getHeight());
    int top = 6 * (480 / 24);
    assertThat(r[0]).isBetween(top, top + factor);
    assertThat(r[1]).isBetween(top + p.getHeight() - factor, top + p.getHeight() + factor);
  }
}
