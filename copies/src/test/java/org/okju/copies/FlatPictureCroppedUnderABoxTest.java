package org.okju.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.okju.testkit.ImageEdits;

/**
 * Session 33: the crop search scores each trial by its closest points, so that a box over a third
 * of the picture does not move the score; but on a flat picture (a drawn corner of a building
 * against the sky) the closest points are the flat parts, which any crop near the right one fits
 * equally. The crop was left several hundredths off, the picture's few edges then differed along
 * their whole length, and the comparison refused. The crop's sides are now laid last by every
 * sample's difference, each counted only up to a cap (an overlay costs the same wherever the crop
 * is; an edge laid off costs along its length).
 */
class FlatPictureCroppedUnderABoxTest {

  @ParameterizedTest(name = "cropped {0},{1},{2},{3}")
  @CsvSource({
    "0.022, 0.092, 0.089, 0.022",
    "0.055, 0.097, 0.034, 0.029",
    "0.010, 0.050, 0.070, 0.040",
  })
  void theBoxedCopyOfAFlatDrawingCroppedUnevenlyJoinsIt(
      double left, double top, double right, double bottom) {
    BufferedImage corner = corner();
    BufferedImage copy =
        ImageEdits.blackBox(
            ImageEdits.crop(corner, left, top, right, bottom),
            new ImageEdits.BoxPlace(0.3, 0.62, 0.3, 0.35));
    PictureMatchPolicy.Decision d =
        PictureMatchPolicy.DEFAULT.judgeOverlay(
            Pictures.judgeable(3, copy), Pictures.judgeable(4, corner), overlayMatch());
    assertThat(d.joins()).as("%s", d.evidence()).isTrue();
  }

  // Two flat walls meeting at a corner under a dark sky, drawn: a few long edges, nothing else.
  private static BufferedImage corner() {
    int w = 480;
    int h = 316;
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setPaint(new GradientPaint(0, 0, new Color(5, 30, 80), w, h / 2f, new Color(10, 50, 100)));
    g.fillRect(0, 0, w, h);
    g.setColor(new Color(5, 80, 110));
    g.fillPolygon(new Polygon(new int[] {0, 278, 278, 0}, new int[] {157, 111, h, h}, 4));
    g.setColor(new Color(215, 240, 225));
    g.fillPolygon(new Polygon(new int[] {278, w, w, 278}, new int[] {111, 178, h, h}, 4));
    g.dispose();
    return image;
  }

  private static PictureMatchPolicy.ViewMatch overlayMatch() {
    return new PictureMatchPolicy.ViewMatch(
        LayoutPairs.OVERLAY_VIEW, LayoutPairs.OVERLAY_VIEW, 0, 0);
  }
}
