package org.okju.index;

/**
 * One substring table of an equal-substring join: the hashes of one side laid out in the order of
 * their substring {@code table} (a counting sort), each bucket's hashes next to each other in
 * memory, so that a needle reads its bucket's few candidates from one place instead of fetching
 * each from a random one. A join of two large sets at a small radius with exact substring matches
 * (probe radius 0) visits the tables one after the other, {@link #build}ing each in turn, and
 * streams every needle through each.
 *
 * <p>What it finds is what {@link MultiIndexHashIndex#queryApproximate} with probe radius 0 finds
 * over an index of the same hashes with the same split: a hash within the radius of the needle that
 * equals it on at least one substring table that radius probes, each reported by the first such
 * table only (here: {@link #matches} reports a hash when {@code table} is that first table), so a
 * pair is found once over all tables. Which side is laid out does not change the pairs: the rule is
 * symmetric.
 *
 * <p>Memory: 32 bytes a hash and 4 its ordinal, plus {@code 4 * 2^width} for the directory, for one
 * table at a time. Immutable and safe to query from many threads.
 */
public final class SubstringJoin {
  private final SubstringSplit split;
  private final int table;
  private final int maxDistance;
  private final int[] radii;
  private final int[] start;
  private final long[] words;
  private final int[] ordinals;
  private final PackedHashes hashes;

  private SubstringJoin(
      SubstringSplit split,
      int table,
      int maxDistance,
      int[] start,
      long[] words,
      int[] ordinals,
      PackedHashes hashes) {
    this.split = split;
    this.table = table;
    this.maxDistance = maxDistance;
    this.start = start;
    this.words = words;
    this.ordinals = ordinals;
    this.hashes = hashes;
    this.radii = new int[split.count()];
    for (int t = 0; t < radii.length; t++) {
      radii[t] = Math.min(split.radius(t, maxDistance), 0);
    }
  }

  /**
   * Table {@code table} of the {@code substrings}-way split of {@code hashes} (not copied), for
   * needles within {@code maxDistance}.
   *
   * @throws IllegalArgumentException unless {@code 11 <= substrings <= 32} and {@code table} is one
   *     of them
   */
  public static SubstringJoin build(
      PackedHashes hashes, int substrings, int table, int maxDistance) {
    HammingIndex.checkRadius(maxDistance);
    SubstringSplit split = new SubstringSplit(substrings);
    if (table < 0 || table >= split.count()) {
      throw new IllegalArgumentException("table " + table + " of " + split.count());
    }
    long[] src = hashes.wordArray();
    int n = hashes.size();
    int[] keys = new int[n];
    int[] start = new int[(1 << split.width(table)) + 1];
    for (int o = 0; o < n; o++) {
      int b = 4 * o;
      int key = split.key(table, src[b], src[b + 1], src[b + 2], src[b + 3]);
      keys[o] = key;
      start[key + 1]++;
    }
    for (int k = 1; k < start.length; k++) {
      start[k] += start[k - 1];
    }
    int[] fill = new int[start.length - 1];
    System.arraycopy(start, 0, fill, 0, fill.length);
    long[] words = new long[4 * n];
    int[] ordinals = new int[n];
    for (int o = 0; o < n; o++) {
      int p = fill[keys[o]]++;
      System.arraycopy(src, 4 * o, words, 4 * p, 4);
      ordinals[p] = o;
    }
    return new SubstringJoin(split, table, maxDistance, start, words, ordinals, hashes);
  }

  /** Receives one hash found for a needle. */
  @FunctionalInterface
  public interface Found {
    /**
     * @param ordinal the found hash's ordinal in the joined {@link PackedHashes}
     * @param id its id
     * @param distance its distance from the needle
     */
    void found(int ordinal, long id, int distance);
  }

  /**
   * Reports every hash within the radius of the needle {@code (q0, q1, q2, q3)} whose substring
   * {@code table} equals the needle's and which no earlier table's probe reaches, in bucket order
   * (ascending ordinal). Nothing when this table is not probed at this radius.
   */
  public void matches(long q0, long q1, long q2, long q3, Found out) {
    if (radii[table] < 0) {
      return;
    }
    int key = split.key(table, q0, q1, q2, q3);
    int end = start[key + 1];
    for (int p = start[key]; p < end; p++) {
      int b = 4 * p;
      int d =
          Long.bitCount(words[b] ^ q0)
              + Long.bitCount(words[b + 1] ^ q1)
              + Long.bitCount(words[b + 2] ^ q2)
              + Long.bitCount(words[b + 3] ^ q3);
      if (d <= maxDistance && firstTable(b, q0, q1, q2, q3)) {
        int o = ordinals[p];
        out.found(o, hashes.id(o), d);
      }
    }
  }

  /** Whether no table before this one has the found hash (at {@code b}) equal to the needle. */
  private boolean firstTable(int b, long q0, long q1, long q2, long q3) {
    for (int i = 0; i < table; i++) {
      if (radii[i] >= 0
          && split.key(i, words[b], words[b + 1], words[b + 2], words[b + 3])
              == split.key(i, q0, q1, q2, q3)) {
        return false;
      }
    }
    return true;
  }
}
