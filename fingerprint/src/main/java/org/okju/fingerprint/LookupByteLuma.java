package org.okju.fingerprint;

/**
 * Luma from one 8-bit sample per pixel through a 256-entry table: grey and palette images. The
 * table holds whatever the colour model turns each sample into, so a grey image keeps the JDK's
 * grey-to-sRGB mapping that the Java reference sees through {@code getRGB}.
 */
final class LookupByteLuma implements LumaSource {
  private final byte[] data;
  private final int width;
  private final int height;
  private final int base;
  private final int rowStride;
  private final int pixelStride;
  private final float[] table;

  LookupByteLuma(
      byte[] data, int width, int height, int base, int rowStride, int pixelStride, float[] table) {
    this.data = data;
    this.width = width;
    this.height = height;
    this.base = base;
    this.rowStride = rowStride;
    this.pixelStride = pixelStride;
    this.table = table;
  }

  @Override
  public int width() {
    return width;
  }

  @Override
  public int height() {
    return height;
  }

  @Override
  public void readRow(int y, float[] dst) {
    final float[] t = table;
    int p = base + y * rowStride;
    for (int x = 0; x < width; x++) {
      dst[x] = t[data[p] & 0xff];
      p += pixelStride;
    }
  }
}
