package org.okju.copies;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.okju.casefile.Progress;

/**
 * Finds every pair of media with a view in common: one {@link ViewIndex} over the views of all
 * media, looked up by each picture's (and each frame's) whole, content and central views, and one
 * over the crop grid's anchors, looked up by the probes.
 */
final class PairFinder {
  /**
   * Two views that matched: a frame (or image) of the lower-numbered media of a pair and one of the
   * higher-numbered.
   *
   * @param canonical both sides are whole upright pictures (the plain PDQ matched)
   * @param view the non-canonical view it matched through, {@code crop-grid/orig} for a crop probe
   *     on a crop anchor, or {@code full/orig}
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
    ViewIndex views = ViewIndex.of(media, v -> indexed(v, settings));
    ViewIndex anchors = ViewIndex.of(media, v -> anchor(v, settings));
    List<Map<Long, Media.View>> centres = new ArrayList<>(media.size());
    for (Media x : media) {
      centres.add(centres(x));
    }
    // Each media's lookups on their own thread; merged in media order, so the result does not
    // depend on scheduling.
    List<List<Map.Entry<Long, Hit>>> perMedia =
        IntStream.range(0, media.size())
            .parallel()
            .mapToObj(
                m -> {
                  List<Map.Entry<Long, Hit>> hits =
                      hitsOf(m, media, views, anchors, centres, settings);
                  progress.done(1);
                  return hits;
                })
            .toList();
    Map<Long, List<Hit>> pairs = new HashMap<>();
    for (List<Map.Entry<Long, Hit>> hits : perMedia) {
      for (Map.Entry<Long, Hit> e : hits) {
        pairs.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
      }
    }
    return pairs;
  }

  private static List<Map.Entry<Long, Hit>> hitsOf(
      int m,
      List<Media> media,
      ViewIndex views,
      ViewIndex anchors,
      List<Map<Long, Media.View>> centres,
      GroupingSettings settings) {
    List<Map.Entry<Long, Hit>> out = new ArrayList<>();
    long n = media.size();
    for (Media.View q : media.get(m).views()) {
      if (!looksUp(q, settings)) {
        continue;
      }
      for (ViewIndex.Match match : lookUp(q, views, anchors, settings)) {
        int other = match.owner().media();
        if (other == m) {
          continue;
        }
        Media.View h = match.owner().view();
        Hit hit =
            hit(
                q,
                h,
                m < other,
                match.distance(),
                centres.get(m).get(q.frame()),
                centres.get(other).get(h.frame()),
                settings);
        if (hit != null) {
          out.add(Map.entry(Math.min(m, other) * n + Math.max(m, other), hit));
        }
      }
    }
    return out;
  }

  /**
   * The hit of query view {@code q} on indexed view {@code h} found {@code distance} apart, or null
   * when it does not count: beyond the radius of its kind of match, or a whole-picture match that
   * the pictures' centres contradict. One rule for grouping a case and for looking up a picture
   * from outside it ({@link CopyLookup}).
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
    boolean canonical = q.canonical() && h.canonical();
    boolean cropGrid = q.cropProbe();
    int limit =
        canonical
            ? settings.canonicalRadius()
            : cropGrid ? settings.cropRadius() : settings.viewRadius();
    if (distance > limit) {
      return null;
    }
    if (canonical && centresDisagree(centreQ, centreH, distance, settings)) {
      return null;
    }
    String view =
        canonical
            ? "full/orig"
            : cropGrid ? "crop-grid/orig" : h.canonical() ? q.label() : h.label();
    Media.View a = queryIsA ? q : h;
    Media.View b = queryIsA ? h : q;
    return new Hit(
        a.frame(),
        a.seconds(),
        b.frame(),
        b.seconds(),
        distance,
        canonical,
        view,
        limit,
        a.label(),
        b.label());
  }

  /** Whether a view goes into the main index: every view but the crop grid's, of good quality. */
  static boolean indexed(Media.View v, GroupingSettings settings) {
    return v.indexed() && v.quality() >= settings.minQuality();
  }

  /** Whether a view goes into the crop anchors' index. */
  static boolean anchor(Media.View v, GroupingSettings settings) {
    return v.cropAnchor() && v.quality() >= settings.cropMinQuality();
  }

  /** Whether a view is looked up: the upright query views and the probes, of good quality. */
  static boolean looksUp(Media.View q, GroupingSettings settings) {
    return q.query() && q.quality() >= floor(q, settings);
  }

  /**
   * The indexed views near query view {@code q}: a probe among the anchors at the crop radius, the
   * whole upright picture exactly, okju's other views approximately.
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

  /** The central 80% upright view of each frame (of the image: frame 0) of {@code x}. */
  static Map<Long, Media.View> centres(Media x) {
    Map<Long, Media.View> byFrame = new HashMap<>();
    for (Media.View v : x.views()) {
      if (v.kind().equals("center-80") && v.orientation().equals("orig")) {
        byFrame.put(v.frame(), v);
      }
    }
    return byFrame;
  }

  /** The quality a view needs to be indexed or looked up. */
  private static int floor(Media.View v, GroupingSettings settings) {
    return v.cropAnchor() || v.cropProbe() ? settings.cropMinQuality() : settings.minQuality();
  }

  /**
   * Whether two pictures whose whole views matched {@code distance} apart cannot be one picture at
   * their centres: the central views are too far apart, or, for a match not already close, one is
   * too flat to say (its detail, and the match, lie in the margins, where a re-posting site's logo
   * and caption sit). A close match with flat centres stands: a re-encode of a dark frame with a
   * caption is still a copy. Pictures too small for a central view are not judged.
   */
  private static boolean centresDisagree(
      Media.View a, Media.View b, int distance, GroupingSettings settings) {
    if (a == null || b == null) {
      return false;
    }
    if (a.hash().distance(b.hash()) > settings.centreRadius()) {
      return true;
    }
    boolean flat = a.quality() < settings.minQuality() || b.quality() < settings.minQuality();
    return flat && distance > CLOSE_WHOLE_MATCH;
  }

  /**
   * Whole-picture distance at or below which flat centres do not veto a match: the stamped smooth
   * pictures of the tests matched at 28 and 30, re-encodes of one picture mostly within 10.
   */
  static final int CLOSE_WHOLE_MATCH = 12;
}
