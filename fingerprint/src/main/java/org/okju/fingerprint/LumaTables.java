package org.okju.fingerprint;

/**
 * The per-channel luma products, tabulated. {@code R[r] + G[g] + B[b]} is bit-identical to the
 * references' {@code 0.299f*r + 0.587f*g + 0.114f*b}: each product is the same float multiply, and
 * the two additions happen in the same order.
 */
final class LumaTables {
  static final float LUMA_FROM_R = 0.299f;
  static final float LUMA_FROM_G = 0.587f;
  static final float LUMA_FROM_B = 0.114f;

  static final float[] R = table(LUMA_FROM_R);
  static final float[] G = table(LUMA_FROM_G);
  static final float[] B = table(LUMA_FROM_B);

  private LumaTables() {}

  private static float[] table(float coefficient) {
    float[] t = new float[256];
    for (int v = 0; v < 256; v++) {
      t[v] = coefficient * v;
    }
    return t;
  }

  /** Luma of one 8-bit RGB pixel. */
  static float luma(int r, int g, int b) {
    return R[r] + G[g] + B[b];
  }

  /** Luma of a packed 0xAARRGGBB pixel (alpha ignored, as the references do). */
  static float lumaOfArgb(int argb) {
    return R[(argb >> 16) & 0xff] + G[(argb >> 8) & 0xff] + B[argb & 0xff];
  }
}
