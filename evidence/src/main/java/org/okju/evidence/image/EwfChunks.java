package org.okju.evidence.image;

import java.util.ArrayList;
import java.util.List;

/**
 * Where every chunk of an EWF image is stored: one entry per {@code table} section (its segment,
 * its base offset, the raw 32-bit entries whose top bit says "compressed", and where its last chunk
 * ends). Four bytes a chunk, as in the file. Immutable once built; thread-safe.
 */
final class EwfChunks {
  /** One chunk's place: segment number (index), absolute offset and stored length. */
  record Location(int segment, long offset, int length, boolean compressed) {}

  private static final class Table {
    // A class, not a record: its arrays are handed over as they are, neither copied nor compared.
    private final int segment;
    private final long base;
    private final int[] entries;
    private final long lastEnd;

    Table(int segment, long base, int[] entries, long lastEnd) {
      this.segment = segment;
      this.base = base;
      this.entries = entries;
      this.lastEnd = lastEnd;
    }

    int segment() {
      return segment;
    }

    long base() {
      return base;
    }

    int[] entries() {
      return entries;
    }

    long lastEnd() {
      return lastEnd;
    }
  }

  private final List<Table> tables = new ArrayList<>();
  private final List<Long> firstChunk = new ArrayList<>();
  private long count;

  /**
   * Adds a table's chunks.
   *
   * @param lastEnd where the table's last chunk ends (the end of the sectors data it describes)
   */
  void add(int segment, long base, int[] entries, long lastEnd) {
    if (entries.length == 0) {
      return;
    }
    tables.add(new Table(segment, base, entries, lastEnd));
    firstChunk.add(count);
    count += entries.length;
  }

  /** The number of chunks the tables describe. */
  long count() {
    return count;
  }

  /** Where chunk {@code index} is stored ({@code index < count()}). */
  Location locate(long index) {
    int lo = 0;
    int hi = tables.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (firstChunk.get(mid) <= index) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    Table t = tables.get(lo);
    int j = (int) (index - firstChunk.get(lo));
    long start = t.base() + (t.entries()[j] & 0x7fffffffL);
    long end =
        j + 1 < t.entries().length ? t.base() + (t.entries()[j + 1] & 0x7fffffffL) : t.lastEnd();
    long length = end - start;
    return new Location(
        t.segment(),
        start,
        (int) Math.max(-1, Math.min(Integer.MAX_VALUE, length)),
        t.entries()[j] < 0);
  }
}
