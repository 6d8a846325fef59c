package org.okju.copies;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.okju.fingerprint.Dihedral;
import org.okju.fingerprint.PictureProfile;
import org.okju.fingerprint.PictureRegion;
import org.okju.fingerprint.PictureThumbnail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pairs of pictures that no view of theirs matched but whose {@link ThumbnailLayout}s are close:
 * candidates for a pixel comparison, which alone decides ({@link EdgeClassifier}). They find the
 * small, heavily compressed copies whose PDQ moved beyond every radius.
 *
 * <p>The layouts are read from the thumbnails at grouping time, a batch at a time, so only 63 bytes
 * a picture (twice for a picture with bars: its whole and its inside) stay in memory. Candidates
 * come from an index of the layouts cut into {@value #CHUNKS} chunks of four frequencies each (one
 * of the 16 lowest in every chunk): two layouts within {@link #RADIUS} of each other agree exactly
 * on at least one chunk. A chunk value shared by more than {@link #CROWDED} pictures (blank pages,
 * one app's screenshots) is not used: such pictures are left to their views, and the index stays
 * linear in the case's size.
 *
 * <p>Session 22: the same index over the layouts of four strips of each picture (the outer 30% at
 * each side, {@link #STRIPS}) finds candidates for a copy under a sticker or a censor box: a box of
 * up to 16% of the picture anywhere leaves at least one strip as it was (to cover all four it would
 * be more than 40% across and 40% down). Such a pair joins only when {@link OverlayComparison}
 * finds the two pictures one under an overlay ({@link PictureMatchPolicy#judgeOverlay}).
 */
final class LayoutPairs {
  /**
   * The view label of a layout hit; the hit's views say which regions were compared: the whole
   * pictures, or the insides of two pictures with bars.
   */
  static final String VIEW = "layout/orig";

  /** The view label of a strip's layout hit: a candidate for a copy under an overlay. */
  static final String OVERLAY_VIEW = "overlay/orig";

  /**
   * The view label of an overlay found after a view's match whose pixels the policy refused ({@link
   * #overlayHit}).
   */
  static final String OVERLAY_AFTER_MATCH_VIEW = "overlay-after-match/orig";

  /**
   * The second view of a mirrored strip's candidate (session 24): the second picture mirrored shows
   * the first ({@link OverlayJudgement} compares them so).
   */
  static final String MIRRORED_VIEW = "full/flipy";

  private static final double STRIP = 0.3;

  /**
   * The strips whose layouts find copies under an overlay: the outer 30% of the picture at its
   * left, right, top and bottom.
   */
  static final List<PictureRegion> STRIPS =
      List.of(
          new PictureRegion(0, 0, STRIP, 1),
          new PictureRegion(1 - STRIP, 0, 1, 1),
          new PictureRegion(0, 0, 1, STRIP),
          new PictureRegion(0, 1 - STRIP, 1, 1));

  /**
   * The largest layout distance of a candidate: {@value #CHUNKS} − 1, so that one chunk of any
   * candidate pair agrees exactly. On the development wallpapers a small compressed copy's layout
   * was at most 7 from its original's (copies/README.md).
   */
  static final int RADIUS = 15;

  static final int CHUNKS = 16;

  /** Pictures above which a chunk value is too common to look candidates up by. */
  static final int CROWDED = 64;

  /** Thumbnails read at once. */
  private static final int BATCH = 1024;

  private static final Logger LOG = LoggerFactory.getLogger(LayoutPairs.class);

  private LayoutPairs() {}

  /**
   * Adds to {@code pairs} (keyed {@code a * n + b}, {@code a < b}, as {@link PairFinder} keys them)
   * a layout hit for each pair of media satisfying {@code eligible} whose layouts are within {@link
   * #RADIUS} and which has no hit yet, a hit for each pair whose crop grids lie within {@link
   * #WIDE_GRID_RADIUS}, and one for each pair that only its tones propose ({@link TonePairs}); the
   * grids read from {@code views}, the table {@link PairFinder} read ({@code media}'s views, media
   * {@code i} being its media {@code i}) at {@code settings}' quality floor.
   */
  static void add(
      ViewTable views,
      List<Media> media,
      IntPredicate eligible,
      ThumbnailSource thumbnails,
      Map<Long, List<PairFinder.Hit>> pairs,
      GroupingSettings settings) {
    ToneHistogram[] tones = new ToneHistogram[media.size()];
    ThumbnailLayout[][] layouts = layouts(media, eligible, thumbnails, tones);
    PictureRegion[] boxes = new PictureRegion[media.size()];
    for (int i = 0; i < boxes.length; i++) {
      boxes[i] = region(media.get(i));
    }
    Map<Long, List<PairFinder.Hit>> found = new HashMap<>();
    // Two pictures that both have bars compare inside them, first. Unless their bars are the same
    // (the bars of two letterboxed wallpapers were most of their layouts, and their pixels
    // agreed), any two compare whole too: a heavily compressed copy's blocks can make bars of a
    // flat edge its original does not have, or move the box round an object on a plain ground, so
    // that the insides show different content (a vector photo on a ground: its insides' layouts
    // were close, their pixels not; the wholes' pixels agreed).
    pair(layouts[BOXED], (a, b) -> true, VIEW, CONTENT, media, pairs, found);
    pair(
        layouts[WHOLE_PICTURE],
        (a, b) -> !sameBars(boxes[a], boxes[b]),
        VIEW,
        Edge.WHOLE,
        media,
        pairs,
        found);
    // A strip in common: compared whole, for an overlay elsewhere (one hit a pair).
    for (int s = 0; s < STRIPS.size(); s++) {
      pair(layouts[FIRST_STRIP + s], (a, b) -> true, OVERLAY_VIEW, Edge.WHOLE, media, pairs, found);
    }
    // A strip of one in common with the same strip of the other mirrored (session 24): a copy
    // mirrored and then covered. Mirroring is its own inverse, so the second picture mirrored
    // shows the first whichever of the two was mirrored.
    for (int s = 0; s < STRIPS.size(); s++) {
      pairAcross(
          layouts[FIRST_STRIP + s],
          layouts[FIRST_MIRRORED + s],
          MIRRORED_VIEW,
          n(media),
          pairs,
          found);
    }
    // A strip of one in common with the same strip of the other cropped by INSET a side (session
    // 24): a copy cropped by up to twice that a side and then covered, whose own strips moved
    // beyond the radius (a vector photo's: 18-31, with the inset 8-18). Session 27: within the
    // wider INSET_RADIUS, on two strips, for a copy cropped unevenly.
    for (int s = 0; s < STRIPS.size(); s++) {
      pairInset(layouts, s, n(media), pairs, found);
    }
    int byLayouts = found.size();
    pairWideGrid(views, media, eligible, settings, pairs, found);
    int byGrid = found.size();
    pairTones(tones, n(media), pairs, found);
    LOG.debug(
        "layout candidates: {}, {} by the crop grid's wider radius, {} by tones",
        byLayouts,
        byGrid - byLayouts,
        found.size() - byGrid);
    pairs.putAll(found);
  }

  /**
   * The largest distance of a crop probe of one layout-eligible picture from a crop anchor of
   * another for a candidate (session 31, second look), wider than the grid's own radius (36): a
   * copy cropped unevenly and then covered by a box, on a dense texture (a field of flowers,
   * grass), moves every strip's layout beyond {@link #INSET_RADIUS}, but its crop probes stay 46-48
   * from its photo's anchors, while unrelated photos' lie 80 and more apart (copies/README.md).
   */
  static final int WIDE_GRID_RADIUS = 48;

  /**
   * The substrings the wider join cuts hashes into: 32 of 8 bits, the most the split allows. Two
   * hashes 46 apart seldom agree on a whole substring of 16 bits (the grid's own split), as a pair
   * must for the join to meet it.
   */
  static final int WIDE_GRID_SUBSTRINGS = 32;

  /**
   * The most layout-eligible pictures joined with {@link #WIDE_GRID_SUBSTRINGS}; above, the grid's
   * own split. A bucket of 8 bits holds a 256th of the probes, so that join grows with the square
   * of the pictures (an estimate, not measured: about 166 hash comparisons per pair of pictures,
   * some 0.7 billion at 2,048, a second or two), where the grid's own split stays near linear and
   * finds fewer pairs.
   */
  static final int FINE_SPLIT_UP_TO = 2048;

  /**
   * The candidate pairs of layout-eligible pictures ({@code eligible}) whose crop probe and crop
   * anchor lie within {@link #WIDE_GRID_RADIUS}: the crop grid's join over those pictures only, at
   * the wider radius. Pairs within the grid's own radius are candidates already.
   */
  private static void pairWideGrid(
      ViewTable table,
      List<Media> media,
      IntPredicate eligible,
      GroupingSettings settings,
      Map<Long, List<PairFinder.Hit>> pairs,
      Map<Long, List<PairFinder.Hit>> found) {
    boolean[] included = new boolean[media.size()];
    int count = 0;
    for (int i = 0; i < included.length; i++) {
      included[i] = eligible.test(i);
      count += included[i] ? 1 : 0;
    }
    if (count < 2) {
      return;
    }
    long n = n(media);
    for (PairFinder.RawHit r :
        CropGridJoin.SUBSTRING_TABLES.join(
            table,
            settings,
            WIDE_GRID_RADIUS,
            count <= FINE_SPLIT_UP_TO ? WIDE_GRID_SUBSTRINGS : 0,
            m -> included[m])) {
      int a = table.mediaOf(r.query());
      int b = table.mediaOf(r.found());
      long key = Math.min(a, b) * n + Math.max(a, b);
      if (!pairs.containsKey(key)) {
        addOnce(found, key, overlayCandidate(r.distance(), WIDE_GRID_RADIUS, Edge.WHOLE));
      }
    }
  }

  /**
   * The candidate pairs whose tones are close ({@link TonePairs}) and that no other stage proposed:
   * a copy cropped unevenly under a box on a dense pattern, which no layout and no crop probe finds
   * (session 33).
   */
  private static void pairTones(
      ToneHistogram[] tones,
      long n,
      Map<Long, List<PairFinder.Hit>> pairs,
      Map<Long, List<PairFinder.Hit>> found) {
    for (TonePairs.Pair p : TonePairs.within(tones)) {
      long key = p.a() * n + p.b();
      if (!pairs.containsKey(key) && !found.containsKey(key)) {
        found.put(key, List.of(overlayCandidate(p.distance(), TonePairs.RADIUS, Edge.WHOLE)));
      }
    }
  }

  private static long n(List<Media> media) {
    return media.size();
  }

  /**
   * The candidate pairs whose upright strip ({@code upright}) and other strip ({@code mirrored}:
   * the same strip of the mirrored picture) are within {@link #RADIUS}: the index of {@link #pair}
   * over both sets at once, a pair counted only across them. The hit's second view is {@code
   * secondView}.
   */
  private static void pairAcross(
      ThumbnailLayout[] upright,
      ThumbnailLayout[] mirrored,
      String secondView,
      long n,
      Map<Long, List<PairFinder.Hit>> pairs,
      Map<Long, List<PairFinder.Hit>> found) {
    bucketAcross(
        upright,
        mirrored,
        n,
        pairs,
        (p, q, key) -> {
          int d = upright[p].distanceWithin(mirrored[q], RADIUS);
          if (d <= RADIUS) {
            addOnce(found, key, overlayCandidate(d, RADIUS, secondView));
          }
        });
  }

  /**
   * The candidate pairs with strip {@code s} of one picture and the same inset strip of the other
   * within {@link #INSET_RADIUS}, when a second strip of the two is within it too ({@link
   * #INSET_STRIPS}): the index of {@link #pair} over both sets at once, a pair counted only across
   * them.
   */
  private static void pairInset(
      ThumbnailLayout[][] layouts,
      int s,
      long n,
      Map<Long, List<PairFinder.Hit>> pairs,
      Map<Long, List<PairFinder.Hit>> found) {
    ThumbnailLayout[] upright = layouts[FIRST_STRIP + s];
    ThumbnailLayout[] inset = layouts[FIRST_INSET + s];
    bucketAcross(
        upright,
        inset,
        n,
        pairs,
        (p, q, key) -> {
          int d = upright[p].distanceWithin(inset[q], INSET_RADIUS);
          // Within RADIUS one strip suffices, as it does for the upright strips (session 31);
          // only the wider INSET_RADIUS asks for a second.
          if (d <= RADIUS
              || (d <= INSET_RADIUS && insetStripsWithin(layouts, p, q) >= INSET_STRIPS)) {
            addOnce(found, key, overlayCandidate(d, INSET_RADIUS, Edge.WHOLE));
          }
        });
  }

  /** A pair of pictures met across two sets of layouts: {@code first}'s and {@code second}'s. */
  private interface AcrossPair {
    void accept(int first, int second, long key);
  }

  /**
   * Calls {@code onPair} for each pair of different pictures whose layout in {@code first} shares a
   * bucket with the other's layout in {@code second} (the index of {@link #pair} over both sets at
   * once, a pair counted only across them) and that is not a candidate already.
   */
  private static void bucketAcross(
      ThumbnailLayout[] first,
      ThumbnailLayout[] second,
      long n,
      Map<Long, List<PairFinder.Hit>> pairs,
      AcrossPair onPair) {
    int count = first.length;
    ThumbnailLayout[] both = new ThumbnailLayout[2 * count];
    System.arraycopy(first, 0, both, 0, count);
    System.arraycopy(second, 0, both, count, count);
    bucketPairs(
        both,
        (p, q) -> {
          // Sorted by index within a bucket: p < q, so one of the first set and one of the second.
          if (p >= count || q < count || q - count == p) {
            return;
          }
          int a = Math.min(p, q - count);
          int b = Math.max(p, q - count);
          long key = a * n + b;
          if (!pairs.containsKey(key)) {
            onPair.accept(p, q - count, key);
          }
        });
  }

  /**
   * How many of the four strips of picture {@code whole} lie within {@link #INSET_RADIUS} of the
   * same inset strip of picture {@code inset}.
   */
  private static int insetStripsWithin(ThumbnailLayout[][] layouts, int whole, int inset) {
    int within = 0;
    for (int k = 0; k < STRIPS.size(); k++) {
      ThumbnailLayout w = layouts[FIRST_STRIP + k][whole];
      ThumbnailLayout i = layouts[FIRST_INSET + k][inset];
      if (w != null && i != null && w.distanceWithin(i, INSET_RADIUS) <= INSET_RADIUS) {
        within++;
      }
    }
    return within;
  }

  private static final int FIRST_STRIP = 2;

  private static final int FIRST_MIRRORED = FIRST_STRIP + 4;

  private static final int FIRST_INSET = FIRST_MIRRORED + 4;

  /** The crop a side of the inset strips: half the bench's largest crop of a side. */
  static final double INSET = 0.05;

  /**
   * The largest layout distance of an inset strip's candidate (session 27), wider than {@link
   * #RADIUS}: the inset is the middle of the crops it stands for (0-10% a side, each side drawn
   * apart), so a copy cropped unevenly lies further from it than one cropped evenly. Of the
   * development copies under a box that no stage proposed (7 of 120), each had an inset strip 17-24
   * from the other picture's strip and none within {@link #RADIUS}. Two layouts this far apart may
   * share no chunk of the index, so it finds some such pairs, not all: a candidate finder, and the
   * overlay comparison still decides.
   */
  static final int INSET_RADIUS = 24;

  /**
   * How many of the four strips must lie within {@link #INSET_RADIUS} of the other picture's inset
   * strips: one strip this far from another picture's is common between unrelated pictures (on a
   * case of 2,386 unrelated pictures, 159 of them paired by layout, one strip gave 2,455 more
   * candidates, more than doubling them; two strips give 811). Of the seven development copies
   * above, two strips were within for four.
   */
  static final int INSET_STRIPS = 2;

  /** {@code strip} of the picture cropped by {@link #INSET} a side, in shares of the whole. */
  static PictureRegion inset(PictureRegion strip) {
    double scale = 1 - 2 * INSET;
    return new PictureRegion(
        INSET + strip.x0() * scale,
        INSET + strip.y0() * scale,
        INSET + strip.x1() * scale,
        INSET + strip.y1() * scale);
  }

  /** The strip of a picture that its mirror's strip {@code s} shows: left and right swap. */
  private static final int[] MIRRORED_STRIP = {1, 0, 2, 3};

  private static final int WHOLE_PICTURE = 0;
  private static final int BOXED = 1;

  /** The candidate pairs {@code (a, b)} among {@code layouts} for which {@code compared} holds. */
  private static void pair(
      ThumbnailLayout[] layouts,
      java.util.function.BiPredicate<Integer, Integer> compared,
      String label,
      String view,
      List<Media> media,
      Map<Long, List<PairFinder.Hit>> pairs,
      Map<Long, List<PairFinder.Hit>> found) {
    long n = media.size();
    bucketPairs(
        layouts,
        (a, b) -> {
          int d = layouts[a].distanceWithin(layouts[b], RADIUS);
          long key = a * n + b;
          if (d <= RADIUS && !pairs.containsKey(key) && compared.test(a, b)) {
            addOnce(found, key, hit(d, label, view));
          }
        });
  }

  /** Receives two indices of a bucket, the lower first. */
  private interface IndexPair {
    void accept(int lower, int higher);
  }

  /**
   * Gives {@code onPair} every two layouts (by index, the lower first) that share the value of one
   * of their chunks, in buckets of at most {@link #CROWDED}: a pair is met again in every chunk its
   * layouts share.
   */
  private static void bucketPairs(ThumbnailLayout[] layouts, IndexPair onPair) {
    int[] present = IntStream.range(0, layouts.length).filter(i -> layouts[i] != null).toArray();
    long[] byKey = new long[present.length];
    for (int c = 0; c < CHUNKS; c++) {
      // The pictures sorted by this chunk's value; a run of one value is a bucket.
      for (int k = 0; k < present.length; k++) {
        byKey[k] = ((long) key(layouts[present[k]], c) << 32) | present[k];
      }
      Arrays.sort(byKey);
      int start = 0;
      while (start < byKey.length) {
        int end = start + 1;
        while (end < byKey.length && byKey[end] >>> 32 == byKey[start] >>> 32) {
          end++;
        }
        if (end - start >= 2 && end - start <= CROWDED) {
          for (int x = start; x < end; x++) {
            for (int y = x + 1; y < end; y++) {
              onPair.accept((int) byKey[x], (int) byKey[y]);
            }
          }
        }
        start = end;
      }
    }
  }

  /**
   * Adds {@code hit} to the pair's hits unless it has one of the same regions already (a pair is
   * met again in every chunk its layouts share). A pair may hold both regions' hits, insides first:
   * the pixel comparison tries them in turn.
   */
  private static void addOnce(Map<Long, List<PairFinder.Hit>> found, long key, PairFinder.Hit hit) {
    List<PairFinder.Hit> hits = found.get(key);
    if (hits == null) {
      found.put(key, List.of(hit));
    } else if (hits.stream()
        .noneMatch(
            h ->
                h.view().equals(hit.view())
                    && h.viewA().equals(hit.viewA())
                    && h.viewB().equals(hit.viewB()))) {
      List<PairFinder.Hit> both = new ArrayList<>(hits);
      both.add(hit);
      found.put(key, List.copyOf(both));
    }
  }

  /** Whether {@code hit} is a layout hit. */
  static boolean layout(PairFinder.Hit hit) {
    return hit.view().equals(VIEW);
  }

  /** Whether {@code hit} is a strip's layout hit: a candidate for a copy under an overlay. */
  static boolean overlay(PairFinder.Hit hit) {
    return hit.view().equals(OVERLAY_VIEW) || hit.view().equals(OVERLAY_AFTER_MATCH_VIEW);
  }

  /**
   * An overlay hit that a view's match found ({@code refused}, whose pixels the policy refused),
   * not a strip's layout: its views are the match's.
   */
  static PairFinder.Hit overlayHit(PairFinder.Hit refused) {
    return new PairFinder.Hit(
        0,
        0,
        0,
        0,
        refused.distance(),
        false,
        OVERLAY_AFTER_MATCH_VIEW,
        refused.threshold(),
        refused.viewA(),
        refused.viewB());
  }

  /** Whether an overlay hit came from a strip's layout (not from a view's refused match). */
  static boolean byStrip(PairFinder.Hit hit) {
    return hit.view().equals(OVERLAY_VIEW);
  }

  /**
   * A candidate for an overlay found by strips or by the wider grid: the whole picture against the
   * other's {@code secondView}, {@code distance} apart within {@code threshold}.
   */
  private static PairFinder.Hit overlayCandidate(int distance, int threshold, String secondView) {
    return new PairFinder.Hit(
        0, 0, 0, 0, distance, false, OVERLAY_VIEW, threshold, Edge.WHOLE, secondView);
  }

  private static PairFinder.Hit hit(int distance, String label, String view) {
    return new PairFinder.Hit(0, 0, 0, 0, distance, false, label, RADIUS, view, view);
  }

  private static final String CONTENT = "content/orig";

  /**
   * How far (a share of the side) two boxes' edges may lie apart and still be the same bars: two
   * pictures letterboxed alike have the same box to the sample, while a small compressed copy's box
   * round a photo on a plain ground moved by 3-9% of the side (the vectors' photos, two
   * wallpapers). The bars of a letterboxed photo's small compressed copy moved by up to 6%; such a
   * pair is compared inside first, as before.
   */
  static final double SAME_BARS = 0.03;

  /** Whether both pictures have bars, and the same ones. */
  static boolean sameBars(PictureRegion a, PictureRegion b) {
    return !a.equals(PictureRegion.WHOLE)
        && !b.equals(PictureRegion.WHOLE)
        && Math.abs(a.x0() - b.x0()) <= SAME_BARS
        && Math.abs(a.y0() - b.y0()) <= SAME_BARS
        && Math.abs(a.x1() - b.x1()) <= SAME_BARS
        && Math.abs(a.y1() - b.y1()) <= SAME_BARS;
  }

  private static PictureRegion region(Media m) {
    return m.profile().map(PictureProfile::content).orElse(PictureRegion.WHOLE);
  }

  /**
   * Every eligible picture's layouts: {@code [WHOLE_PICTURE][i]} of the whole, {@code [BOXED][i]}
   * of the picture inside its bars when it has some (else null), {@code [FIRST_STRIP + s][i]} of
   * strip {@code s}; null for a flat one.
   */
  private static ThumbnailLayout[][] layouts(
      List<Media> media, IntPredicate eligible, ThumbnailSource thumbnails, ToneHistogram[] tones) {
    ThumbnailLayout[][] out = new ThumbnailLayout[FIRST_INSET + STRIPS.size()][media.size()];
    Map<Long, Integer> batch = new HashMap<>();
    for (int i = 0; i < media.size(); i++) {
      if (eligible.test(i)) {
        batch.put(media.get(i).item(), i);
        if (batch.size() == BATCH) {
          read(media, batch, thumbnails, out, tones);
        }
      }
    }
    read(media, batch, thumbnails, out, tones);
    return out;
  }

  private static void read(
      List<Media> media,
      Map<Long, Integer> batch,
      ThumbnailSource thumbnails,
      ThumbnailLayout[][] out,
      ToneHistogram[] tones) {
    if (batch.isEmpty()) {
      return;
    }
    for (Map.Entry<Long, PictureThumbnail> t : thumbnails.thumbnails(batch.keySet()).entrySet()) {
      int i = batch.get(t.getKey());
      ThumbnailLayout whole = ThumbnailLayout.of(t.getValue());
      if (!whole.flat()) {
        out[WHOLE_PICTURE][i] = whole;
        tones[i] = ToneHistogram.of(t.getValue());
      }
      for (int s = 0; s < STRIPS.size(); s++) {
        ThumbnailLayout strip = ThumbnailLayout.of(t.getValue(), STRIPS.get(s));
        if (!strip.flat()) {
          out[FIRST_STRIP + s][i] = strip;
        }
        // Strip s of the mirrored picture: the mirrored side's strip (left and right swap).
        ThumbnailLayout mirrored =
            ThumbnailLayout.of(t.getValue(), STRIPS.get(MIRRORED_STRIP[s]), Dihedral.FLIP_Y);
        if (!mirrored.flat()) {
          out[FIRST_MIRRORED + s][i] = mirrored;
        }
        ThumbnailLayout inset = ThumbnailLayout.of(t.getValue(), inset(STRIPS.get(s)));
        if (!inset.flat()) {
          out[FIRST_INSET + s][i] = inset;
        }
      }
      PictureRegion content = region(media.get(i));
      if (!content.equals(PictureRegion.WHOLE)) {
        ThumbnailLayout inside = ThumbnailLayout.of(t.getValue(), content);
        if (!inside.flat()) {
          out[BOXED][i] = inside;
        }
      }
    }
    batch.clear();
  }

  /**
   * Chunk {@code c}: frequencies c, c + 16, c + 32 and c + 48, base {@link ThumbnailLayout#LEVELS}.
   */
  private static int key(ThumbnailLayout layout, int c) {
    int key = 0;
    for (int f = c; f < ThumbnailLayout.FREQUENCIES; f += CHUNKS) {
      key = key * ThumbnailLayout.LEVELS + layout.level(f);
    }
    return key;
  }
}
