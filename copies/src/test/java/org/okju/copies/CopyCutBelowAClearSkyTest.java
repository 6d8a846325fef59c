package org.okju.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.List;
import java.util.Random;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.okju.testkit.ImageEdits;

/**
 * Session 36: a landscape with a clear sky above a straight horizon, cropped at uneven offsets and
 * covered by a box. The band of sky left at the top, mostly one level and ending sharply at the
 * horizon, is what {@code ScreenBox} takes for an app's bar or a meme's caption, so the copy is
 * called framed, and framed pictures were kept out of every candidate {@code LayoutPairs} proposes
 * (strips, tones, the crop grid's wider look): the copy had none with its photo. A picture framed
 * on one side only is now paired by layout (two framed ones only through their insides); one framed
 * round, as a screenshot is, stays out. Each copy below was left alone before (checked).
 */
class CopyCutBelowAClearSkyTest {
  private static final double[][] CUTS = {
    {0.07, 0.091, 0.042, 0.043}, {0.093, 0.069, 0.079, 0.067}, {0.022, 0.014, 0.008, 0.097}
  };

  @Test
  void aCopyCalledFramedStillJoinsItsLandscape() {
    SoftAssertions softly = new SoftAssertions();
    int[][] cases = {{6, 0}, {6, 1}, {1, 2}};
    for (int[] c : cases) {
      BufferedImage photo = landscape(c[0]);
      double[] cut = CUTS[c[1]];
      BufferedImage copy =
          ImageEdits.blackBox(
              ImageEdits.crop(photo, cut[0], cut[1], cut[2], cut[3]),
              new ImageEdits.BoxPlace(0.4, 0.55, 0.3, 0.3));
      assertThat(Pictures.profiled(2, "copy", copy, new HashMap<>()).profile().get().framed())
          .as("landscape %d, cut %d is called framed", c[0], c[1])
          .isTrue();
      softly
          .assertThat(Pictures.tapesOf(photo, copy, landscape(c[0] + 20)))
          .as("landscape %d, cut %d", c[0], c[1])
          .containsExactlyInAnyOrder(List.of(1L, 2L), List.of(3L));
    }
    softly.assertAll();
  }

  /**
   * A sky with faint clouds over a straight horizon, grass below, and a striped animal on it, drawn
   * at 256×256 and scaled to 480; each {@code k} places and draws them otherwise.
   */
  private static BufferedImage landscape(int k) {
    int side = 256;
    Random grain = new Random(k);
    int cx = 70 + (k * 37) % 120;
    int cy = 140 + (k * 23) % 60;
    int rx = 50 + 6 * k % 40;
    int ry = 30 + 4 * k % 25;
    int horizon = 60 + (k * 13) % 50;
    BufferedImage small = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < side; y++) {
      for (int x = 0; x < side; x++) {
        double ex = (x - cx) / (double) rx;
        double ey = (y - cy) / (double) ry;
        int rgb;
        if (ex * ex + ey * ey < 1) {
          double wave =
              Math.sin(
                  x / (2.2 + 0.35 * k)
                      + 2 * Math.sin(y / (12.0 + 2 * k) + k)
                      + 0.7 * Math.sin((x + y) / 11.0));
          int v = wave > 0 ? 230 : 25;
          rgb = colour(v, v, v);
        } else if (y < horizon) {
          double cloud =
              14 * Math.sin(x / (19.0 + k) + k) * Math.sin(y / 13.0) + grain.nextDouble() * 10;
          rgb = colour(140 + y / 2 + cloud, 170 + y / 3 + cloud, 225 + cloud / 3);
        } else {
          double grass =
              22 * Math.sin(x / (3 + 0.4 * k) + k) * Math.sin(y / (5 + 0.7 * k))
                  + 10 * Math.sin((x - y) / (9.0 + k))
                  + grain.nextDouble() * 30;
          rgb = colour(125 + grass, 115 + grass, 65 + grass / 2);
        }
        small.setRGB(x, y, rgb);
      }
    }
    return ImageEdits.resize(small, 480.0 / side);
  }

  private static int colour(double r, double g, double b) {
    return level(r) << 16 | level(g) << 8 | level(b);
  }

  private static int level(double v) {
    return (int) Math.max(0, Math.min(255, v));
  }
}
