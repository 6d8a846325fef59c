package org.okju.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.okju.testkit.ImageEdits;

/**
 * Session 35: an emoji (a yellow face with dark eyes and mouth) over a light, nearly flat picture
 * (snow, a pale sky), the copy cropped at uneven offsets. The overlay must be flat: 85% of its
 * samples within two values. At 64×64 samples the small face's eyes and mouth are a few samples
 * each, and their blurred outlines lie between the two colours; over a textured picture those
 * outlines were like what they hid and left out of the overlay, over a flat one they were counted,
 * and the emoji filled 0.78-0.84 (the ETR snow and ice, the small Debian wallpapers). The fill is
 * now read away from the overlay's own edges as well as its outline when they are under two thirds
 * of it ({@link ThumbnailMasks#flatPart}), and such an overlay must lie {@link
 * OverlayComparison.Limits#minFlatElsewhere} from every other part of the original (a patch of the
 * picture moved within it is refused so: {@code PartOfThePictureMovedWithinItTest}). Every copy
 * below was refused before (checked); the control, a patch of another, busy picture in the same
 * place, stays refused, and the copies do not join the other light picture.
 */
class EmojiAsLightAsWhatItHidesTest {
  private static final double[][] CUTS = {
    {0.095, 0.07, 0.092, 0.02}, {0.07, 0.091, 0.042, 0.043}, {0.022, 0.014, 0.008, 0.097}
  };
  private static final ImageEdits.StickerPlace[] FACES = {
    new ImageEdits.StickerPlace(0.42, 0.08, 0.36, 0.3),
    new ImageEdits.StickerPlace(0.36, 0.1, 0.3, 0.36),
    new ImageEdits.StickerPlace(0.4, 0.5, 0.34, 0.34)
  };

  @Test
  void theCroppedLightPictureUnderAnEmojiJoinsItsOriginalOnly() {
    BufferedImage snow = snow(1, new Color(236, 240, 248));
    BufferedImage other = snow(2, new Color(226, 232, 244));
    SoftAssertions softly = new SoftAssertions();
    for (int k = 0; k < CUTS.length; k++) {
      double[] cut = CUTS[k];
      BufferedImage copy =
          ImageEdits.sticker(ImageEdits.crop(snow, cut[0], cut[1], cut[2], cut[3]), FACES[k]);
      softly
          .assertThat(Pictures.tapesOf(snow, copy, other))
          .as("emoji %d", k)
          .containsExactlyInAnyOrder(List.of(1L, 2L), List.of(3L));
    }
    softly.assertAll();
  }

  @Test
  void aBusyPatchInTheSamePlaceIsStillNoOverlay() {
    BufferedImage snow = snow(1, new Color(236, 240, 248));
    BufferedImage busy = DenseTextureCutOnBothAxesTest.pebbles(3);
    BufferedImage copy = ImageEdits.crop(snow, CUTS[0][0], CUTS[0][1], CUTS[0][2], CUTS[0][3]);
    Graphics2D g = copy.createGraphics();
    int x = (int) (FACES[0].x() * copy.getWidth());
    int y = (int) (FACES[0].y() * copy.getHeight());
    int w = (int) (FACES[0].width() * copy.getWidth());
    int h = (int) (FACES[0].height() * copy.getHeight());
    g.drawImage(busy.getSubimage(40, 40, w, h), x, y, null);
    g.dispose();
    assertThat(Pictures.judgedAsOverlay(copy, snow).joins()).isFalse();
  }

  // A light ground with soft drifts of a little lighter and darker snow, scattered at random, and
  // a faint grain: little detail, as snow or a hazy sky has.
  private static BufferedImage snow(long seed, Color ground) {
    Random r = new Random(seed);
    double[] drift = new double[480 * 480];
    for (int k = 0; k < 260; k++) {
      int cx = r.nextInt(480);
      int cy = r.nextInt(480);
      double radius = 8 + r.nextInt(24);
      double height = (r.nextBoolean() ? 1 : -1) * (6 + r.nextInt(8));
      int reach = (int) (2 * radius);
      for (int y = Math.max(0, cy - reach); y < Math.min(480, cy + reach); y++) {
        for (int x = Math.max(0, cx - reach); x < Math.min(480, cx + reach); x++) {
          double d2 = ((x - cx) * (x - cx) + (y - cy) * (y - cy)) / (radius * radius);
          drift[y * 480 + x] += height * Math.exp(-d2);
        }
      }
    }
    BufferedImage out = new BufferedImage(480, 480, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 480; y++) {
      for (int x = 0; x < 480; x++) {
        int n = (int) Math.round(drift[y * 480 + x] + r.nextGaussian() * 2);
        out.setRGB(
            x,
            y,
            new Color(
                    clamp(ground.getRed() + n),
                    clamp(ground.getGreen() + n),
                    clamp(ground.getBlue() + n))
                .getRGB());
      }
    }
    return out;
  }

  private static int clamp(int v) {
    return Math.max(0, Math.min(255, v));
  }
}
