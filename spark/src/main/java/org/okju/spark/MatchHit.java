package org.okju.spark;

import java.io.Serializable;

/**
 * One pair found: a query file and a reference file or hash-set entry, by one kind of evidence (a
 * digest, or a PDQ view pair with its distance), the closest such pair of their frames.
 */
record MatchHit(
    String queryPath,
    String querySha256,
    String queryHash,
    String referencePath,
    String referenceSha256,
    String referenceSet,
    String referenceLabel,
    String referenceHash,
    String tape,
    int distance,
    String match,
    String view,
    String queryView,
    String referenceView,
    Integer queryQuality,
    Integer referenceQuality,
    Double querySeconds,
    Double referenceSeconds)
    implements Serializable {

  /**
   * Whether this hit is closer than {@code o} (same pair and view): distance, then earlier frames,
   * then the views' names and hashes, so that every way of finding the pairs (broadcast, banded,
   * any partitioning) keeps the same one.
   */
  boolean closerThan(MatchHit o) {
    if (distance != o.distance) {
      return distance < o.distance;
    }
    int c = Double.compare(orZero(querySeconds), orZero(o.querySeconds));
    if (c == 0) {
      c = Double.compare(orZero(referenceSeconds), orZero(o.referenceSeconds));
    }
    if (c == 0) {
      c = String.valueOf(queryView).compareTo(String.valueOf(o.queryView));
    }
    if (c == 0) {
      c = String.valueOf(referenceView).compareTo(String.valueOf(o.referenceView));
    }
    if (c == 0) {
      c = String.valueOf(queryHash).compareTo(String.valueOf(o.queryHash));
    }
    if (c == 0) {
      c = String.valueOf(referenceHash).compareTo(String.valueOf(o.referenceHash));
    }
    return c < 0;
  }

  private static double orZero(Double d) {
    return d == null ? 0 : d;
  }

  /** The key of the pair and view this hit is one candidate of. */
  String pairKey() {
    return queryPath + '\u0000' + referenceKey() + '\u0000' + match + '\u0000' + view;
  }

  String referenceKey() {
    return referenceSet == null
        ? String.valueOf(referencePath)
        : referenceSet + '\u0000' + referencePath + '\u0000' + referenceHash;
  }
}
