package org.okju.fingerprint;

/** Luma from a buffer of packed 0x??RRGGBB ints (TYPE_INT_RGB and non-premultiplied ARGB). */
final class PackedIntLuma implements LumaSource {
  private final int[] data;
  private final int width;
  private final int height;
  private final int base;
  private final int rowStride;

  PackedIntLuma(int[] data, int width, int height, int base, int rowStride) {
    this.data = data;
    this.width = width;
    this.height = height;
    this.base = base;
    this.rowStride = rowStride;
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
    int p = base + y * rowStride;
    for (int x = 0; x < width; x++) {
      dst[x] = LumaTables.lumaOfArgb(data[p + x]);
    }
  }
}
