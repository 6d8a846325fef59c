package org.okju.copies;

import java.awt.image.BufferedImage;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.okju.testkit.ImageEdits;

/**
 * Session 36: a black box over black and white stripes changes the picture only where it covers the
 * white ones, and there the original is flat white, so the box seemed to hide nothing and, as dark
 * as the black stripes round it, to be a part of the picture revealed: refused as "like what
 * surrounds it", uncropped and cropped alike. Read over every sample of its rectangle at the box's
 * level, it hides the stripes and is found nowhere else in the picture. Without that reading five
 * of the twelve copies below are refused (stripes 2 cut 2, 3 cuts 0-1, 7 cuts 1-2; checked).
 */
class BlackBoxOverStripesTest {
  private static final double[][] CUTS = {
    {0.07, 0.091, 0.042, 0.043},
    {0.093, 0.069, 0.079, 0.067},
    {0.022, 0.014, 0.008, 0.097},
    {0, 0, 0, 0}
  };

  @Test
  void aBlackBoxOverStripesJoinsThemCroppedOrNot() {
    SoftAssertions softly = new SoftAssertions();
    for (int seed : new int[] {2, 3, 7}) {
      BufferedImage stripes = Pictures.zebra(seed);
      for (int k = 0; k < CUTS.length; k++) {
        PictureMatchPolicy.Decision d = Pictures.judgedAsOverlay(boxed(stripes, k), stripes);
        softly.assertThat(d.joins()).as("stripes %d, cut %d: %s", seed, k, d.evidence()).isTrue();
      }
    }
    softly.assertAll();
  }

  /** The same copies stay apart from other stripes, cropped or not. */
  @Test
  void aBlackBoxOverStripesStaysApartFromOtherStripes() {
    SoftAssertions softly = new SoftAssertions();
    for (int seed : new int[] {2, 3, 7}) {
      BufferedImage stripes = Pictures.zebra(seed);
      BufferedImage other = Pictures.zebra(seed + 1);
      for (int k = 0; k < CUTS.length; k++) {
        PictureMatchPolicy.Decision d = Pictures.judgedAsOverlay(boxed(stripes, k), other);
        softly.assertThat(d.joins()).as("stripes %d, cut %d: %s", seed, k, d.evidence()).isFalse();
      }
    }
    softly.assertAll();
  }

  // The stripes cut as CUTS[k] says, a black box over them: lower down for each cut.
  private static BufferedImage boxed(BufferedImage stripes, int k) {
    double[] c = CUTS[k];
    return ImageEdits.blackBox(
        ImageEdits.crop(stripes, c[0], c[1], c[2], c[3]),
        new ImageEdits.BoxPlace(0.4, 0.1 + 0.25 * (k % 3), 0.3, 0.3));
  }
}
