package org.okju.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.okju.fingerprint.PictureThumbnail;
import org.okju.testkit.ImageEdits;

/**
 * Session 23: the overlay rule of {@link StillPictureUnderAnOverlayTest} reaches further. Each case
 * below was missed before (the bench's development halves; each test failed on main): a sticker
 * larger than a quarter of the picture, an emoji whose luma is that of the wall round it, a box
 * over a smooth picture (low-information, which the rule refused as the uncovered one), and a box
 * that made the copy low-information, whose PDQ match the pixels then refused (the strip layouts
 * never look at a pair a view found).
 */
class StillPictureUnderAWiderOverlayTest {
  private static final String C = "misc-images/c.png";
  private static final String Q0291 = "reg-test-input/labelme-subset/q0291.jpg";
  private static final String EXIF = "reg-test-input/exif-rotn/exif-rotn-1.jpg";
  private static final String AAA = "bridge-mods/aaa-orig.jpg";

  /**
   * A sticker 50% across and 46% down in the lower half: its rectangle of changed cells is 28% of
   * the picture, over the quarter the rule took before.
   */
  @Test
  void aStickerOverAThirdOfThePhotoJoinsItsPhotoAndNothingElse() {
    List<String> photos = List.of(AAA, EXIF, Q0291);
    assertThat(
            new OneCopyAmongDistinctPhotos(photos)
                .grouped(
                    i -> ImageEdits.sticker(i, new ImageEdits.StickerPlace(0.02, 0.52, 0.5, 0.46)),
                    "large-sticker",
                    photos))
        .containsExactlyInAnyOrderElementsOf(
            OneCopyAmongDistinctPhotos.expected("large-sticker", true, photos));
  }

  /**
   * The bench's sticker over c.png lies on a pale ground of the emoji's own luma: the ring round
   * the changed cells is as bright as the emoji, but not as yellow.
   */
  @Test
  void anEmojiOfTheWallsLumaJoinsByItsColour() {
    List<String> photos = List.of(C);
    assertThat(
            new OneCopyAmongDistinctPhotos(photos)
                .grouped(
                    i ->
                        ImageEdits.sticker(
                            i,
                            ImageEdits.StickerPlace.random(
                                new Random(31L * i.getWidth() + i.getHeight()))),
                    "emoji",
                    photos))
        .containsExactlyInAnyOrderElementsOf(
            OneCopyAmongDistinctPhotos.expected("emoji", true, photos));
  }

  /**
   * The bench's third random box over q0291 (its own stream, salt 41): the copy is low-information
   * (a large black area), its whole picture's PDQ matched and the pixel comparison refused it.
   */
  @Test
  void aBoxThatMadeTheCopyLowInformationJoinsThroughItsRefusedMatch() {
    List<String> photos = List.of(Q0291);
    assertThat(
            new OneCopyAmongDistinctPhotos(photos)
                .grouped(
                    i -> {
                      Random r = new Random(41 * 1_000_003L + 31L * i.getWidth() + i.getHeight());
                      ImageEdits.BoxPlace.random(r);
                      ImageEdits.BoxPlace.random(r);
                      return ImageEdits.blackBox(i, ImageEdits.BoxPlace.random(r));
                    },
                    "box",
                    photos))
        .containsExactlyInAnyOrderElementsOf(
            OneCopyAmongDistinctPhotos.expected("box", true, photos));
  }

  /**
   * Two smooth pictures (soft gradients, made here), each low-information: a black box over the
   * first joins it, and the two stay apart.
   */
  @Test
  void aBoxOverASmoothPictureJoinsItAndNotAnotherSmoothPicture() {
    Map<Long, PictureThumbnail> thumbnails = new HashMap<>();
    BufferedImage dawn = smooth(new Color(40, 60, 140), new Color(250, 170, 90), 0.3, 0.35);
    BufferedImage dusk = smooth(new Color(30, 110, 90), new Color(200, 220, 240), 0.7, 0.6);
    List<Media> media = new ArrayList<>();
    media.add(Pictures.profiled(1, "dawn", dawn, thumbnails));
    media.add(Pictures.profiled(2, "dusk", dusk, thumbnails));
    media.add(
        Pictures.profiled(
            3,
            "dawn|box",
            ImageEdits.blackBox(dawn, new ImageEdits.BoxPlace(0.55, 0.4, 0.3, 0.35)),
            thumbnails));
    PictureMatchPolicy.Picture original =
        new PictureMatchPolicy.Picture(
            media.get(0).profile(), media.get(0).quality(), java.util.Optional.empty());
    assertThat(PictureMatchPolicy.DEFAULT.information(original))
        .isEqualTo(PictureMatchPolicy.Information.LOW);
    assertThat(Pictures.tapes(media, thumbnails))
        .containsExactlyInAnyOrder(List.of(1L, 3L), List.of(2L));
  }

  /**
   * A 480x300 gradient from {@code from} to {@code to} under four soft lights and shadows, the
   * first at (x, y): smooth everywhere (low-information), yet with enough in it for PDQ's quality
   * floor (63 for the first picture).
   */
  private static BufferedImage smooth(Color from, Color to, double x, double y) {
    BufferedImage out = new BufferedImage(480, 300, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.setPaint(new GradientPaint(0, 0, from, 480, 300, to));
    g.fillRect(0, 0, 480, 300);
    double[][] lights = {
      {x, y, 110, 255},
      {1 - x, 1 - y, 90, 0},
      {x + 0.35, y - 0.2, 70, 255},
      {x - 0.15, y + 0.45, 80, 0}
    };
    for (double[] l : lights) {
      int v = (int) l[3];
      g.setPaint(
          new RadialGradientPaint(
              (float) (l[0] * 480),
              (float) (l[1] * 300),
              (float) l[2],
              new float[] {0, 1},
              new Color[] {new Color(v, v, v, 170), new Color(v, v, v, 0)}));
      g.fillRect(0, 0, 480, 300);
    }
    g.dispose();
    return out;
  }
}
