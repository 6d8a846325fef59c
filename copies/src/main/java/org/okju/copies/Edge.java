package org.okju.copies;

import java.util.Map;

/**
 * A decided relation between two media of a case (indices into the grouped list).
 *
 * @param a for {@link Kind#CONTAINS} and {@link Kind#STILL}, the video that holds the other
 * @param b the other
 * @param relation what {@code b} is to {@code a} ({@code re-encoded}, {@code excerpt}, {@code
 *     still}...)
 * @param evidence why, with the threshold used (JSON-ready values)
 * @param weight how strong (matched frames, or 256 minus the distance): the best edge wins
 * @param partial a shared run of at least the minimum length while neither video is mostly matched
 *     (a compilation's part of a longer tape, or a tape's part of a compilation)
 * @param viewA for a picture edge, the view of {@code a} that matched ({@code kind/orientation})
 * @param viewB the view of {@code b} it matched
 */
record Edge(
    int a,
    int b,
    Kind kind,
    String relation,
    Map<String, Object> evidence,
    double weight,
    boolean partial,
    String viewA,
    String viewB) {
  Edge(int a, int b, Kind kind, String relation, Map<String, Object> evidence, double weight) {
    this(a, b, kind, relation, evidence, weight, false, WHOLE, WHOLE);
  }

  Edge(
      int a,
      int b,
      Kind kind,
      String relation,
      Map<String, Object> evidence,
      double weight,
      boolean partial) {
    this(a, b, kind, relation, evidence, weight, partial, WHOLE, WHOLE);
  }

  /** The whole upright picture, the view of identical bytes and of video alignments. */
  static final String WHOLE = "full/orig";

  /** The view of {@code end} this edge rests on, as {@code kind/orientation}. */
  String viewOf(int end) {
    return end == a ? viewA : viewB;
  }

  enum Kind {
    /** Same recording both ways: identical bytes, a re-encode, a transform, a trim. */
    SYMMETRIC,
    /** {@code a} holds {@code b}'s content for at least the minimum run (an excerpt). */
    CONTAINS,
    /** {@code b} is an image showing one of video {@code a}'s frames. */
    STILL
  }

  int other(int end) {
    return end == a ? b : a;
  }
}
