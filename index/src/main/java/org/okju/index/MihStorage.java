package org.okju.index;

/**
 * Where a {@link MultiIndexHashIndex} keeps its data: the packed hashes and ids, and per substring
 * a bucket directory ({@code start(t, key)}: first position of bucket {@code key}, {@code 2^width +
 * 1} entries) over ordinals sorted by that substring. On the heap or memory-mapped from a file.
 *
 * <p>Read-only once built; implementations are thread-safe for reads.
 */
interface MihStorage {
  int size();

  long word(int ordinal, int w);

  long id(int ordinal);

  int bucketStart(int table, int key);

  int ordinalAt(int table, int position);

  /** Hamming distance between the hash at {@code ordinal} and {@code (q0, q1, q2, q3)}. */
  int distance(int ordinal, long q0, long q1, long q2, long q3);
}
