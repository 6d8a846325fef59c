package org.okju.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.okju.fingerprint.PictureThumbnail;
import org.okju.testkit.ImageEdits;

/**
 * Session 35: stripes as dense and as sharp as a zebra's, drawn small (256×256, as the LabelMe
 * photos are) and scaled to 480 as the bench does, cut at uneven offsets under a box or an emoji.
 * Their period is under two of the quick look's 6×6 cells, so both the side-by-side and the joint
 * quick look sample them below it and lay the crop wrongly; a dense joint look (16 points, 2%
 * steps) is made for a picture that changes by {@link OverlayAlignment#DENSE_CHANGE} or more over a
 * quick step. Each copy below was refused without it (checked by raising that limit); another field
 * of stripes stays apart.
 */
class ZebraStripesCutUnderABoxTest {
  private static final double[][] CUTS = {
    {0.07, 0.091, 0.042, 0.043}, {0.093, 0.069, 0.079, 0.067}, {0.022, 0.014, 0.008, 0.097}
  };

  @Test
  void theStripesChangeFasterThanTheQuickLookSees() {
    PictureThumbnail smooth = Pictures.judgeable(1, zebra(1)).thumbnail().get().smoothed();
    assertThat(OverlayAlignment.quickStepChange(smooth))
        .isGreaterThan(OverlayAlignment.DENSE_CHANGE);
  }

  @Test
  void eachCutAndCoveredCopyJoinsItsStripesAndNotTheOthers() {
    BufferedImage stripes = zebra(1);
    BufferedImage other = zebra(2);
    SoftAssertions softly = new SoftAssertions();
    for (int k = 0; k < CUTS.length; k++) {
      double[] c = CUTS[k];
      BufferedImage copy =
          ImageEdits.boxOrEmoji(
              ImageEdits.crop(stripes, c[0], c[1], c[2], c[3]),
              new ImageEdits.BoxPlace(0.4, 0.1 + 0.25 * k, 0.3, 0.3),
              k % 2 == 1);
      softly
          .assertThat(Pictures.tapesOf(stripes, copy, other))
          .as("cut %d", k)
          .containsExactlyInAnyOrder(List.of(1L, 2L), List.of(3L));
    }
    softly.assertAll();
  }

  // Wavy black and white stripes a few pixels wide, drawn at 256×256 and scaled to 480×480.
  private static BufferedImage zebra(int seed) {
    int side = 256;
    double a = 5 + seed;
    double b = 17 + 3 * seed;
    double c = 29 + 2 * seed;
    BufferedImage small = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < side; y++) {
      for (int x = 0; x < side; x++) {
        double wave =
            Math.sin(
                x / a
                    + 2.5 * Math.sin(y / b + seed)
                    + 1.5 * Math.sin(x / c)
                    + 0.8 * Math.sin((x + y) / 13.0 + seed));
        int grey = wave > 0 ? 235 : 20;
        small.setRGB(x, y, grey << 16 | grey << 8 | grey);
      }
    }
    return ImageEdits.resize(small, 480.0 / side);
  }
}
