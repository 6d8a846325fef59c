package org.okju.index;

import java.util.concurrent.ConcurrentHashMap;

/**
 * How multi-index hashing cuts a 256-bit hash into {@code m} disjoint substrings, and which
 * substring neighbourhoods a query of radius {@code r} must probe.
 *
 * <p>Bits are numbered most significant first across the four words (bit 0 is the top bit of word
 * 0). The first {@code 256 % m} substrings are one bit wider than the rest.
 *
 * <p>Probe radii follow Norouzi, Punjani and Fleet, "Fast Search in Hamming Space with Multi-Index
 * Hashing" (CVPR 2012), section 4: write {@code r = m*q + a} with {@code 0 <= a < m}; a hash within
 * {@code r} of the needle has some substring {@code i <= a} within {@code q} of the needle's, or
 * some substring {@code i > a} within {@code q - 1} (otherwise the distances would add up to more
 * than {@code r}). So substring {@code i} is probed at radius {@code q} for {@code i <= a} and
 * {@code q - 1} after.
 *
 * <p>Immutable and thread-safe (the probe-mask cache is concurrent).
 */
final class SubstringSplit {
  /** Widest substring: its bucket directory has {@code 2^24 + 1} entries. */
  static final int MAX_WIDTH = 24;

  private final int[] starts;
  private final int[] widths;
  private final ConcurrentHashMap<Integer, int[]> masks = new ConcurrentHashMap<>();

  SubstringSplit(int substrings) {
    if (substrings < 256 / MAX_WIDTH + 1 || substrings > 32) {
      throw new IllegalArgumentException("substrings must be in 11..32, got " + substrings);
    }
    starts = new int[substrings];
    widths = new int[substrings];
    int base = 256 / substrings;
    int wider = 256 % substrings;
    int at = 0;
    for (int i = 0; i < substrings; i++) {
      starts[i] = at;
      widths[i] = base + (i < wider ? 1 : 0);
      at += widths[i];
    }
  }

  /**
   * The split that keeps buckets near one hash each for {@code n} hashes: substrings about {@code
   * log2(n)} bits wide, between 16 and 22 bits (wider directories cost more memory than they save).
   */
  static int defaultSubstrings(int n) {
    int log2 = 64 - Long.numberOfLeadingZeros(Math.max(1, n) - 1L);
    int width = Math.max(16, Math.min(22, log2));
    return (256 + width - 1) / width;
  }

  int count() {
    return widths.length;
  }

  int width(int i) {
    return widths[i];
  }

  /** Substring {@code i} of the hash {@code (w0, w1, w2, w3)}. */
  int key(int i, long w0, long w1, long w2, long w3) {
    int start = starts[i];
    int width = widths[i];
    int wi = start >>> 6;
    int off = start & 63;
    long hi = word(wi, w0, w1, w2, w3);
    int mask = (1 << width) - 1;
    if (off + width <= 64) {
      return (int) (hi >>> (64 - off - width)) & mask;
    }
    int loBits = off + width - 64;
    long lo = word(wi + 1, w0, w1, w2, w3);
    return (int) ((hi << loBits) | (lo >>> (64 - loBits))) & mask;
  }

  private static long word(int i, long w0, long w1, long w2, long w3) {
    return switch (i) {
      case 0 -> w0;
      case 1 -> w1;
      case 2 -> w2;
      default -> w3;
    };
  }

  /** Probe radius of substring {@code i} for a query of radius {@code r}; negative: skip it. */
  int radius(int i, int r) {
    int m = widths.length;
    int q = r / m;
    int a = r % m;
    return i <= a ? q : q - 1;
  }

  /** Number of buckets probed for radius {@code r}, summed over the substrings. */
  double probes(int r) {
    double p = 0;
    for (int i = 0; i < widths.length; i++) {
      p += ballSize(widths[i], radius(i, r));
    }
    return p;
  }

  /** Expected candidates for radius {@code r} over {@code n} uniformly random hashes. */
  double expectedCandidates(int r, int n) {
    double c = 0;
    for (int i = 0; i < widths.length; i++) {
      c += ballSize(widths[i], radius(i, r)) * n / (double) (1L << widths[i]);
    }
    return c;
  }

  /** Number of {@code width}-bit strings within {@code radius} of a given one. */
  static double ballSize(int width, int radius) {
    double sum = 0;
    double binomial = 1;
    for (int k = 0; k <= Math.min(radius, width); k++) {
      sum += binomial;
      binomial = binomial * (width - k) / (k + 1);
    }
    return sum;
  }

  /**
   * Every {@code width}-bit mask with at most {@code radius} bits set, fewest bits first. Cached;
   * only called when {@link #probes} said the enumeration is affordable.
   */
  int[] masks(int width, int radius) {
    return masks.computeIfAbsent(width * 64 + radius, k -> enumerate(width, radius));
  }

  private static int[] enumerate(int width, int radius) {
    int[] out = new int[(int) ballSize(width, radius)];
    int n = 0;
    out[n++] = 0;
    long limit = 1L << width;
    for (int weight = 1; weight <= Math.min(radius, width); weight++) {
      // Gosper's hack: the next integer with the same number of set bits.
      long v = (1L << weight) - 1;
      while (v < limit) {
        out[n++] = (int) v;
        long t = v | (v - 1);
        v = (t + 1) | (((~t & - ~t) - 1) >>> (Long.numberOfTrailingZeros(v) + 1));
      }
    }
    return out;
  }
}
