package org.okju.copies;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;
import java.util.stream.IntStream;
import org.okju.casefile.Progress;
import org.okju.fingerprint.Pdq256;
import org.okju.index.HammingMatch;
import org.okju.index.MultiIndexHashIndex;
import org.okju.index.PackedHashes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds every pair of media with a view in common: one Hamming index over the views of all media
 * (read from a {@link ViewTable}), looked up by each picture's (and each frame's) whole, content
 * and central views, and the crop grid's probes joined with its anchors.
 */
final class PairFinder {
  /**
   * Two views that matched: a frame (or image) of the lower-numbered media of a pair and one of the
   * higher-numbered.
   *
   * @param canonical both sides are whole upright pictures (the plain PDQ matched)
   * @param view the non-canonical view it matched through, {@code crop-grid/orig} for a crop probe
   *     on a crop anchor ({@code crop-grid/flipx} for a mirrored probe), or {@code full/orig}
   * @param threshold the largest distance that counted for this kind of match
   * @param viewA the view of the lower-numbered media that matched, as {@code kind/orientation}
   * @param viewB the view of the higher-numbered media
   */
  record Hit(
      long frameA,
      double secondsA,
      long frameB,
      double secondsB,
      int distance,
      boolean canonical,
      String view,
      int threshold,
      String viewA,
      String viewB) {
    /** The match as the picture policy sees it. */
    PictureMatchPolicy.ViewMatch viewMatch() {
      return new PictureMatchPolicy.ViewMatch(viewA, viewB, distance, threshold);
    }
  }

  private PairFinder() {}

  /**
   * Probe radius per substring table for okju's own views (looked up at 24): with the default split
   * of up to about 2M views every table's probe radius is 1 anyway; beyond, the cap keeps a lookup
   * from growing with the index. The interoperable whole-picture PDQ is always looked up exactly.
   */
  static final int OWN_VIEW_PROBE_RADIUS = 1;

  /**
   * The same for crop probes on anchors: exact substring matches only. A crop lies near several
   * neighbouring anchor-probe pairs of the grid, each another chance; the bench found the same
   * copies as with radius 1, and grouping 100k synthetic images took 37 s instead of 82.
   */
  static final int GRID_PROBE_RADIUS = 0;

  /** Hits per pair of media indices {@code (a, b)}, {@code a < b}, keyed by {@code a * n + b}. */
  static Map<Long, List<Hit>> find(List<Media> media, GroupingSettings settings) {
    return find(media, settings, Progress.NONE);
  }

  /** The same, telling {@code progress} of each medium looked up. */
  static Map<Long, List<Hit>> find(
      List<Media> media, GroupingSettings settings, Progress progress) {
    return find(ViewTables.of(media), settings, progress);
  }

  /**
   * The pairs of the media of {@code table}. Two passes, so that only one index is in memory at a
   * time: the whole, content and central views looked up in an index of every view but the grid's;
   * then the crop grid, joined the other way round: the probes (11 a picture) are indexed and every
   * anchor (121 a picture) is looked up among them, with the substring split an index of the
   * anchors would have. An approximate lookup at probe radius 0 finds a pair when one substring of
   * the two hashes is equal and the whole within the radius, which does not depend on which side is
   * indexed, so the pairs are those an index of the anchors found, without holding one (121 million
   * hashes for a million pictures).
   */
  static Map<Long, List<Hit>> find(ViewTable table, GroupingSettings settings, Progress progress) {
    return find(table, settings, progress, WIDE_SPLIT_ABOVE);
  }

  /** The same, with whole pictures indexed apart above {@code wideAbove} views (for tests). */
  static Map<Long, List<Hit>> find(
      ViewTable table, GroupingSettings settings, Progress progress, long wideAbove) {
    return find(table, settings, progress, wideAbove, CropGridJoin.SUBSTRING_TABLES);
  }

  /** The same, joining the crop grid by {@code grid} (for tests: both find the same pairs). */
  static Map<Long, List<Hit>> find(
      ViewTable table,
      GroupingSettings settings,
      Progress progress,
      long wideAbove,
      CropGridJoin grid) {
    Phases phases = new Phases();
    List<RawHit> raw = new ArrayList<>(views(table, settings, progress, wideAbove));
    phases.done("main index", raw.size());
    raw.addAll(grid.join(table, settings));
    phases.done("crop grid", raw.size());
    // The order the hits of a pair were found in before the two passes: by the looked-up view, then
    // by distance and the found view (as an index query sorts them).
    raw.sort(
        Comparator.comparingLong(RawHit::query)
            .thenComparingInt(RawHit::distance)
            .thenComparingLong(RawHit::found));
    long n = table.media();
    Map<Long, List<Hit>> pairs = new HashMap<>();
    for (RawHit r : raw) {
      int m = table.mediaOf(r.query());
      int other = table.mediaOf(r.found());
      Hit hit = hit(table, r, m < other, settings);
      pairs
          .computeIfAbsent(Math.min(m, other) * n + Math.max(m, other), k -> new ArrayList<>())
          .add(hit);
    }
    phases.done("pairs", pairs.size());
    return pairs;
  }

  private static final Logger LOG = LoggerFactory.getLogger(PairFinder.class);

  /** Wall and process CPU time of each pass, logged at debug level (for the scale bench). */
  private static final class Phases {
    private long wall = System.nanoTime();
    private long cpu = cpuNanos();

    void done(String phase, long count) {
      long w = System.nanoTime();
      long c = cpuNanos();
      LOG.debug("{}: {} in {} s wall, {} CPU-s", phase, count, (w - wall) / 1e9, (c - cpu) / 1e9);
      wall = w;
      cpu = c;
    }

    private static long cpuNanos() {
      return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }
  }

  /**
   * A view {@code query} that found view {@code found} at {@code distance}; {@code grid} when a
   * crop probe found an anchor.
   */
  record RawHit(long query, long found, int distance, boolean grid) {}

  private static List<RawHit> views(
      ViewTable t, GroupingSettings settings, Progress progress, long wideAbove) {
    int min = settings.minQuality();
    long count = 0;
    for (long v = 0; v < t.views(); v++) {
      if (indexed(t, v) && t.quality(v) >= min) {
        count++;
      }
    }
    if (count == 0) {
      progress.done(t.media());
      return List.of();
    }
    // Above WIDE_SPLIT_ABOVE views the whole upright pictures get an index of their own (see
    // mainSubstrings); below, one index holds them all, as it always did.
    boolean apart = count > wideAbove;
    long wholes = 0;
    if (apart) {
      for (long v = 0; v < t.views(); v++) {
        if (t.canonical(v) && t.quality(v) >= min) {
          wholes++;
        }
      }
    }
    MultiIndexHashIndex index =
        index(
            t,
            count - wholes,
            apart ? WIDE_SUBSTRINGS : MultiIndexHashIndex.defaultSubstrings((int) count),
            v -> !apart || !t.canonical(v),
            min);
    MultiIndexHashIndex whole =
        wholes == 0
            ? null
            : index(
                t,
                wholes,
                MultiIndexHashIndex.defaultSubstrings((int) Math.min(Integer.MAX_VALUE, wholes)),
                t::canonical,
                min);
    int wide = Math.max(settings.canonicalRadius(), settings.viewRadius());
    // Each media's lookups on their own thread; the hits are sorted afterwards, so the result does
    // not depend on scheduling.
    return IntStream.range(0, t.media())
        .parallel()
        .mapToObj(
            m -> {
              List<RawHit> out = new ArrayList<>();
              for (long q = t.firstView(m); q < t.endView(m); q++) {
                if (!t.query(q) || t.cropProbe(q) || t.quality(q) < min) {
                  continue;
                }
                Pdq256 needle = t.hash(q);
                boolean canonical = t.canonical(q);
                List<HammingMatch> found;
                if (!apart) {
                  found =
                      canonical
                          ? index.query(needle, wide)
                          : index.queryApproximate(
                              needle, settings.viewRadius(), OWN_VIEW_PROBE_RADIUS);
                } else if (canonical) {
                  // Exact on both sides: whole against whole counts at the canonical radius, whole
                  // against any other view at the view radius; the same views one index finds.
                  found = new ArrayList<>(index.query(needle, settings.viewRadius()));
                  if (whole != null) {
                    found.addAll(whole.query(needle, settings.canonicalRadius()));
                  }
                } else {
                  found =
                      new ArrayList<>(
                          index.queryApproximate(
                              needle, settings.viewRadius(), OWN_VIEW_PROBE_RADIUS));
                  if (whole != null) {
                    found.addAll(
                        whole.queryApproximate(
                            needle, settings.viewRadius(), OWN_VIEW_PROBE_RADIUS));
                  }
                }
                for (HammingMatch match : found) {
                  long h = match.id();
                  if (h >= t.firstView(m) && h < t.endView(m)) {
                    continue;
                  }
                  if ((t.half(q) || t.half(h)) && t.kind(q) != t.kind(h)) {
                    continue;
                  }
                  boolean both = canonical && t.canonical(h);
                  int limit = both ? settings.canonicalRadius() : settings.viewRadius();
                  if (match.distance() > limit
                      || (both && centresDisagree(t, q, h, match.distance(), settings))) {
                    continue;
                  }
                  out.add(new RawHit(q, h, match.distance(), false));
                }
              }
              progress.done(1);
              return out;
            })
        .flatMap(List::stream)
        .toList();
  }

  /**
   * An index of the main index's views ({@link #indexed}, of quality {@code min}) that {@code
   * chosen} accepts, {@code count} of them, in {@code substrings} tables.
   */
  private static MultiIndexHashIndex index(
      ViewTable t, long count, int substrings, LongPredicate chosen, int min) {
    PackedHashes.Builder b =
        PackedHashes.builder((int) Math.max(1, Math.min(Integer.MAX_VALUE - 8, count)));
    for (long v = 0; v < t.views(); v++) {
      if (indexed(t, v) && t.quality(v) >= min && chosen.test(v)) {
        b.add(t.word(v, 0), t.word(v, 1), t.word(v, 2), t.word(v, 3), v);
      }
    }
    return MultiIndexHashIndex.build(b.build(), substrings);
  }

  /** Views of the main index above which its substrings are 23-24 bits wide (2^22). */
  static final long WIDE_SPLIT_ABOVE = 1L << 22;

  /**
   * Substring tables of a main index of {@code n} views: the index's default (substrings of 16-22
   * bits, about one view a bucket) up to {@link #WIDE_SPLIT_ABOVE}; above, 11 tables of 23-24 bits,
   * and the whole upright pictures in an index of their own (its default split). At a million
   * images (14M views) 22-bit buckets hold about 5 views, and each picture's exact radius-31
   * whole-picture lookup probed ~2,000 buckets and checked ~10,000 candidates at random places in
   * 450 MB: 1.2 ms of CPU a picture. Apart, that lookup is radius 31 among the 1M wholes and 24
   * among the rest (the radius at which a whole against another view counts): the same views, 0.37
   * ms; the directories of 24-bit tables take 64 MiB each. The approximate lookups (capped probes)
   * find a neighbour when one substring is within the cap, which depends on the split, so a case of
   * that size is grouped with the wider substrings' rule, every smaller case as before.
   */
  static int mainSubstrings(long n) {
    return n > WIDE_SPLIT_ABOVE ? WIDE_SUBSTRINGS : MultiIndexHashIndex.defaultSubstrings((int) n);
  }

  /** 11 substrings: 23-24 bits each. */
  private static final int WIDE_SUBSTRINGS = 11;

  /** Views in the main index: all but the crop grid's (anchors are joined with the probes). */
  private static boolean indexed(ViewTable t, long v) {
    return !t.cropProbe(v) && !t.cropAnchor(v);
  }

  private static Hit hit(ViewTable t, RawHit r, boolean queryFirst, GroupingSettings settings) {
    long q = r.query();
    long h = r.found();
    boolean canonical = !r.grid() && t.canonical(q) && t.canonical(h);
    long a = queryFirst ? q : h;
    long b = queryFirst ? h : q;
    return new Hit(
        t.frame(a),
        t.seconds(a),
        t.frame(b),
        t.seconds(b),
        r.distance(),
        canonical,
        viewLabel(canonical, r.grid(), t.canonical(h), t.label(q), t.label(h)),
        limit(canonical, r.grid(), settings),
        t.label(a),
        t.label(b));
  }

  /** The largest distance that counts for a whole-picture, crop-grid or other view match. */
  private static int limit(boolean canonical, boolean cropGrid, GroupingSettings settings) {
    return canonical
        ? settings.canonicalRadius()
        : cropGrid ? settings.cropRadius() : settings.viewRadius();
  }

  /** The view a match went through, as {@link Hit#view} names it. */
  private static String viewLabel(
      boolean canonical, boolean cropGrid, boolean foundCanonical, String query, String found) {
    // A crop grid match is named by the probe's orientation: orig, or the mirror it was turned by.
    return canonical
        ? "full/orig"
        : cropGrid
            ? "crop-grid/" + query.substring(query.indexOf('/') + 1)
            : foundCanonical ? query : found;
  }

  // The rule again for views as objects: one picture or video from outside the case looked up
  // among the case's media ({@link CopyLookup}) exactly as grouping pairs the case's own.

  /**
   * The hit of query view {@code q} on indexed view {@code h} found {@code distance} apart, or null
   * when it does not count: a half against anything but the same half, beyond the radius of its
   * kind of match, or a whole-picture match that the pictures' centres contradict. The rule
   * grouping applies to the view table's views, for a picture from outside the case ({@link
   * CopyLookup}).
   *
   * @param queryIsA whether {@code q} belongs to the lower-numbered media of the pair
   * @param centreQ the central 80% view of {@code q}'s picture or frame, or null
   * @param centreH the same for {@code h}
   */
  static Hit hit(
      Media.View q,
      Media.View h,
      boolean queryIsA,
      int distance,
      Media.View centreQ,
      Media.View centreH,
      GroupingSettings settings) {
    if ((q.half() || h.half()) && !q.kind().equals(h.kind())) {
      return null;
    }
    boolean cropGrid = q.cropProbe();
    boolean canonical = !cropGrid && q.canonical() && h.canonical();
    int limit = limit(canonical, cropGrid, settings);
    if (distance > limit) {
      return null;
    }
    if (canonical
        && centreQ != null
        && centreH != null
        && centresDisagree(
            centreQ.hash().distance(centreH.hash()),
            centreQ.quality(),
            centreH.quality(),
            distance,
            settings)) {
      return null;
    }
    Media.View a = queryIsA ? q : h;
    Media.View b = queryIsA ? h : q;
    return new Hit(
        a.frame(),
        a.seconds(),
        b.frame(),
        b.seconds(),
        distance,
        canonical,
        viewLabel(canonical, cropGrid, h.canonical(), q.label(), h.label()),
        limit,
        a.label(),
        b.label());
  }

  /** Whether a view goes into the main index: every view but the crop grid's, of good quality. */
  static boolean indexed(Media.View v, GroupingSettings settings) {
    return v.indexed() && v.quality() >= settings.minQuality();
  }

  /** Whether a view is a crop anchor of good quality (what the crop probes are joined with). */
  static boolean anchor(Media.View v, GroupingSettings settings) {
    return v.cropAnchor() && v.quality() >= settings.cropMinQuality();
  }

  /** Whether a view is looked up: the upright query views and the probes, of good quality. */
  static boolean looksUp(Media.View q, GroupingSettings settings) {
    return q.query()
        && q.quality() >= (q.cropProbe() ? settings.cropMinQuality() : settings.minQuality());
  }

  /**
   * The indexed views near query view {@code q}, as grouping looks them up: a probe among the
   * anchors at the crop radius, the whole upright picture exactly, okju's other views
   * approximately.
   */
  static List<ViewIndex.Match> lookUp(
      Media.View q, ViewIndex views, ViewIndex anchors, GroupingSettings settings) {
    return q.cropProbe()
        ? anchors.near(q, settings.cropRadius(), false, GRID_PROBE_RADIUS)
        : q.canonical()
            ? views.near(
                q,
                Math.max(settings.canonicalRadius(), settings.viewRadius()),
                true,
                OWN_VIEW_PROBE_RADIUS)
            : views.near(q, settings.viewRadius(), false, OWN_VIEW_PROBE_RADIUS);
  }

  /** The central 80% upright view of each frame (of an image: frame 0) of {@code x}. */
  static Map<Long, Media.View> centres(Media x) {
    Map<Long, Media.View> byFrame = new HashMap<>();
    for (Media.View v : x.views()) {
      if (v.kind().equals("center-80") && v.orientation().equals("orig")) {
        byFrame.put(v.frame(), v);
      }
    }
    return byFrame;
  }

  /**
   * Whether two pictures whose whole views matched {@code distance} apart cannot be one picture at
   * their centres: the central views are too far apart, or, for a match not already close, one is
   * too flat to say (its detail, and the match, lie in the margins, where a re-posting site's logo
   * and caption sit). A close match with flat centres stands: a re-encode of a dark frame with a
   * caption is still a copy. Pictures too small for a central view are not judged.
   */
  private static boolean centresDisagree(
      ViewTable t, long q, long h, int distance, GroupingSettings settings) {
    long a = t.centre80(q);
    long b = t.centre80(h);
    if (a < 0 || b < 0) {
      return false;
    }
    return centresDisagree(t.distance(a, b), t.quality(a), t.quality(b), distance, settings);
  }

  private static boolean centresDisagree(
      int centreDistance, int qualityA, int qualityB, int distance, GroupingSettings settings) {
    if (centreDistance > settings.centreRadius()) {
      return true;
    }
    boolean flat = qualityA < settings.minQuality() || qualityB < settings.minQuality();
    return flat && distance > CLOSE_WHOLE_MATCH;
  }

  /**
   * Whole-picture distance at or below which flat centres do not veto a match: the stamped smooth
   * pictures of the tests matched at 28 and 30, re-encodes of one picture mostly within 10.
   */
  static final int CLOSE_WHOLE_MATCH = 12;
}
