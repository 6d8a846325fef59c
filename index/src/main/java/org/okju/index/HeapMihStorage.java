package org.okju.index;

import java.util.Arrays;
import java.util.stream.IntStream;

/** {@link MihStorage} in flat Java arrays: 32 bytes a hash, 8 an id, 4 per substring table. */
final class HeapMihStorage implements MihStorage {
  private final long[] words;
  private final long[] ids;
  private final int[][] starts;
  private final int[][] ordinals;
  private final int size;

  HeapMihStorage(long[] words, long[] ids, int[][] starts, int[][] ordinals) {
    this.words = words;
    this.ids = ids;
    this.starts = starts;
    this.ordinals = ordinals;
    this.size = ids.length;
  }

  /**
   * Builds the substring tables for {@code hashes} by a counting sort per substring (stable, so
   * each bucket lists its ordinals in ascending order). Substrings are built in parallel.
   */
  static HeapMihStorage build(PackedHashes hashes, SubstringSplit split) {
    long[] words = hashes.wordArray();
    int n = hashes.size();
    int m = split.count();
    int[][] starts = new int[m][];
    int[][] ordinals = new int[m][];
    IntStream.range(0, m)
        .parallel()
        .forEach(
            t -> {
              int[] keys = new int[n];
              int[] start = new int[(1 << split.width(t)) + 1];
              for (int o = 0; o < n; o++) {
                int b = 4 * o;
                int key = split.key(t, words[b], words[b + 1], words[b + 2], words[b + 3]);
                keys[o] = key;
                start[key + 1]++;
              }
              for (int k = 1; k < start.length; k++) {
                start[k] += start[k - 1];
              }
              int[] fill = Arrays.copyOf(start, start.length - 1);
              int[] ord = new int[n];
              for (int o = 0; o < n; o++) {
                ord[fill[keys[o]]++] = o;
              }
              starts[t] = start;
              ordinals[t] = ord;
            });
    return new HeapMihStorage(words, hashes.idArray(), starts, ordinals);
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public long word(int ordinal, int w) {
    return words[4 * ordinal + w];
  }

  @Override
  public long id(int ordinal) {
    return ids[ordinal];
  }

  @Override
  public int bucketStart(int table, int key) {
    return starts[table][key];
  }

  @Override
  public int ordinalAt(int table, int position) {
    return ordinals[table][position];
  }

  @Override
  public int distance(int ordinal, long q0, long q1, long q2, long q3) {
    int b = 4 * ordinal;
    return Long.bitCount(words[b] ^ q0)
        + Long.bitCount(words[b + 1] ^ q1)
        + Long.bitCount(words[b + 2] ^ q2)
        + Long.bitCount(words[b + 3] ^ q3);
  }
}
