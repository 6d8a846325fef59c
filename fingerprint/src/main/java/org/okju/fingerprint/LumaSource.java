package org.okju.fingerprint;

/**
 * Rows of luminance as 32-bit floats, produced on demand so that a full-resolution luma plane never
 * has to exist: the Jarosz filter pulls rows in blocks straight from the decoded raster.
 *
 * <p>Luma is {@code 0.299f*R + 0.587f*G + 0.114f*B} evaluated in float left to right, as in the PDQ
 * references ({@code PDQHasher.fillFloatLumaFromBufferImage}, {@code fillFloatLumaFromRGB}); every
 * implementation must give exactly those bits.
 *
 * <p>Implementations are not thread-safe; one is made per image.
 */
public interface LumaSource {
  /** Image width in pixels. */
  int width();

  /** Image height in pixels. */
  int height();

  /**
   * Writes the luma of row {@code y} to {@code dst[x]} for every column x.
   *
   * @param y row index, 0 &lt;= y &lt; height
   * @param dst at least {@link #width()} long
   */
  void readRow(int y, float[] dst);

  /**
   * A tightly packed RGB24 buffer (R first, {@code rowStride} bytes a row) as a luma source, with
   * the references' luma weights. The buffer is read, not copied: keep it unchanged while in use.
   */
  static LumaSource rgb24(byte[] rgb, int width, int height, int rowStride) {
    return InterleavedByteLuma.rgb24(rgb, width, height, rowStride);
  }
}
