package org.okju.fingerprint;

/**
 * The reference's 1-D box filter ({@code PDQHasher.box1DFloat}) along rows, eight rows at a time.
 *
 * <p>Each row's running sum is a sequential chain of float additions that must keep the reference's
 * order, so a row cannot be split; eight independent rows in one loop keep the floating-point units
 * busy instead. Rows are processed in place of a transposition, which costs more than the filter.
 *
 * <p>Division by the window count is done as a multiplication by the reciprocal in double
 * precision, rounded once to float. That is bit-identical to float division for every input this
 * filter sees: the exact quotient {@code s / c} of a float by an integer {@code c < 2^20} is either
 * a float or at least {@code 2^-25 / c} (relative) away from a rounding midpoint, while the double
 * computation is within {@code 2^-52} of it. The argument fails only for subnormal results, and
 * luma sums never come near those: every non-zero value is at least {@code 2^-27 / 160^4}. {@code
 * RowBoxFilterTest} checks the equivalence on random inputs.
 */
final class RowBoxFilter {
  static final int ROWS = 8;

  private RowBoxFilter() {}

  /**
   * Filters rows {@code in[0..7]} (each {@code width} long) into {@code out[0..7]}. Unused rows may
   * alias a used one; their output is simply computed twice.
   */
  static void filter8(float[][] in, float[][] out, int width, int window, double[] reciprocals) {
    final float[] a0 = in[0];
    final float[] a1 = in[1];
    final float[] a2 = in[2];
    final float[] a3 = in[3];
    final float[] a4 = in[4];
    final float[] a5 = in[5];
    final float[] a6 = in[6];
    final float[] a7 = in[7];
    final float[] o0 = out[0];
    final float[] o1 = out[1];
    final float[] o2 = out[2];
    final float[] o3 = out[3];
    final float[] o4 = out[4];
    final float[] o5 = out[5];
    final float[] o6 = out[6];
    final float[] o7 = out[7];
    final int half = (window + 2) / 2;
    final int phase1 = half - 1;
    final int phase2 = window - half + 1;
    final int phase3 = width - window;
    final int phase4 = half - 1;
    float s0 = 0f;
    float s1 = 0f;
    float s2 = 0f;
    float s3 = 0f;
    float s4 = 0f;
    float s5 = 0f;
    float s6 = 0f;
    float s7 = 0f;
    int ri = 0;
    int oi = 0;
    for (int n = 0; n < phase1; n++, ri++) {
      s0 += a0[ri];
      s1 += a1[ri];
      s2 += a2[ri];
      s3 += a3[ri];
      s4 += a4[ri];
      s5 += a5[ri];
      s6 += a6[ri];
      s7 += a7[ri];
    }
    int count = phase1;
    for (int n = 0; n < phase2; n++, ri++, oi++) {
      count++;
      final double r = reciprocals[count];
      s0 += a0[ri];
      s1 += a1[ri];
      s2 += a2[ri];
      s3 += a3[ri];
      s4 += a4[ri];
      s5 += a5[ri];
      s6 += a6[ri];
      s7 += a7[ri];
      o0[oi] = (float) (s0 * r);
      o1[oi] = (float) (s1 * r);
      o2[oi] = (float) (s2 * r);
      o3[oi] = (float) (s3 * r);
      o4[oi] = (float) (s4 * r);
      o5[oi] = (float) (s5 * r);
      o6[oi] = (float) (s6 * r);
      o7[oi] = (float) (s7 * r);
    }
    final double full = reciprocals[count];
    int li = 0;
    for (int n = 0; n < phase3; n++, ri++, li++, oi++) {
      s0 = (s0 + a0[ri]) - a0[li];
      s1 = (s1 + a1[ri]) - a1[li];
      s2 = (s2 + a2[ri]) - a2[li];
      s3 = (s3 + a3[ri]) - a3[li];
      s4 = (s4 + a4[ri]) - a4[li];
      s5 = (s5 + a5[ri]) - a5[li];
      s6 = (s6 + a6[ri]) - a6[li];
      s7 = (s7 + a7[ri]) - a7[li];
      o0[oi] = (float) (s0 * full);
      o1[oi] = (float) (s1 * full);
      o2[oi] = (float) (s2 * full);
      o3[oi] = (float) (s3 * full);
      o4[oi] = (float) (s4 * full);
      o5[oi] = (float) (s5 * full);
      o6[oi] = (float) (s6 * full);
      o7[oi] = (float) (s7 * full);
    }
    for (int n = 0; n < phase4; n++, li++, oi++) {
      count--;
      final double r = reciprocals[count];
      s0 -= a0[li];
      s1 -= a1[li];
      s2 -= a2[li];
      s3 -= a3[li];
      s4 -= a4[li];
      s5 -= a5[li];
      s6 -= a6[li];
      s7 -= a7[li];
      o0[oi] = (float) (s0 * r);
      o1[oi] = (float) (s1 * r);
      o2[oi] = (float) (s2 * r);
      o3[oi] = (float) (s3 * r);
      o4[oi] = (float) (s4 * r);
      o5[oi] = (float) (s5 * r);
      o6[oi] = (float) (s6 * r);
      o7[oi] = (float) (s7 * r);
    }
  }

  /** {@code 1.0 / c} for c = 0..window (index 0 unused). */
  static double[] reciprocals(int window) {
    double[] r = new double[window + 1];
    for (int c = 1; c <= window; c++) {
      r[c] = 1.0 / c;
    }
    return r;
  }
}
