package org.okju.copies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.okju.fingerprint.PictureThumbnail;
import org.okju.testkit.ImageEdits;

/**
 * Session 34: a drawing of flat parts (a sky, a lawn, a building with rows of windows) cropped
 * unevenly by 0-10% a side under a black box. The crop search scores each trial by its closest
 * points so that the box does not move it; on flat parts any crop near the right one fits as well,
 * and the building's edges were left a sample off and differed along their length: 2 of these 16
 * copies were refused, and most of the rest joined only as whole pictures, through a crop found a
 * tenth off. The search's last step now scores every sample, capped ({@link
 * OverlayAlignment#laidByEdges}), and lays each crop within a hundredth of where it was cut.
 */
class CroppedDrawingLaidByItsEdgesTest {

  @Test
  void everyUnevenCropOfTheDrawingUnderABoxJoinsIt() {
    List<String> missed = new ArrayList<>();
    Random random = new Random(5);
    for (int draw = 0; draw < 16; draw++) {
      BufferedImage drawing = building(random.nextInt(1000));
      BufferedImage copy =
          blackBox(
              ImageEdits.crop(
                  drawing,
                  random.nextDouble() * 0.1,
                  random.nextDouble() * 0.1,
                  random.nextDouble() * 0.1,
                  random.nextDouble() * 0.1));
      PictureMatchPolicy.Decision d = Pictures.judgedAsOverlay(copy, drawing);
      if (!d.joins()) {
        missed.add("draw " + draw + ": " + d.evidence());
      }
    }
    assertThat(missed).isEmpty();
  }

  @Test
  void theCropIsLaidWithinAHundredthOfWhereItWasCut() {
    Random random = new Random(5);
    for (int draw = 0; draw < 16; draw++) {
      BufferedImage drawing = building(random.nextInt(1000));
      double[] cut = {
        random.nextDouble() * 0.1,
        random.nextDouble() * 0.1,
        random.nextDouble() * 0.1,
        random.nextDouble() * 0.1
      };
      BufferedImage copy = blackBox(ImageEdits.crop(drawing, cut[0], cut[1], cut[2], cut[3]));
      PictureThumbnail copySmooth =
          Pictures.judgeable(1, copy).thumbnail().orElseThrow().smoothed();
      PictureThumbnail smooth = Pictures.judgeable(2, drawing).thumbnail().orElseThrow().smoothed();
      OverlayAlignment.Crop found =
          OverlayAlignment.laidByEdges(
              OverlayAlignment.cropShown(copySmooth, smooth), copySmooth, smooth);
      assertThat(found.region().x0()).as("draw %d left", draw).isCloseTo(cut[0], within(0.01));
      assertThat(found.region().y0()).as("draw %d top", draw).isCloseTo(cut[1], within(0.01));
      assertThat(1 - found.region().x1()).as("draw %d right", draw).isCloseTo(cut[2], within(0.01));
      assertThat(1 - found.region().y1())
          .as("draw %d bottom", draw)
          .isCloseTo(cut[3], within(0.01));
    }
  }

  private static BufferedImage blackBox(BufferedImage in) {
    BufferedImage out = ImageEdits.rgb(in);
    Graphics2D g = out.createGraphics();
    g.setColor(Color.BLACK);
    g.fillRect(out.getWidth() / 8, out.getHeight() / 2, out.getWidth() / 4, out.getHeight() / 4);
    g.dispose();
    return out;
  }

  /**
   * A sky (a gradient with a little grain), a lawn, a tall building with rows of windows placed by
   * {@code seed}, and a lower one.
   */
  static BufferedImage building(int seed) {
    Random r = new Random(seed);
    BufferedImage out = new BufferedImage(480, 360, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 360; y++) {
      for (int x = 0; x < 480; x++) {
        int sky = 150 + y / 4;
        int grain = r.nextInt(7) - 3;
        out.setRGB(
            x,
            y,
            new Color(level(sky - 60 + grain), level(sky - 20 + grain), level(sky + 40 + grain))
                .getRGB());
      }
    }
    Graphics2D g = out.createGraphics();
    g.setColor(new Color(90, 140, 60));
    g.fillRect(0, 250, 480, 110);
    int bx = 210 + r.nextInt(40);
    int by = 70 + r.nextInt(40);
    g.setColor(new Color(200, 180, 150));
    g.fillRect(bx, by, 200, 300);
    g.setColor(new Color(70, 80, 110));
    for (int wy = by + 15; wy < 340; wy += 35) {
      for (int wx = bx + 15; wx < bx + 190; wx += 40) {
        g.fillRect(wx, wy, 20, 18);
      }
    }
    g.setColor(new Color(150, 120, 100));
    g.fillRect(60 + r.nextInt(30), 140, 90, 200);
    g.dispose();
    return out;
  }

  private static int level(int v) {
    return Math.max(0, Math.min(255, v));
  }
}
