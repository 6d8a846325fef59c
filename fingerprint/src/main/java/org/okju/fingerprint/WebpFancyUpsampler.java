package org.okju.fingerprint;

/**
 * libwebp's default YUV 4:2:0 to RGB conversion: "fancy" chroma upsampling (a 9-3-3-1 bilinear
 * interpolation of the two nearest chroma rows and columns) and the 14-bit fixed-point BT.601
 * matrix. Mirrors {@code src/dsp/upsampling.c} ({@code UPSAMPLE_FUNC}), {@code src/dsp/yuv.h}
 * ({@code VP8YUVToR/G/B}, {@code VP8Clip8}) and the row pairing of {@code EmitFancyRGB} in {@code
 * src/dec/io_dec.c}, including the packed 16+16-bit arithmetic on unsigned 32-bit words, so the RGB
 * equals what ImageMagick (and so the C++ PDQ tool) gets from libwebp.
 *
 * <p>Stateless; thread-safe.
 */
final class WebpFancyUpsampler {
  private static final int YUV_FIX2 = 6;
  private static final int YUV_MASK2 = (256 << YUV_FIX2) - 1;

  private WebpFancyUpsampler() {}

  /**
   * Converts planes to interleaved BGR bytes ({@code TYPE_3BYTE_BGR} layout, 3 bytes a pixel).
   *
   * @param uvStride the distance between chroma rows in {@code u} and {@code v}, at least {@code
   *     (width + 1) / 2}; there are {@code (height + 1) / 2} chroma rows
   */
  static void toBgr(
      byte[] y, int yStride, byte[] u, byte[] v, int uvStride, int width, int height, byte[] bgr) {
    int rowBytes = width * 3;
    // Row 0: the first chroma row, mirrored at the top edge.
    upsampleRow(y, 0, u, v, 0, 0, true, width, bgr, 0);
    int row = 1;
    for (int k = 1; row + 1 < height; k++, row += 2) {
      int top = (k - 1) * uvStride;
      int cur = k * uvStride;
      upsampleRow(y, row * yStride, u, v, top, cur, true, width, bgr, row * rowBytes);
      upsampleRow(y, (row + 1) * yStride, u, v, top, cur, false, width, bgr, (row + 1) * rowBytes);
    }
    if (row < height) {
      // The last row of an even-height picture: the last chroma row, mirrored at the bottom.
      int last = ((height - 1) / 2) * uvStride;
      upsampleRow(y, row * yStride, u, v, last, last, true, width, bgr, row * rowBytes);
    }
  }

  private static int load(byte[] u, byte[] v, int i) {
    return (u[i] & 0xff) | ((v[i] & 0xff) << 16);
  }

  /**
   * One output row of the reference's line pair: {@code upper} selects the top-line weights (nearer
   * the {@code topUv} chroma row), otherwise the bottom-line weights.
   */
  private static void upsampleRow(
      byte[] y,
      int yOffset,
      byte[] u,
      byte[] v,
      int topUv,
      int curUv,
      boolean upper,
      int len,
      byte[] out,
      int outOffset) {
    int lastPixelPair = (len - 1) >> 1;
    int tl = load(u, v, topUv);
    int l = load(u, v, curUv);
    int first = upper ? (3 * tl + l + 0x00020002) >>> 2 : (3 * l + tl + 0x00020002) >>> 2;
    put(y[yOffset] & 0xff, first, out, outOffset);
    for (int x = 1; x <= lastPixelPair; x++) {
      int t = load(u, v, topUv + x);
      int c = load(u, v, curUv + x);
      int avg = tl + t + l + c + 0x00080008;
      int diag12 = (avg + 2 * (t + l)) >>> 3;
      int diag03 = (avg + 2 * (tl + c)) >>> 3;
      int uv0 = upper ? (diag12 + tl) >>> 1 : (diag03 + l) >>> 1;
      int uv1 = upper ? (diag03 + t) >>> 1 : (diag12 + c) >>> 1;
      put(y[yOffset + 2 * x - 1] & 0xff, uv0, out, outOffset + (2 * x - 1) * 3);
      put(y[yOffset + 2 * x] & 0xff, uv1, out, outOffset + 2 * x * 3);
      tl = t;
      l = c;
    }
    if ((len & 1) == 0) {
      int last = upper ? (3 * tl + l + 0x00020002) >>> 2 : (3 * l + tl + 0x00020002) >>> 2;
      put(y[yOffset + len - 1] & 0xff, last, out, outOffset + (len - 1) * 3);
    }
  }

  private static void put(int luma, int packedUv, byte[] out, int at) {
    int cu = packedUv & 0xff;
    int cv = packedUv >>> 16;
    out[at] = (byte) clip8(multHi(luma, 19077) + multHi(cu, 33050) - 17685);
    out[at + 1] = (byte) clip8(multHi(luma, 19077) - multHi(cu, 6419) - multHi(cv, 13320) + 8708);
    out[at + 2] = (byte) clip8(multHi(luma, 19077) + multHi(cv, 26149) - 14234);
  }

  private static int multHi(int value, int coefficient) {
    return (value * coefficient) >> 8;
  }

  private static int clip8(int value) {
    return (value & ~YUV_MASK2) == 0 ? value >> YUV_FIX2 : value < 0 ? 0 : 255;
  }
}
