package org.okju.evidence.image;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each stretch of the carving spool came from in the image: the spool is the unallocated
 * stretches written one after the other. Not thread-safe.
 */
final class SpoolMap {
  private final List<long[]> pieces = new ArrayList<>(); // {spoolStart, imageStart, length}
  private long size;

  void add(long imageOffset, long length) {
    long[] last = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
    if (last != null && last[1] + last[2] == imageOffset) {
      last[2] += length;
    } else {
      pieces.add(new long[] {size, imageOffset, length});
    }
    size += length;
  }

  long size() {
    return size;
  }

  /** The image runs holding spool bytes {@code [spoolOffset, spoolOffset + length)}. */
  List<ByteRun> toImage(long spoolOffset, long length, long fileOffset) {
    List<ByteRun> out = new ArrayList<>();
    int i = find(spoolOffset);
    long at = spoolOffset;
    long left = length;
    while (left > 0 && i >= 0 && i < pieces.size()) {
      long[] p = pieces.get(i);
      long into = at - p[0];
      long n = Math.min(left, p[2] - into);
      if (n <= 0) {
        break;
      }
      out.add(new ByteRun(fileOffset, p[1] + into, n, false));
      fileOffset += n;
      at += n;
      left -= n;
      i++;
    }
    return out;
  }

  private int find(long spoolOffset) {
    int lo = 0;
    int hi = pieces.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (pieces.get(mid)[0] <= spoolOffset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return pieces.isEmpty() || pieces.get(lo)[0] > spoolOffset ? -1 : lo;
  }
}
