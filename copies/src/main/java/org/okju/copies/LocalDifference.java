package org.okju.copies;

import java.util.Arrays;

/**
 * Where two aligned drawn pictures differ: in one small region only, or a little everywhere. Icon
 * themes make their look-alikes by changing one small part of one drawing (a smiley's mouth, which
 * light of a network icon is lit, the glyph on a page) and leave every other pixel as it was; an
 * edited copy (resized, re-encoded, flattened) differs a little wherever the picture has an edge,
 * since resampling and compression touch every edge alike. So the largest difference over a small
 * window ({@code peak}) is set against the typical difference where either picture has an edge
 * ({@code background}): a peak many times the background is a change to the drawing, not an edit of
 * the file. The point differences are raw (no tolerance of a sample's shift): under the most exact
 * of the alignments tried, a copy's edges lie within a fraction of a sample.
 *
 * @param peak the largest mean point difference over a window of {@code block} x {@code block}
 *     samples (windows half a block apart), normalised luma
 * @param background the median point difference over the points where either picture has an edge
 *     (its values vary by at least {@link #EDGE} around the point); 0 when there is none
 */
record LocalDifference(double peak, double background) {
  /** Least range of normalised luma over a point's 3x3 neighbourhood for it to lie on an edge. */
  static final double EDGE = 0.5;

  /**
   * The figures of {@code a} against {@code b}: {@code m} x {@code m} samples of normalised luma
   * whose outer ring lies one sample outside the compared region (as {@link PixelComparison}
   * samples them), compared inside the ring.
   */
  static LocalDifference of(float[] a, float[] b, int m, int block) {
    int n = m - 2;
    double[] d = new double[n * n];
    double[] edges = new double[n * n];
    int edgeCount = 0;
    for (int j = 0; j < n; j++) {
      for (int i = 0; i < n; i++) {
        int k = (j + 1) * m + i + 1;
        d[j * n + i] = Math.abs(a[k] - b[k]);
        if (range(a, i + 1, j + 1, m) >= EDGE || range(b, i + 1, j + 1, m) >= EDGE) {
          edges[edgeCount++] = d[j * n + i];
        }
      }
    }
    double peak = 0;
    int step = Math.max(1, block / 2);
    for (int y = 0; y + block <= n; y += step) {
      for (int x = 0; x + block <= n; x += step) {
        double sum = 0;
        for (int j = y; j < y + block; j++) {
          for (int i = x; i < x + block; i++) {
            sum += d[j * n + i];
          }
        }
        peak = Math.max(peak, sum / (block * block));
      }
    }
    double background = 0;
    if (edgeCount > 0) {
      double[] e = Arrays.copyOf(edges, edgeCount);
      Arrays.sort(e);
      background = e[edgeCount / 2];
    }
    return new LocalDifference(peak, background);
  }

  /** The largest minus the smallest value of {@code v}'s 3x3 neighbourhood of (i, j). */
  private static double range(float[] v, int i, int j, int m) {
    double lo = Double.MAX_VALUE;
    double hi = -Double.MAX_VALUE;
    for (int dy = -1; dy <= 1; dy++) {
      for (int dx = -1; dx <= 1; dx++) {
        float x = v[(j + dy) * m + i + dx];
        lo = Math.min(lo, x);
        hi = Math.max(hi, x);
      }
    }
    return hi - lo;
  }

  /**
   * Whether the difference is concentrated: a peak of at least {@code minPeak} and at least {@code
   * ratio} times the background.
   */
  boolean concentrated(double minPeak, double ratio) {
    return peak >= minPeak && peak >= ratio * background;
  }
}
