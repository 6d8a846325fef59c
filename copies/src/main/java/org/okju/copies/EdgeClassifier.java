package org.okju.copies;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.okju.fingerprint.PictureProfile;
import org.okju.fingerprint.PictureRegion;
import org.okju.fingerprint.PictureThumbnail;

/**
 * Decides, for each pair of media with matching views, what one is to the other. A pair with a
 * low-information picture is decided by the {@link PictureMatchPolicy} (a pixel comparison of the
 * matched regions); the pairs it refuses are kept ({@link #refused}) so that they are not joined
 * through a third picture either.
 */
final class EdgeClassifier {
  private final List<Media> media;
  private final GroupingSettings settings;
  private final PictureMatchPolicy policy;
  private final ThumbnailSource thumbnailSource;
  private final PictureMatchPolicy.Information[] information;

  /** Whether each medium is a picture inside a frame: {@link #throughFramedPictures}. */
  private final boolean[] framed;

  /** Framed on two sides or more: an app's screenshot, a meme's captions above and below. */
  private final boolean[] framedRound;

  private final VideoPairClassifier videos;
  private final Set<Long> refused = new HashSet<>();
  private Map<Long, PictureThumbnail> thumbnails = Map.of();

  EdgeClassifier(List<Media> media, GroupingSettings settings) {
    this(media, settings, PictureMatchPolicy.DEFAULT, ThumbnailSource.NONE);
  }

  EdgeClassifier(
      List<Media> media,
      GroupingSettings settings,
      PictureMatchPolicy policy,
      ThumbnailSource thumbnailSource) {
    this.media = media;
    this.settings = settings;
    this.policy = policy;
    this.thumbnailSource = thumbnailSource;
    this.information = new PictureMatchPolicy.Information[media.size()];
    this.framed = new boolean[media.size()];
    this.framedRound = new boolean[media.size()];
    for (int i = 0; i < media.size(); i++) {
      Media m = media.get(i);
      framed[i] = !m.video() && m.profile().map(PictureProfile::framed).orElse(false);
      framedRound[i] = framed[i] && sidesCut(m.profile().get().content()) >= 2;
      information[i] =
          m.video()
              ? PictureMatchPolicy.Information.ORDINARY
              : policy.information(
                  new PictureMatchPolicy.Picture(m.profile(), m.quality(), Optional.empty()));
    }
    this.videos = new VideoPairClassifier(media, settings);
  }

  List<Edge> edges(Map<Long, List<PairFinder.Hit>> pairs) {
    List<Edge> out = new ArrayList<>();
    Map<String, Integer> firstBySha = new HashMap<>();
    Set<Long> identical = new HashSet<>();
    long n = media.size();
    for (int i = 0; i < media.size(); i++) {
      Integer first = firstBySha.putIfAbsent(media.get(i).sha256(), i);
      if (first != null) {
        Map<String, Object> ev = new LinkedHashMap<>();
        ev.put("sha256", media.get(i).sha256());
        out.add(new Edge(first, i, Edge.Kind.SYMMETRIC, "identical", ev, Double.MAX_VALUE));
        identical.add(first * n + i);
      }
    }
    // The thumbnails of the pictures in pairs the policy will compare pixel by pixel.
    Set<Long> needed = new HashSet<>();
    for (long key : pairs.keySet()) {
      int a = (int) (key / n);
      int b = (int) (key % n);
      if (!media.get(a).video()
          && !media.get(b).video()
          && (!(ordinary(a) && ordinary(b)) || byThumbnailsOnly(pairs.get(key)))) {
        needed.add(media.get(a).item());
        needed.add(media.get(b).item());
      }
    }
    thumbnails = needed.isEmpty() ? Map.of() : thumbnailSource.thumbnails(needed);
    pairs.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e -> {
              if (identical.contains(e.getKey())) {
                return;
              }
              int a = (int) (e.getKey() / n);
              int b = (int) (e.getKey() % n);
              List<PairFinder.Hit> hits = throughFramedPictures(a, b, e.getValue());
              Edge edge = hits.isEmpty() ? null : classify(a, b, hits);
              if (edge != null) {
                out.add(edge);
              } else if ((!media.get(a).video() || !media.get(b).video())
                  && !byThumbnailsOnly(e.getValue())) {
                // A layout or overlay candidate whose pixels were not close enough for a join on
                // thumbnails alone may still be one picture through a third: it is no evidence
                // against.
                refused.add(e.getKey());
              }
            });
    return out;
  }

  /**
   * Between two framed pictures (each inside an app's screenshot or a meme's captions), the hits
   * that see both insides: their {@code content} views. Their other views see the frames too, and
   * every screenshot of one app shares that frame: two of them, showing different photos, matched
   * through it. A framed picture and an unframed one keep every hit: the unframed one has no such
   * frame to share, and a meme's whole picture, mostly its photo, still finds the photo when the
   * box missed one of its bands. (Keeping only the framed one's insides against an unframed picture
   * mostly of one colour, an unboxed screenshot, was tried: once dark pictures got their boxes, it
   * only lost a meme of a flat wallpaper.)
   */
  private List<PairFinder.Hit> throughFramedPictures(int a, int b, List<PairFinder.Hit> hits) {
    if (!framed[a] || !framed[b]) {
      return hits;
    }
    List<PairFinder.Hit> out = new ArrayList<>(hits.size());
    for (PairFinder.Hit h : hits) {
      if (h.viewA().startsWith(CONTENT_VIEW) && h.viewB().startsWith(CONTENT_VIEW)) {
        out.add(h);
      }
    }
    return out;
  }

  private static final String CONTENT_VIEW = "content/";

  private Edge classify(int a, int b, List<PairFinder.Hit> hits) {
    Media ma = media.get(a);
    Media mb = media.get(b);
    if (!ma.video() && !mb.video()) {
      PairFinder.Hit best = judged(a, b, hits);
      if (best == null) {
        return null;
      }
      Map<String, Object> ev = PictureHitEvidence.of(best);
      ev.putAll(lastJudgement);
      return new Edge(
          a,
          b,
          Edge.Kind.SYMMETRIC,
          best.canonical() || LayoutPairs.layout(best) ? "re-encoded" : "transformed",
          ev,
          LayoutPairs.layout(best)
              ? LAYOUT_WEIGHT - best.distance()
              : LayoutPairs.overlay(best)
                  ? OVERLAY_WEIGHT - best.distance()
                  : 256 - best.distance(),
          false,
          best.viewA(),
          best.viewB());
    }
    if (ma.video() != mb.video()) {
      PairFinder.Hit best = judged(a, b, hits);
      if (best == null) {
        return null;
      }
      Map<String, Object> ev = PictureHitEvidence.of(best);
      ev.putAll(lastJudgement);
      ev.put("frameSeconds", round(ma.video() ? best.secondsA() : best.secondsB()));
      return ma.video()
          ? new Edge(
              a,
              b,
              Edge.Kind.STILL,
              "still",
              ev,
              256 - best.distance(),
              false,
              best.viewA(),
              best.viewB())
          : new Edge(
              b,
              a,
              Edge.Kind.STILL,
              "still",
              ev,
              256 - best.distance(),
              false,
              best.viewB(),
              best.viewA());
    }
    return videos.classify(a, b, hits);
  }

  /**
   * Whether a pair was found by layouts alone ({@link LayoutPairs}: of the whole pictures, their
   * insides or a strip): no view matched, so their pixels decide whatever the pictures'
   * information.
   */
  private static boolean byThumbnailsOnly(List<PairFinder.Hit> hits) {
    return hits.stream().allMatch(h -> LayoutPairs.layout(h) || LayoutPairs.overlay(h));
  }

  // One rule names a pair of pictures: when the whole upright pictures match within their radius
  // the copy is "re-encoded" (resized, recompressed, recoloured: the same picture), whatever other
  // view came closer; only a pair that needed a flip, a box or a crop view is "transformed". Taking
  // the closest view first labelled the same plain resize "transformed (center-80)" in one tape and
  // "re-encoded" in another.
  private static final Comparator<PairFinder.Hit> CLOSEST_FIRST =
      Comparator.comparing((PairFinder.Hit h) -> !h.canonical())
          .thenComparingInt(PairFinder.Hit::distance)
          .thenComparing(PairFinder.Hit::view)
          .thenComparing(PairFinder.Hit::viewA)
          .thenComparing(PairFinder.Hit::viewB);

  // What the policy measured for the last pair judged (this class is used by one thread).
  private Map<String, Object> lastJudgement = Map.of();

  /**
   * The hit a pair of pictures (or a picture and a video frame) rests on: the closest, when both
   * are ordinary; else the one the picture policy accepts, or null when it accepts none.
   */
  private PairFinder.Hit judged(int a, int b, List<PairFinder.Hit> hits) {
    lastJudgement = Map.of();
    if (byThumbnailsOnly(hits)) {
      // The insides of two pictures with bars first, then the wholes, then an overlay (LayoutPairs
      // adds them in that order).
      for (PairFinder.Hit hit : hits) {
        PictureMatchPolicy.Decision d =
            LayoutPairs.overlay(hit)
                ? policy.judgeOverlay(picture(a), picture(b), hit.viewMatch())
                : policy.judgePixels(picture(a), picture(b), hit.viewMatch());
        if (d.joins()) {
          lastJudgement = d.evidence();
          return hit;
        }
      }
      return null;
    }
    if (ordinary(a) && ordinary(b)) {
      return hits.stream().min(CLOSEST_FIRST).orElseThrow();
    }
    List<PairFinder.Hit> sorted = new ArrayList<>(hits);
    sorted.sort(CLOSEST_FIRST);
    List<PictureMatchPolicy.ViewMatch> matches = new ArrayList<>(sorted.size());
    sorted.forEach(h -> matches.add(h.viewMatch()));
    PictureMatchPolicy.Decision d = policy.judge(picture(a), picture(b), matches);
    if (!d.joins()) {
      return overlayAfterRefusedMatch(a, b, sorted.get(0));
    }
    lastJudgement = d.evidence();
    return sorted.get(matches.indexOf(d.match().orElseThrow()));
  }

  /**
   * Thumbnails fetched for checks through a member (ordinary pictures' thumbnails are not loaded up
   * front): a bounded cache, since tapes are built one group at a time.
   */
  private final Map<Long, PictureThumbnail> fetched =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, PictureThumbnail> eldest) {
          return size() > FETCHED_THUMBNAILS;
        }
      };

  /** Thumbnails kept for checks through a member: about 80 MiB. */
  static final int FETCHED_THUMBNAILS = 20_000;

  private void fetchThumbnails(List<Integer> indices) {
    List<Long> missing = new ArrayList<>();
    for (int i : indices) {
      long item = media.get(i).item();
      if (!thumbnails.containsKey(item) && !fetched.containsKey(item)) {
        missing.add(item);
      }
    }
    if (!missing.isEmpty()) {
      fetched.putAll(thumbnailSource.thumbnails(missing));
    }
  }

  private PictureMatchPolicy.Picture picture(int i) {
    Media m = media.get(i);
    if (m.video()) {
      return new PictureMatchPolicy.Picture(Optional.empty(), 100, Optional.empty());
    }
    PictureThumbnail t = thumbnails.get(m.item());
    return new PictureMatchPolicy.Picture(
        m.profile(), m.quality(), Optional.ofNullable(t != null ? t : fetched.get(m.item())));
  }

  /**
   * The overlay hit of two still pictures whose views matched but whose pixels the policy refused,
   * when one is the other under a sticker or a box ({@link PictureMatchPolicy#judgeOverlay}); else
   * null. A box makes a photo low-information (a large flat area), so its PDQ match is judged by
   * the pixels, which the box fails; the strip layouts never look at a pair a view found (a
   * development vector photo's box copy was missed so). The match is the candidate, and the overlay
   * check decides, as for a strip's layout.
   */
  private PairFinder.Hit overlayAfterRefusedMatch(int a, int b, PairFinder.Hit refused) {
    if (!comparableByLayout(a) || !comparableByLayout(b)) {
      return null;
    }
    PairFinder.Hit hit = LayoutPairs.overlayHit(refused);
    PictureMatchPolicy.Decision d = policy.judgeOverlay(picture(a), picture(b), hit.viewMatch());
    if (!d.joins()) {
      return null;
    }
    lastJudgement = d.evidence();
    return hit;
  }

  /**
   * A pair found by layouts alone weighs less than any found by a view (the weakest is a crop probe
   * at {@link GroupingSettings#centreRadius} or less): it rests on the pixels, not on PDQ.
   */
  private static final int LAYOUT_WEIGHT = 256 - 64;

  /**
   * A pair found by a strip's layout and an overlay weighs less still: part of one picture is not
   * in the other.
   */
  private static final int OVERLAY_WEIGHT = LAYOUT_WEIGHT - 16;

  // How many sides of the picture its content box leaves out.
  private static int sidesCut(PictureRegion content) {
    int sides = 0;
    sides += content.x0() > 0 ? 1 : 0;
    sides += content.y0() > 0 ? 1 : 0;
    sides += content.x1() < 1 ? 1 : 0;
    sides += content.y1() < 1 ? 1 : 0;
    return sides;
  }

  /**
   * Whether picture {@code i} may be paired by its layout ({@link LayoutPairs}): a still picture
   * with a profile, not drawn (icons share layouts), with something in it, and of at least the crop
   * grid's quality floor ({@link GroupingSettings#cropMinQuality}): near-flat pictures (dark
   * frames, blank pages; PDQ quality 5 and 8 for two vector photos) are where normalised pixels say
   * least, and no bench measures their precision; a small compressed copy of a smooth wallpaper
   * falls below the views' floor of 50 (46) but not below 30. Not inside a frame on two sides or
   * more (every screenshot of one app shares the frame's layout; its inside has views of its own).
   * A picture framed on one side only is paired (session 36; two framed ones only through their
   * insides, as their views are, {@link #throughFramedPictures}): a copy cropped below a clear sky
   * over a straight horizon, or with a box at its top edge, leaves a plain band at one side that
   * {@code ScreenBox} takes for a caption, and kept out of every layout it lost its photo; pages of
   * a manuscript called framed by their border at one edge lost their copies alike. Of the 81
   * framed pictures of the large case of unrelated pictures none is framed on one side only (75 on
   * four).
   */
  boolean comparableByLayout(int i) {
    Media m = media.get(i);
    return !m.video()
        && !framedRound[i]
        && m.quality() >= settings.cropMinQuality()
        && policy.joinsByLayout(
            new PictureMatchPolicy.Picture(m.profile(), m.quality(), Optional.empty()));
  }

  boolean ordinary(int i) {
    return information[i] == PictureMatchPolicy.Information.ORDINARY;
  }

  /**
   * The pixel evidence that picture {@code x}, matched to member {@code m} through views {@code vx}
   * and {@code vm1}, is the picture {@code seed} that {@code m} matched through {@code vm2} and
   * {@code vs}; null when it does not agree (or cannot be compared).
   */
  Map<String, Object> throughMember(
      int x, String vx, String vm1, int m, String vm2, String vs, int seed) {
    if (media.get(x).video() || media.get(m).video() || media.get(seed).video()) {
      return null;
    }
    fetchThumbnails(List.of(x, m, seed));
    PictureMatchPolicy.Decision d =
        policy.judgeThrough(
            picture(x),
            new PictureMatchPolicy.ViewMatch(vx, vm1, 0, 0),
            picture(m),
            new PictureMatchPolicy.ViewMatch(vm2, vs, 0, 0),
            picture(seed));
    return d.joins() ? d.evidence() : null;
  }

  /** Pairs (keyed {@code a * n + b}) with matching views that the picture policy refused. */
  Set<Long> refused() {
    return refused;
  }

  static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
