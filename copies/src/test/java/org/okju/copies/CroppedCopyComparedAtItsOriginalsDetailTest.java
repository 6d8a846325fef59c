package org.okju.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.okju.fingerprint.Dihedral;
import org.okju.fingerprint.PictureRegion;
import org.okju.fingerprint.PictureThumbnail;
import org.okju.testkit.ImageEdits;

/**
 * Session 33: a cropped copy's thumbnail samples the picture more finely than the original's
 * thumbnail samples the same part, by the share the crop cut off. Laid in the crop's frame, the
 * original's region was stretched from fewer samples, so every thin line and fine texture differed
 * a little, and the comparison read the differences as more than one overlay. The crop is now also
 * compared as the original's thumbnail would have sampled it ({@link OverlayAlignment#levelled}).
 */
class CroppedCopyComparedAtItsOriginalsDetailTest {
  private static final String Q1050 = "reg-test-input/labelme-subset/q1050.jpg";

  /**
   * The bench's {@code box-crop-random} copies number {@code draw} of the leaves: tapes of their
   * own before.
   */
  @ParameterizedTest(name = "draw {0}")
  @ValueSource(ints = {2, 3})
  void theCroppedAndCoveredLeavesJoinTheirPhotoAndNothingElse(int draw) {
    OneCopyAmongDistinctPhotos.assertBoxCropRandomCopyJoinsOnlyItsPhoto(Q1050, draw);
  }

  @Test
  void theLevelledCropDiffersFromTheStretchedRegionMuchLessThanTheCropItself() {
    BufferedImage lines = thinLines();
    double l = 0.08;
    double t = 0.05;
    double r = 0.03;
    double b = 0.1;
    Map<Long, PictureThumbnail> thumbnails = new HashMap<>();
    Pictures.profiled(1, "lines", lines, thumbnails);
    Pictures.profiled(2, "crop", ImageEdits.crop(lines, l, t, r, b), thumbnails);
    PictureThumbnail crop = thumbnails.get(2L);
    PictureRegion region = new PictureRegion(l, t, 1 - r, 1 - b);
    PictureThumbnail stretched =
        OverlayAlignment.seen(thumbnails.get(1L), region, Dihedral.ORIGINAL);

    double asCropped = meanDifference(crop, stretched);
    double levelled = meanDifference(OverlayAlignment.levelled(crop, region), stretched);

    assertThat(asCropped).isGreaterThan(4);
    assertThat(levelled).isLessThan(asCropped / 2);
  }

  // Thin light lines a few pixels apart on grey, at an angle: the detail a thumbnail keeps or
  // loses.
  private static BufferedImage thinLines() {
    BufferedImage image = new BufferedImage(480, 320, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(new Color(70, 70, 90));
    g.fillRect(0, 0, 480, 320);
    g.setColor(new Color(230, 220, 200));
    g.setStroke(new BasicStroke(1.5f));
    for (int x = -320; x < 480; x += 9) {
      g.drawLine(x, 0, x + 320, 320);
    }
    g.dispose();
    return image;
  }

  private static double meanDifference(PictureThumbnail a, PictureThumbnail b) {
    byte[] x = a.luma();
    byte[] y = b.luma();
    double sum = 0;
    for (int i = 0; i < x.length; i++) {
      sum += Math.abs((x[i] & 0xff) - (y[i] & 0xff));
    }
    return sum / x.length;
  }
}
