package org.okju.copies;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How two videos' matched frames line up in time: the dominant offset {@code t_b - t_a} (by a
 * histogram of 1 s bins, each bin counted with its neighbours so an offset on a bin edge is not
 * split), and the frames consistent with it. A re-encode or a trim gives one offset for almost
 * every frame; an excerpt gives one offset over its length; unrelated videos give scattered
 * offsets.
 *
 * @param offsetSeconds the dominant offset: where {@code a}'s time 0 falls in {@code b}, negated
 * @param framesA distinct hashed frames of {@code a} aligned at that offset
 * @param framesB distinct hashed frames of {@code b} aligned at that offset
 * @param startA first aligned second of {@code a}
 * @param lengthSeconds length of the aligned run (first to last aligned frame of {@code a}, plus
 *     one frame spacing)
 * @param canonicalShare share of aligned frames of A whose best match is a plain whole upright
 *     picture
 * @param meanDistance mean PDQ distance of the aligned frame pairs
 * @param view the view most aligned pairs matched through
 * @param turnedShare share of aligned frames of A whose best match goes through a turned or
 *     mirrored view on either side (a copy turned or mirrored as a whole)
 * @param alignedA the hashed frames of {@code a} aligned at the offset (their count is {@code
 *     framesA})
 * @param alignedB the same of {@code b}
 */
record Alignment(
    double offsetSeconds,
    int framesA,
    int framesB,
    double startA,
    double lengthSeconds,
    double canonicalShare,
    double meanDistance,
    String view,
    double turnedShare,
    Set<Long> alignedA,
    Set<Long> alignedB) {

  Alignment {
    alignedA = Set.copyOf(alignedA);
    alignedB = Set.copyOf(alignedB);
  }

  /** Whether a match went through a turned or mirrored view of either side's picture. */
  static boolean turned(PairFinder.Hit h) {
    return !orientation(h.viewA()).equals(UPRIGHT) || !orientation(h.viewB()).equals(UPRIGHT);
  }

  private static final String UPRIGHT = "orig";

  private static String orientation(String view) {
    int slash = view.indexOf('/');
    return slash < 0 ? UPRIGHT : view.substring(slash + 1);
  }

  /** A whole upright match first, then the closest, then by view for a stable choice. */
  private static final Comparator<PairFinder.Hit> BEST =
      Comparator.comparing((PairFinder.Hit h) -> !h.canonical())
          .thenComparingInt(PairFinder.Hit::distance)
          .thenComparing(PairFinder.Hit::view)
          .thenComparingLong(PairFinder.Hit::frameB);

  /**
   * The 1 s bin of offsets with the most counted together with its two neighbours (an offset on a
   * bin edge is not split), the one nearer 0 on a tie; 0 when there are none.
   */
  static long commonestSecond(Map<Long, Integer> countPerSecond) {
    long best = 0;
    int bestCount = -1;
    for (long bin : countPerSecond.keySet()) {
      int count = 0;
      for (long d = -1; d <= 1; d++) {
        count += countPerSecond.getOrDefault(bin + d, 0);
      }
      if (count > bestCount || (count == bestCount && Math.abs(bin) < Math.abs(best))) {
        best = bin;
        bestCount = count;
      }
    }
    return best;
  }

  static Alignment of(List<PairFinder.Hit> hits, double spacing, double tolerance) {
    Map<Long, Set<Long>> framesPerBin = new HashMap<>();
    for (PairFinder.Hit h : hits) {
      long bin = Math.round(h.secondsB() - h.secondsA());
      framesPerBin.computeIfAbsent(bin, k -> new HashSet<>()).add(h.frameA());
    }
    Map<Long, Integer> perBin = new HashMap<>();
    framesPerBin.forEach((bin, frames) -> perBin.put(bin, frames.size()));
    long best = commonestSecond(perBin);
    // Refine to the mean offset of the pairs near the best bin.
    double sum = 0;
    int near = 0;
    for (PairFinder.Hit h : hits) {
      double off = h.secondsB() - h.secondsA();
      if (Math.abs(off - best) <= tolerance) {
        sum += off;
        near++;
      }
    }
    double offset = near == 0 ? best : sum / near;
    Set<Long> a = new HashSet<>();
    Set<Long> b = new HashSet<>();
    double first = Double.MAX_VALUE;
    double last = -Double.MAX_VALUE;
    int pairs = 0;
    double distance = 0;
    // Each aligned frame of A by its best hit, a whole upright match first: a video frame has many
    // views (the crop grid's 170), so counting hits would let a grid that also matches a plain
    // re-encode (and, in a pan, the frames next to it) outvote the whole pictures.
    Map<Long, PairFinder.Hit> bestOfFrame = new HashMap<>();
    for (PairFinder.Hit h : hits) {
      if (Math.abs(h.secondsB() - h.secondsA() - offset) > tolerance) {
        continue;
      }
      a.add(h.frameA());
      b.add(h.frameB());
      first = Math.min(first, h.secondsA());
      last = Math.max(last, h.secondsA());
      pairs++;
      distance += h.distance();
      bestOfFrame.merge(h.frameA(), h, (x, y) -> BEST.compare(x, y) <= 0 ? x : y);
    }
    if (pairs == 0) {
      return new Alignment(offset, 0, 0, 0, 0, 0, 0, "none", 0, Set.of(), Set.of());
    }
    int canonical = 0;
    int turned = 0;
    Map<String, Integer> views = new HashMap<>();
    for (PairFinder.Hit h : bestOfFrame.values()) {
      canonical += h.canonical() ? 1 : 0;
      turned += turned(h) ? 1 : 0;
      views.merge(h.view(), 1, Integer::sum);
    }
    String view =
        views.entrySet().stream()
            .sorted(
                Map.Entry.<String, Integer>comparingByValue()
                    .reversed()
                    .thenComparing(Map.Entry.comparingByKey()))
            .findFirst()
            .orElseThrow()
            .getKey();
    return new Alignment(
        offset,
        a.size(),
        b.size(),
        first,
        last - first + spacing,
        (double) canonical / bestOfFrame.size(),
        distance / pairs,
        view,
        (double) turned / bestOfFrame.size(),
        a,
        b);
  }
}
