package org.okju.copies;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.okju.index.HammingMatch;
import org.okju.index.MultiIndexHashIndex;
import org.okju.index.PackedHashes;
import org.okju.index.SubstringJoin;

/**
 * How the crop grid's probes (11 a picture) are joined with its anchors (121 a picture). The rule
 * is that of an approximate lookup of each probe in an index of the anchors at probe radius 0
 * ({@link PairFinder#GRID_PROBE_RADIUS}): a probe and an anchor of two media pair when they lie
 * within the crop radius and equal each other on at least one substring of the split such an index
 * would have ({@link MultiIndexHashIndex#defaultSubstrings} of the number of anchors). That rule is
 * symmetric, so neither strategy holds the anchors (121 million hashes for a million pictures) in
 * memory; both find exactly the same pairs.
 */
enum CropGridJoin {
  /**
   * The probes in one index, every anchor looked up among them. Each lookup reads about 40
   * candidates at random places (a bucket per substring table, then each candidate's hash): 6-14 µs
   * an anchor, so 700-1,700 CPU-s for the 121M anchors of a million pictures.
   */
  PROBES_INDEXED {
    @Override
    List<PairFinder.RawHit> hits(
        ViewTable t,
        PackedHashes probes,
        int substrings,
        int radius,
        int minQuality,
        IntPredicate included) {
      MultiIndexHashIndex index = MultiIndexHashIndex.build(probes, substrings);
      return IntStream.range(0, t.media())
          .parallel()
          .filter(included)
          .mapToObj(
              m -> {
                List<PairFinder.RawHit> out = new ArrayList<>();
                for (long a = t.firstView(m); a < t.endView(m); a++) {
                  if (!anchor(t, a, minQuality)) {
                    continue;
                  }
                  for (HammingMatch match :
                      index.queryApproximate(t.hash(a), radius, PairFinder.GRID_PROBE_RADIUS)) {
                    long p = match.id();
                    if (p < t.firstView(m) || p >= t.endView(m)) {
                      out.add(new PairFinder.RawHit(p, a, match.distance(), true));
                    }
                  }
                }
                return out;
              })
          .flatMap(List::stream)
          .toList();
    }
  },

  /**
   * One substring table at a time: the probes laid out in the order of that substring ({@link
   * SubstringJoin}), so a bucket's candidates lie side by side, and every anchor streamed through
   * it in view order (the view table is read sequentially, once a table). An anchor costs one
   * bucket read a table and its candidates' hashes come with it, instead of a random read per
   * candidate.
   */
  SUBSTRING_TABLES {
    @Override
    List<PairFinder.RawHit> hits(
        ViewTable t,
        PackedHashes probes,
        int substrings,
        int radius,
        int minQuality,
        IntPredicate included) {
      List<PairFinder.RawHit> all = new ArrayList<>();
      int chunks = (t.media() + CHUNK - 1) / CHUNK;
      for (int table = 0; table < substrings; table++) {
        SubstringJoin join = SubstringJoin.build(probes, substrings, table, radius);
        all.addAll(
            IntStream.range(0, chunks)
                .parallel()
                .mapToObj(c -> chunk(t, join, c, minQuality, included))
                .flatMap(List::stream)
                .toList());
      }
      return all;
    }

    private List<PairFinder.RawHit> chunk(
        ViewTable t, SubstringJoin join, int c, int minQuality, IntPredicate included) {
      Sink sink = new Sink();
      for (int m = c * CHUNK; m < Math.min(t.media(), (c + 1) * CHUNK); m++) {
        if (!included.test(m)) {
          continue;
        }
        sink.first = t.firstView(m);
        sink.end = t.endView(m);
        for (long a = sink.first; a < sink.end; a++) {
          if (anchor(t, a, minQuality)) {
            sink.anchor = a;
            join.matches(t.word(a, 0), t.word(a, 1), t.word(a, 2), t.word(a, 3), sink);
          }
        }
      }
      return sink.out;
    }
  };

  /** Media a parallel task of {@link #SUBSTRING_TABLES} streams through one table. */
  private static final int CHUNK = 2048;

  /** The grid's pairs of the media of {@code t}. */
  List<PairFinder.RawHit> join(ViewTable t, GroupingSettings settings) {
    return join(t, settings, settings.cropRadius(), 0, m -> true);
  }

  /**
   * The grid's pairs of the media of {@code t} that satisfy {@code included}, within {@code
   * radius}: the same join over those media's probes and anchors only, the hashes cut into {@code
   * substrings} substrings (0: the split an index of the anchors would have).
   */
  List<PairFinder.RawHit> join(
      ViewTable t, GroupingSettings settings, int radius, int substrings, IntPredicate included) {
    int min = settings.cropMinQuality();
    long anchors = 0;
    long probeCount = 0;
    for (int m = 0; m < t.media(); m++) {
      if (!included.test(m)) {
        continue;
      }
      for (long v = t.firstView(m); v < t.endView(m); v++) {
        if (t.quality(v) >= min) {
          anchors += t.cropAnchor(v) ? 1 : 0;
          probeCount += t.cropProbe(v) && t.query(v) ? 1 : 0;
        }
      }
    }
    if (anchors == 0 || probeCount == 0) {
      return List.of();
    }
    PackedHashes.Builder b =
        PackedHashes.builder((int) Math.min(Integer.MAX_VALUE - 8, probeCount));
    for (int m = 0; m < t.media(); m++) {
      if (!included.test(m)) {
        continue;
      }
      for (long v = t.firstView(m); v < t.endView(m); v++) {
        if (t.quality(v) >= min && t.cropProbe(v) && t.query(v)) {
          b.add(t.word(v, 0), t.word(v, 1), t.word(v, 2), t.word(v, 3), v);
        }
      }
    }
    return hits(
        t,
        b.build(),
        substrings > 0
            ? substrings
            : MultiIndexHashIndex.defaultSubstrings((int) Math.min(Integer.MAX_VALUE, anchors)),
        radius,
        min,
        included);
  }

  /**
   * Every probe-anchor pair of two media: the probe {@link PairFinder.RawHit#query query}, the
   * anchor found.
   */
  abstract List<PairFinder.RawHit> hits(
      ViewTable t,
      PackedHashes probes,
      int substrings,
      int radius,
      int minQuality,
      IntPredicate included);

  private static boolean anchor(ViewTable t, long v, int min) {
    return t.cropAnchor(v) && t.quality(v) >= min;
  }

  /** Collects one chunk's pairs: the anchor streamed and its media's views, to leave out. */
  private static final class Sink implements SubstringJoin.Found {
    final List<PairFinder.RawHit> out = new ArrayList<>();
    long anchor;
    long first;
    long end;

    @Override
    public void found(int ordinal, long probe, int distance) {
      if (probe < first || probe >= end) {
        out.add(new PairFinder.RawHit(probe, anchor, distance, true));
      }
    }
  }
}
