package org.okju.index;

/**
 * One hit of a Hamming search: the hash stored at {@code ordinal} (its position in the index, in
 * insertion order), the caller's {@code id} stored with it, and its distance from the needle.
 *
 * <p>Results are ordered by distance, then by ordinal, so every {@link HammingIndex} implementation
 * returns the same list for the same query.
 */
public record HammingMatch(int ordinal, long id, int distance) implements Comparable<HammingMatch> {
  @Override
  public int compareTo(HammingMatch o) {
    int c = Integer.compare(distance, o.distance);
    return c != 0 ? c : Integer.compare(ordinal, o.ordinal);
  }
}
