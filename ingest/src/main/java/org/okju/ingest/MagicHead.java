package org.okju.ingest;

import java.util.Arrays;

/**
 * The head a type is detected from, with the offsets of each byte value (built on first use, by the
 * rules that look for a pattern over a range of offsets). One per detection; not thread-safe.
 */
final class MagicHead {
  final byte[] data;
  final int n;
  private int[] start;
  private int[] offsets;

  MagicHead(byte[] data, int n) {
    this.data = data;
    this.n = n;
  }

  /** The byte at {@code offset} of Tika's buffer for a rule: past the head, Tika's zeros. */
  byte at(int offset, int read, int begin) {
    return offset < read ? data[begin + offset] : 0;
  }

  /**
   * Calls {@code visit} with each offset in [from, to] where byte {@code value} is, ascending,
   * until it returns true; whether one did.
   */
  boolean anyOffset(int value, int from, int to, OffsetTest visit) {
    if (start == null) {
      index();
    }
    int end = start[value + 1];
    int k = Arrays.binarySearch(offsets, start[value], end, from);
    for (k = k < 0 ? -k - 1 : k; k < end && offsets[k] <= to; k++) {
      if (visit.test(offsets[k])) {
        return true;
      }
    }
    return false;
  }

  /** A test of one offset. */
  interface OffsetTest {
    boolean test(int offset);
  }

  // Counting sort of the offsets by byte value.
  private void index() {
    int[] s = new int[257];
    for (int i = 0; i < n; i++) {
      s[(data[i] & 0xff) + 1]++;
    }
    for (int v = 0; v < 256; v++) {
      s[v + 1] += s[v];
    }
    int[] fill = Arrays.copyOf(s, 256);
    int[] o = new int[n];
    for (int i = 0; i < n; i++) {
      o[fill[data[i] & 0xff]++] = i;
    }
    start = s;
    offsets = o;
  }
}
