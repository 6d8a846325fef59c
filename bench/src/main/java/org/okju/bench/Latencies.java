package org.okju.bench;

import java.util.Arrays;

/**
 * Percentiles of request latencies, in milliseconds (nearest rank).
 *
 * @param p50 the median
 * @param p95 the 95th percentile
 * @param p99 the 99th percentile
 */
record Latencies(double p50, double p95, double p99) {
  /** The percentiles of {@code nanos} (any order); NaN for none. */
  static Latencies of(long[] nanos) {
    long[] s = nanos.clone();
    Arrays.sort(s);
    return new Latencies(rank(s, 50), rank(s, 95), rank(s, 99));
  }

  private static double rank(long[] sorted, int percentile) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int i = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }
}
