package org.okju.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.okju.fingerprint.ImageLuma;
import org.okju.fingerprint.PictureThumbnail;
import org.okju.fingerprint.ReducedLumaPlane;
import org.okju.testkit.ImageEdits;

/**
 * A still photo under a sticker, an emoji or a flat censor box over its middle joins its original
 * (session 22: no view of the copy came within its radius, so each of these was a tape of its own),
 * and a photo of the same scene in which something textured moved (a burst) does not, although its
 * differences fit in one rectangle as an overlay's do. Each copy is grouped alone with its original
 * among the vectors' distinct photos, as a case holding one re-posted copy.
 */
class StillPictureUnderAnOverlayTest {
  static final Map<String, UnaryOperator<BufferedImage>> EDITS = new LinkedHashMap<>();

  static {
    // 35% x 35% of the picture in the middle (12%): PDQ, the centre views and every crop-grid
    // anchor see the box.
    EDITS.put(
        "black-box-centre",
        i -> ImageEdits.blackBox(i, new ImageEdits.BoxPlace(0.325, 0.325, 0.35, 0.35)));
    // 25% x 30% in the upper middle (7.5%), saved as JPEG: the lead's 0 of 8 (session 21).
    EDITS.put(
        "black-box-upper-middle-jpeg",
        i ->
            ImageEdits.jpeg(
                ImageEdits.blackBox(i, new ImageEdits.BoxPlace(0.375, 0.08, 0.25, 0.30)), 0.6f));
    // An emoji (a yellow face) over the middle.
    EDITS.put(
        "emoji-centre",
        i -> ImageEdits.sticker(i, new ImageEdits.StickerPlace(0.32, 0.3, 0.36, 0.4)));
  }

  /** Photos each edit was missed on before (copies/README.md, session 22). */
  static final List<String> ORIGINALS =
      List.of(
          "reg-test-input/pen-and-coaster.png",
          "reg-test-input/labelme-subset/q1050.jpg",
          "reg-test-input/labelme-subset/q0746.jpg");

  /**
   * Photos the burst is grouped with. Not q1050: its burst joins it through PDQ on main already
   * (the whole picture within 31 bits), which no pixel rule undoes.
   */
  static final List<String> BURST_PHOTOS =
      List.of("reg-test-input/pen-and-coaster.png", "reg-test-input/labelme-subset/q0746.jpg");

  static List<String> edits() {
    return List.copyOf(EDITS.keySet());
  }

  private static OneCopyAmongDistinctPhotos photos;

  @BeforeAll
  static void profileTheDistinctPhotos() {
    photos = new OneCopyAmongDistinctPhotos(ORIGINALS);
  }

  @ParameterizedTest
  @MethodSource("edits")
  void theCoveredCopyJoinsItsPhotoAndNothingElse(String edit) {
    assertThat(photos.grouped(EDITS.get(edit), edit, ORIGINALS))
        .containsExactlyInAnyOrderElementsOf(
            OneCopyAmongDistinctPhotos.expected(edit, true, ORIGINALS));
  }

  @Test
  void aBurstPhotoWhereSomethingTexturedMovedStaysApart() {
    assertThat(photos.grouped(StillPictureUnderAnOverlayTest::burst, "burst", BURST_PHOTOS))
        .containsExactlyInAnyOrderElementsOf(
            OneCopyAmongDistinctPhotos.expected("burst", false, BURST_PHOTOS));
  }

  /**
   * The overlay rule, not the candidates or the rectangle, is what keeps the burst apart: the two
   * pictures differ only inside one small rectangle, as a copy under a box does, and inside it the
   * burst shows texture where the original had texture.
   */
  @Test
  void theBurstsDifferencesFitOneRectangleButAreNoOverlay() {
    for (String name : ORIGINALS) {
      BufferedImage photo = OneCopyAmongDistinctPhotos.resized(name);
      PictureThumbnail original = thumbnail(photo);
      PictureThumbnail moved = thumbnail(burst(OneCopyAmongDistinctPhotos.resized(name)));
      for (OverlayComparison c :
          List.of(
              OverlayComparison.of(moved, original, OverlayComparison.DEFAULT),
              OverlayComparison.of(original, moved, OverlayComparison.DEFAULT))) {
        assertThat(c.agrees()).as(name + " " + c.evidence()).isFalse();
        assertThat(c.reason()).as(name).startsWith("inside the rectangle the picture differs");
      }
      OverlayComparison boxed =
          OverlayComparison.of(
              thumbnail(
                  EDITS.get("black-box-centre").apply(OneCopyAmongDistinctPhotos.resized(name))),
              original,
              OverlayComparison.DEFAULT);
      assertThat(boxed.agrees()).as(name + " " + boxed.evidence()).isTrue();
    }
  }

  /**
   * Something textured moved: a quarter-by-third patch of the photo's own lower left copied over
   * its upper middle (where the lead's box was), then saved as JPEG.
   */
  static BufferedImage burst(BufferedImage in) {
    BufferedImage out = ImageEdits.rgb(in);
    int w = out.getWidth();
    int h = out.getHeight();
    int pw = w / 4;
    int ph = (int) (h * 0.3);
    int sx = w / 10;
    int sy = h - ph - h / 10;
    int dx = (int) (w * 0.375);
    int dy = (int) (h * 0.08);
    for (int y = 0; y < ph; y++) {
      for (int x = 0; x < pw; x++) {
        out.setRGB(dx + x, dy + y, in.getRGB(sx + x, sy + y));
      }
    }
    return ImageEdits.jpeg(out, 0.8f);
  }

  private static PictureThumbnail thumbnail(BufferedImage image) {
    return PictureThumbnail.of(image, ReducedLumaPlane.of(ImageLuma.of(image)));
  }
}
