package org.okju.ingest;

import java.awt.image.BufferedImage;
import org.okju.fingerprint.LumaSource;
import org.okju.text.PageLikeness;

/**
 * The page test's input from an image the pdq stage already decoded: luma sampled (not averaged)
 * every few pixels to about {@link PageLikeness#SIDE} on the longer side, and the mean colour
 * saturation over a 64 × 64 grid. A few milliseconds for a four-megapixel photo. Stateless.
 */
public final class PagePlane {
  private static final int GRID = 64;

  private PagePlane() {}

  public static PageLikeness.Verdict judge(LumaSource luma, BufferedImage image) {
    int step = PageLikeness.sampleStep(luma.width(), luma.height());
    int w = (luma.width() + step - 1) / step;
    int h = (luma.height() + step - 1) / step;
    float[] grey = new float[w * h];
    float[] row = new float[luma.width()];
    for (int y = 0; y < h; y++) {
      luma.readRow(y * step, row);
      for (int x = 0; x < w; x++) {
        grey[y * w + x] = row[x * step];
      }
    }
    return PageLikeness.judge(grey, w, h, saturation(image));
  }

  /** Mean of (max - min) / max over the RGB of a grid of pixels; 0 for grey pictures. */
  static double saturation(BufferedImage image) {
    if (image.getColorModel().getNumColorComponents() < 3) {
      return 0;
    }
    double sum = 0;
    int count = 0;
    for (int gy = 0; gy < GRID; gy++) {
      int y = (int) ((gy + 0.5) * image.getHeight() / GRID);
      for (int gx = 0; gx < GRID; gx++) {
        int x = (int) ((gx + 0.5) * image.getWidth() / GRID);
        int rgb = image.getRGB(x, y);
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        int max = Math.max(r, Math.max(g, b));
        int min = Math.min(r, Math.min(g, b));
        sum += max == 0 ? 0 : (double) (max - min) / max;
        count++;
      }
    }
    return sum / count;
  }
}
