package org.okju.copies;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.okju.fingerprint.Dihedral;
import org.okju.fingerprint.PictureProfile;
import org.okju.fingerprint.PictureThumbnail;

/**
 * When a perceptual match between two pictures may say they are one picture: the one rule for copy
 * grouping, for hash-set matching ({@code okju match}) and for web sightings (the monitor calls the
 * same object), so that a partner's PDQ of a flat picture does not flood a case.
 *
 * <p>Pictures with little information (icons, logos, line art, text screenshots, flat gradients
 * with a stamp, anything with transparency PDQ does not see) lie close in PDQ space whatever they
 * show: two document icons that differ only in the glyph on the page matched at 10 bits, and
 * symbolic icons drawn in their alpha channel matched at 0. Their matches are believed only when a
 * pixel-level comparison of the matched regions agrees ({@link PixelComparison}, over {@link
 * PictureThumbnail}s); against a bare hash (a hash set, a partner's list) they need a much closer
 * hash; pictures with next to nothing in them (one colour, a few pixels) join only when pixel-
 * identical. The thresholds were measured with {@code okju bench copies --real} (copies/README.md).
 * Immutable and thread-safe.
 */
public final class PictureMatchPolicy {
  /** How much a picture's PDQ says about it. */
  public enum Information {
    /** A photo or video frame: PDQ matches count at the usual thresholds. */
    ORDINARY,
    /**
     * Few colours, large flat areas, transparency or a small size: matches need pixel agreement.
     */
    LOW,
    /** Next to nothing to compare: only identical bytes and pixel-identical pictures join. */
    NONE;

    /** The lower-case name used in evidence. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * The thresholds, frozen.
   *
   * @param lowTransparentShare a picture with at least this share (half-)transparent is LOW: PDQ
   *     reads its colour without alpha, so the shape a viewer sees may be invisible to the hash
   * @param lowSmoothShare at least this share of smooth blocks (flat or evenly shaded) is LOW
   *     (icons, line art, screenshots, gradients)
   * @param lowColours at most this many colours (5 bits a channel) is LOW
   * @param lowDominantShare at least this share in one colour is LOW (a background)
   * @param lowLongSide a long side of at most this many pixels is LOW (icons, emoji, thumbnails)
   * @param noneLongSide a long side below this is NONE (too small for PDQ to mean anything)
   * @param noneDominantShare at least this share in one colour (or transparent) is NONE
   * @param lowHashRadius the largest PDQ distance at which a LOW picture matches a bare hash
   * @param hiddenTransparentShare a LOW picture at least this transparent matches no bare hash:
   *     mostly transparent pictures (symbolic icons, line art) are drawn in their alpha channel,
   *     which PDQ does not read, and different ones matched at 0 bits through a shared badge
   * @param pixels the pixel comparison's limits
   * @param maxComparedMatches matched view pairs compared at most per picture pair, closest first
   * @param drawnUpright whether drawn pictures (low-information and small or transparent, {@link
   *     #drawn}) join only through upright views: re-posters flip and turn photos and videos, but
   *     of an arrow, a hand or a "redo" icon the mirror is another icon, and its pixels agree with
   *     the original's as well as a flipped copy's do
   */
  public record Settings(
      double lowTransparentShare,
      double lowSmoothShare,
      int lowColours,
      double lowDominantShare,
      int lowLongSide,
      int noneLongSide,
      double noneDominantShare,
      int lowHashRadius,
      double hiddenTransparentShare,
      PixelComparison.Limits pixels,
      int maxComparedMatches,
      boolean drawnUpright) {}

  /** The thresholds measured on the development icon theme (copies/README.md). */
  public static final Settings DEFAULT_SETTINGS =
      new Settings(
          0.02, 0.5, 24, 0.5, 128, 24, 0.97, 8, 0.6, PixelComparison.Limits.DEFAULT, 4, true);

  public static final PictureMatchPolicy DEFAULT = new PictureMatchPolicy(DEFAULT_SETTINGS);

  private final Settings settings;
  private final OverlayJudgement overlay = new OverlayJudgement(this);
  private final ChainedMatchJudgement chained = new ChainedMatchJudgement(this);

  public PictureMatchPolicy(Settings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  public Settings settings() {
    return settings;
  }

  /**
   * One side of a match: what is known of a picture.
   *
   * @param profile empty for a video frame or an image ingested before profiles existed (judged by
   *     its quality alone)
   * @param quality the PDQ quality of its whole picture
   * @param thumbnail for the pixel comparison; empty when not at hand
   */
  public record Picture(
      Optional<PictureProfile> profile, int quality, Optional<PictureThumbnail> thumbnail) {
    public Picture {
      Objects.requireNonNull(profile, "profile");
      Objects.requireNonNull(thumbnail, "thumbnail");
    }
  }

  /**
   * Two views that matched: {@code viewA} of the first picture, upright, and {@code viewB} of the
   * second in the orientation that matched, as {@code kind/orientation} labels ({@code
   * center-90/orig}, {@code full/flipx}, {@code crop-anchor-017/orig}).
   */
  public record ViewMatch(String viewA, String viewB, int distance, int threshold) {}

  /**
   * The decision on a pair.
   *
   * @param joins whether the match may join the two pictures
   * @param match the match it rests on (the closest that passed, else the closest compared)
   * @param evidence what was measured, for the member's evidence ({@code information}, the pixel
   *     comparison and its limits); empty for two ordinary pictures
   */
  public record Decision(boolean joins, Optional<ViewMatch> match, Map<String, Object> evidence) {
    public Decision {
      evidence = Map.copyOf(evidence);
    }
  }

  /** How much {@code picture}'s PDQ says. */
  public Information information(Picture picture) {
    if (picture.profile().isEmpty()) {
      return Information.ORDINARY;
    }
    PictureProfile p = picture.profile().get();
    if (p.longSide() < settings.noneLongSide()
        || p.dominantShare() >= settings.noneDominantShare()
        || p.colours() <= 1) {
      return Information.NONE;
    }
    if (p.transparentShare() >= settings.lowTransparentShare()
        || p.smoothShare() >= settings.lowSmoothShare()
        || p.colours() <= settings.lowColours()
        || p.dominantShare() >= settings.lowDominantShare()
        || p.longSide() <= settings.lowLongSide()) {
      return Information.LOW;
    }
    return Information.ORDINARY;
  }

  /**
   * Whether {@code picture} is drawn UI art (icons, logos, stickers, emoji) rather than a photo, a
   * wallpaper or a page: a low-information picture that is small or has transparency. Large opaque
   * pictures of few colours (flat-art wallpapers) are not: re-posters flip those like photos, and
   * refusing their flips lost 8 of their 27 edits in the wallpaper corpus.
   */
  public boolean drawn(Picture picture) {
    if (information(picture) == Information.ORDINARY) {
      return false;
    }
    PictureProfile p = picture.profile().get();
    return p.transparentShare() >= settings.lowTransparentShare()
        || p.longSide() <= settings.lowLongSide();
  }

  /** Whether a match between {@code a} and {@code b} must be upright to count. */
  boolean uprightOnly(Picture a, Picture b) {
    return settings.drawnUpright() && (drawn(a) || drawn(b));
  }

  /** Whether {@code m} compares both pictures the same way up (neither flipped nor turned). */
  private static boolean upright(ViewMatch m) {
    return orientation(m.viewA()) == orientation(m.viewB());
  }

  /**
   * The largest PDQ distance at which {@code picture} matches a bare hash (a hash set's entry, a
   * partner's list), where no pixel comparison is possible: {@code standardRadius} for an ordinary
   * picture, {@link Settings#lowHashRadius} for a low-information one, none for a picture with next
   * to nothing in it or drawn mostly in its transparency.
   */
  public OptionalInt hashOnlyRadius(Picture picture, int standardRadius) {
    return switch (information(picture)) {
      case ORDINARY -> OptionalInt.of(standardRadius);
      case NONE -> OptionalInt.empty();
      case LOW ->
          picture.profile().get().transparentShare() >= settings.hiddenTransparentShare()
              ? OptionalInt.empty()
              : OptionalInt.of(Math.min(standardRadius, settings.lowHashRadius()));
    };
  }

  /**
   * Whether {@code matches} (closest first, each within its own threshold) between pictures {@code
   * a} and {@code b} make them one picture.
   */
  public Decision judge(Picture a, Picture b, List<ViewMatch> matches) {
    if (matches.isEmpty()) {
      return new Decision(false, Optional.empty(), Map.of("reason", "no match"));
    }
    Information least = maxInformation(a, b);
    if (least == Information.ORDINARY) {
      return new Decision(true, Optional.of(matches.get(0)), Map.of());
    }
    Map<String, Object> evidence = new LinkedHashMap<>();
    evidence.put("information", least.label());
    // For drawn pictures, each match is compared the same way up: a match through a flipped or
    // turned view then counts only when the two regions also agree upright, which is the case for a
    // picture symmetric under that flip (an arrow pointing right is its own vertical mirror) and
    // not for a mirrored icon (go-first against go-last).
    boolean uprightOnly = uprightOnly(a, b);
    if (a.thumbnail().isEmpty()
        || b.thumbnail().isEmpty()
        || a.profile().isEmpty()
        || b.profile().isEmpty()) {
      // Nothing to compare pixels with (a video frame, an image from before profiles): the rule for
      // a bare hash, on the closer side's terms.
      OptionalInt ra = hashOnlyRadius(a, Integer.MAX_VALUE);
      OptionalInt rb = hashOnlyRadius(b, Integer.MAX_VALUE);
      ViewMatch best = matches.get(0);
      if (ra.isEmpty() || rb.isEmpty()) {
        evidence.put("reason", "no pixels to compare, and PDQ does not see this picture");
        return new Decision(false, Optional.of(best), evidence);
      }
      int radius = Math.min(ra.getAsInt(), rb.getAsInt());
      evidence.put("hashOnlyRadius", radius);
      return new Decision(best.distance() <= radius, Optional.of(best), evidence);
    }
    PictureProfile pa = a.profile().get();
    PictureProfile pb = b.profile().get();
    PictureThumbnail ta = a.thumbnail().get();
    PictureThumbnail tb = b.thumbnail().get();
    if (least == Information.NONE) {
      ViewMatch best = matches.get(0);
      boolean whole = best.viewA().equals("full/orig") && best.viewB().equals("full/orig");
      boolean identical = whole && best.distance() == 0 && PixelComparison.identical(ta, tb);
      evidence.put("pixelIdentical", identical);
      return new Decision(identical, Optional.of(best), evidence);
    }
    List<ViewMatch> compared = new ArrayList<>();
    PixelComparison first = null;
    ViewMatch firstMatch = null;
    for (ViewMatch m : matches) {
      if (compared.size() >= settings.maxComparedMatches()) {
        break;
      }
      ViewMatch asCompared = uprightOnly ? uprighted(m) : m;
      if (compared.stream().anyMatch(c -> sameRegions(c, asCompared))) {
        continue;
      }
      compared.add(asCompared);
      PixelComparison c =
          PixelComparison.of(
              ta,
              pa,
              asCompared.viewA(),
              tb,
              pb,
              asCompared.viewB(),
              settings.pixels(),
              drawn(a) || drawn(b));
      if (c.agrees()) {
        evidence.put("pixels", c.evidence());
        if (!asCompared.equals(m)) {
          evidence.put("comparedUpright", true);
        }
        return new Decision(true, Optional.of(m), evidence);
      }
      if (first == null) {
        first = c;
        firstMatch = m;
      }
    }
    evidence.put("pixels", first.evidence());
    if (uprightOnly && !upright(firstMatch)) {
      evidence.put("reason", "a drawn picture joins only upright, not mirrored or turned");
    }
    return new Decision(false, Optional.of(firstMatch), evidence);
  }

  /**
   * {@code m} with the second picture's view the same way up as the first's: the same two regions,
   * compared without the flip or turn that matched.
   */
  private static ViewMatch uprighted(ViewMatch m) {
    if (upright(m)) {
      return m;
    }
    return new ViewMatch(
        m.viewA(),
        kind(m.viewB()) + "/" + orientation(m.viewA()).label(),
        m.distance(),
        m.threshold());
  }

  /**
   * Whether two pictures that no view matched, only their coarse layouts ({@link ThumbnailLayout}),
   * are one picture: a pixel comparison of the whole pictures decides, whatever their information.
   * Pictures with next to nothing in them and drawn pictures (icons: many share a layout and differ
   * in a glyph) never join this way, nor pictures without a thumbnail.
   */
  public Decision judgePixels(Picture a, Picture b, ViewMatch match) {
    Map<String, Object> evidence = new LinkedHashMap<>();
    evidence.put("information", maxInformation(a, b).label());
    if (!bothHavePixelsToCompare(a, b)) {
      evidence.put("reason", "a layout alone joins only pictures with pixels to compare");
      return new Decision(false, Optional.empty(), evidence);
    }
    PixelComparison c =
        PixelComparison.of(
            a.thumbnail().get(),
            a.profile().get(),
            match.viewA(),
            b.thumbnail().get(),
            b.profile().get(),
            match.viewB(),
            settings.pixels().withLuma(LAYOUT_MEAN, LAYOUT_BLOCK, LAYOUT_FINE_BLOCK),
            false);
    evidence.put("pixels", c.evidence());
    return new Decision(c.agrees(), Optional.of(match), evidence);
  }

  /**
   * Whether two still pictures are one picture with a sticker, an emoji or a censor box laid over
   * one rectangle of either ({@link OverlayComparison}, whole pictures compared): pairs that only
   * the layout of a strip of theirs found ({@link LayoutPairs#STRIPS}), and pairs whose views
   * matched but whose pixels {@link #judge} refused (a box can make a photo low-information).
   * Neither may be drawn (of icons, one that differs from another in one part is another icon,
   * session 19), nearly empty or without a thumbnail; since session 23 the uncovered one may be a
   * smooth picture, not only a photo.
   */
  public Decision judgeOverlay(Picture a, Picture b, ViewMatch match) {
    return overlay.judge(a, b, match);
  }

  /**
   * Whether both pictures have pixels a comparison of the whole pictures may rest on ({@link
   * #joinsByLayout} and a thumbnail): the first question of {@link #judgePixels} and {@link
   * #judgeOverlay}.
   */
  boolean bothHavePixelsToCompare(Picture a, Picture b) {
    return a.thumbnail().isPresent()
        && b.thumbnail().isPresent()
        && joinsByLayout(a)
        && joinsByLayout(b);
  }

  /**
   * Whether {@code picture} may join another by its layout alone ({@link #judgePixels}): it has a
   * profile, something in it, and is not drawn. Grouping asks before it reads the thumbnail.
   */
  public boolean joinsByLayout(Picture picture) {
    return picture.profile().isPresent()
        && information(picture) != Information.NONE
        && !drawn(picture);
  }

  /**
   * The luma limits of a pixel comparison that rests on layouts alone, far stricter than for a
   * match PDQ found (0.35, 0.9, 1.2): about 1.6 times the largest differences of the development
   * wallpapers' small compressed copies from their originals (0.16, 0.23, 0.33). On the
   * real-content bench, different wallpapers with close layouts differed by 0.24-0.30 on average
   * with blocks of 0.48 and more (copies/README.md).
   */
  private static final double LAYOUT_MEAN = 0.25;

  private static final double LAYOUT_BLOCK = 0.35;
  private static final double LAYOUT_FINE_BLOCK = 0.55;

  /**
   * Whether picture {@code x} is picture {@code s} although no view of theirs matched: {@code x}
   * matched a third picture {@code m} through {@code xm} (x's view first) and {@code m} matched
   * {@code s} through {@code ms} (m's view first). The two matches chain into one alignment of
   * {@code x} onto {@code s}, and a pixel comparison where both hold (at least a quarter of {@code
   * s}) decides.
   */
  public Decision judgeThrough(Picture x, ViewMatch xm, Picture m, ViewMatch ms, Picture s) {
    return chained.judge(x, xm, m, ms, s);
  }

  /** The lesser information of the two, as the label of a pair's evidence. */
  Information maxInformation(Picture a, Picture b) {
    Information ia = information(a);
    Information ib = information(b);
    return ia.compareTo(ib) >= 0 ? ia : ib;
  }

  private static boolean sameRegions(ViewMatch x, ViewMatch y) {
    return x.viewA().equals(y.viewA()) && x.viewB().equals(y.viewB());
  }

  /** The orientation part of a {@code kind/orientation} label. */
  static Dihedral orientation(String view) {
    return Dihedral.ofLabel(view.substring(view.indexOf('/') + 1));
  }

  /** The kind part of a {@code kind/orientation} label. */
  static String kind(String view) {
    return view.substring(0, view.indexOf('/'));
  }
}
