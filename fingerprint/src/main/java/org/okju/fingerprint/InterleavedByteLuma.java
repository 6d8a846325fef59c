package org.okju.fingerprint;

/**
 * Luma from an interleaved 8-bit buffer with the red, green and blue samples at fixed offsets
 * inside each pixel: BGR/ABGR rasters from ImageIO and RGB24 frames from FFmpeg.
 */
final class InterleavedByteLuma implements LumaSource {
  private final byte[] data;
  private final int width;
  private final int height;
  private final int base;
  private final int rowStride;
  private final int pixelStride;
  private final int redOffset;
  private final int greenOffset;
  private final int blueOffset;

  InterleavedByteLuma(
      byte[] data,
      int width,
      int height,
      int base,
      int rowStride,
      int pixelStride,
      int redOffset,
      int greenOffset,
      int blueOffset) {
    this.data = data;
    this.width = width;
    this.height = height;
    this.base = base;
    this.rowStride = rowStride;
    this.pixelStride = pixelStride;
    this.redOffset = redOffset;
    this.greenOffset = greenOffset;
    this.blueOffset = blueOffset;
  }

  /**
   * A tightly packed RGB24 frame, {@code width * 3} bytes a row unless {@code rowStride} says more.
   */
  static InterleavedByteLuma rgb24(byte[] data, int width, int height, int rowStride) {
    return new InterleavedByteLuma(data, width, height, 0, rowStride, 3, 0, 1, 2);
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
    final float[] lr = LumaTables.R;
    final float[] lg = LumaTables.G;
    final float[] lb = LumaTables.B;
    final byte[] d = data;
    int p = base + y * rowStride;
    for (int x = 0; x < width; x++) {
      dst[x] =
          lr[d[p + redOffset] & 0xff]
              + lg[d[p + greenOffset] & 0xff]
              + lb[d[p + blueOffset] & 0xff];
      p += pixelStride;
    }
  }
}
