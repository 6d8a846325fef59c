package org.okju.fingerprint;

import java.awt.image.BufferedImage;

/**
 * The general path: any raster, any colour model, converted to sRGB by the JDK exactly as the Java
 * reference's per-pixel {@code getRGB} does, one row at a time. Used for 16-bit, sub-byte, CMYK and
 * other layouts that the direct readers do not cover.
 */
final class ColorModelLuma implements LumaSource {
  private final BufferedImage image;
  private final int[] row;

  ColorModelLuma(BufferedImage image) {
    this.image = image;
    this.row = new int[image.getWidth()];
  }

  @Override
  public int width() {
    return image.getWidth();
  }

  @Override
  public int height() {
    return image.getHeight();
  }

  @Override
  public void readRow(int y, float[] dst) {
    int w = row.length;
    image.getRGB(0, y, w, 1, row, 0, w);
    for (int x = 0; x < w; x++) {
      dst[x] = LumaTables.lumaOfArgb(row[x]);
    }
  }
}
