package org.okju.copies;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.okju.index.HammingMatch;
import org.okju.index.MultiIndexHashIndex;
import org.okju.index.PackedHashes;

/**
 * Finds every pair of media with a view in common: one {@link MultiIndexHashIndex} over all views
 * of all media, looked up by each picture's (and each frame's) whole and content views.
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
   */
  record Hit(
      long frameA,
      double secondsA,
      long frameB,
      double secondsB,
      int distance,
      boolean canonical,
      String view,
      int threshold) {}

  private PairFinder() {}

  /** Hits per pair of media indices {@code (a, b)}, {@code a < b}, keyed by {@code a * n + b}. */
  static Map<Long, List<Hit>> find(List<Media> media, GroupingSettings settings) {
    PackedHashes.Builder b = PackedHashes.builder();
    List<int[]> owners = new ArrayList<>();
    for (int m = 0; m < media.size(); m++) {
      List<Media.View> views = media.get(m).views();
      for (int v = 0; v < views.size(); v++) {
        if (views.get(v).indexed() && views.get(v).quality() >= floor(views.get(v), settings)) {
          b.add(views.get(v).hash(), owners.size());
          owners.add(new int[] {m, v});
        }
      }
    }
    Map<Long, List<Hit>> pairs = new HashMap<>();
    if (owners.isEmpty()) {
      return pairs;
    }
    MultiIndexHashIndex index = MultiIndexHashIndex.build(b.build());
    int radius =
        Math.max(
            settings.cropRadius(), Math.max(settings.canonicalRadius(), settings.viewRadius()));
    List<Map<Long, Media.View>> centres = new ArrayList<>(media.size());
    for (Media x : media) {
      Map<Long, Media.View> byFrame = new HashMap<>();
      for (Media.View v : x.views()) {
        if (v.kind().equals("center-80") && v.orientation().equals("orig")) {
          byFrame.put(v.frame(), v);
        }
      }
      centres.add(byFrame);
    }
    long n = media.size();
    for (int m = 0; m < media.size(); m++) {
      for (Media.View q : media.get(m).views()) {
        if (!q.query() || q.quality() < floor(q, settings)) {
          continue;
        }
        for (HammingMatch match : index.query(q.hash(), radius)) {
          int[] owner = owners.get((int) match.id());
          if (owner[0] == m) {
            continue;
          }
          Media.View h = media.get(owner[0]).views().get(owner[1]);
          boolean canonical = q.canonical() && h.canonical();
          boolean cropGrid = q.cropProbe() && h.cropAnchor();
          if (cropGrid != (q.cropProbe() || h.cropAnchor())) {
            // The grid's views pair only with each other; their quality floor is their own.
            continue;
          }
          int limit =
              canonical
                  ? settings.canonicalRadius()
                  : cropGrid ? settings.cropRadius() : settings.viewRadius();
          if (match.distance() > limit) {
            continue;
          }
          if (canonical
              && centresDisagree(
                  centres.get(m).get(q.frame()), centres.get(owner[0]).get(h.frame()), settings)) {
            continue;
          }
          String view =
              canonical
                  ? "full/orig"
                  : cropGrid ? "crop-grid/orig" : h.canonical() ? q.label() : h.label();
          Hit hit =
              m < owner[0]
                  ? new Hit(
                      q.frame(),
                      q.seconds(),
                      h.frame(),
                      h.seconds(),
                      match.distance(),
                      canonical,
                      view,
                      limit)
                  : new Hit(
                      h.frame(),
                      h.seconds(),
                      q.frame(),
                      q.seconds(),
                      match.distance(),
                      canonical,
                      view,
                      limit);
          long key = Math.min(m, owner[0]) * n + Math.max(m, owner[0]);
          pairs.computeIfAbsent(key, k -> new ArrayList<>()).add(hit);
        }
      }
    }
    return pairs;
  }

  /** The quality a view needs to be indexed or looked up. */
  private static int floor(Media.View v, GroupingSettings settings) {
    return v.cropAnchor() || v.cropProbe() ? settings.cropMinQuality() : settings.minQuality();
  }

  /**
   * Whether two pictures whose whole views matched cannot be one picture at their centres: the
   * central views are too far apart, or one is too flat to say (its detail, and the match, lie in
   * the margins, where a re-posting site's logo and caption sit). Pictures too small for a central
   * view are not judged.
   */
  private static boolean centresDisagree(Media.View a, Media.View b, GroupingSettings settings) {
    if (a == null || b == null) {
      return false;
    }
    return a.quality() < settings.minQuality()
        || b.quality() < settings.minQuality()
        || a.hash().distance(b.hash()) > settings.centreRadius();
  }
}
