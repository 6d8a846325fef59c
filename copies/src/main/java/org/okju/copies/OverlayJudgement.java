package org.okju.copies;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.okju.copies.PictureMatchPolicy.Decision;
import org.okju.copies.PictureMatchPolicy.Picture;
import org.okju.copies.PictureMatchPolicy.ViewMatch;
import org.okju.fingerprint.Dihedral;
import org.okju.fingerprint.PictureRegion;
import org.okju.fingerprint.PictureThumbnail;

/**
 * {@link PictureMatchPolicy#judgeOverlay}: whether two still pictures that only a strip's layout
 * paired are one picture under a sticker or a box ({@link OverlayComparison}), each tried as the
 * covered one. Immutable and thread-safe.
 */
final class OverlayJudgement {
  private final PictureMatchPolicy policy;

  OverlayJudgement(PictureMatchPolicy policy) {
    this.policy = policy;
  }

  /**
   * How far (samples) a resampled picture's sample may lie from the one it is compared with ({@link
   * OverlayComparison#of(PictureThumbnail, PictureThumbnail, OverlayComparison.Limits, int)}).
   */
  static final int RESAMPLED_REACH = 1;

  Decision judge(Picture a, Picture b, ViewMatch match) {
    Map<String, Object> evidence = new LinkedHashMap<>();
    evidence.put("information", policy.maxInformation(a, b).label());
    if (!policy.bothHavePixelsToCompare(a, b)) {
      evidence.put("reason", "an overlay joins only pictures with pixels to compare");
      return new Decision(false, Optional.empty(), evidence);
    }
    // Either may be the uncovered one, a photo or a smooth picture (a wallpaper, low-information
    // but not drawn: drawn pictures never get here). Session 23: requiring a photo lost every box
    // over a smooth wallpaper.
    PictureThumbnail first = a.thumbnail().get();
    // A mirrored strip's candidate (session 24) names the orientation in which the second shows
    // the first: compared so turned.
    Dihedral orientation = orientation(match);
    PictureThumbnail second =
        orientation == Dihedral.ORIGINAL
            ? b.thumbnail().get()
            : OverlayAlignment.seen(b.thumbnail().get(), PictureRegion.WHOLE, orientation);
    OverlayComparison c = compared(first, second, evidence);
    if (c.agrees()) {
      return joined(match, orientation, evidence);
    }
    OverlayComparison refused = c;
    // Cropped as well as covered (session 24): each tried as the crop of the other, in the frame
    // of the crop, the other's region that it shows resampled; the better fit first (the fits of
    // the two ways are close: the worse one won on a development photo).
    PictureThumbnail firstSmooth = first.smoothed();
    PictureThumbnail secondSmooth = second.smoothed();
    OverlayAlignment.Crop firstShown = OverlayAlignment.cropShown(firstSmooth, secondSmooth);
    OverlayAlignment.Crop secondShown = OverlayAlignment.cropShown(secondSmooth, firstSmooth);
    boolean firstFirst = firstShown.score() <= secondShown.score();
    for (boolean firstIsCrop : new boolean[] {firstFirst, !firstFirst}) {
      OverlayAlignment.Crop crop = firstIsCrop ? firstShown : secondShown;
      if (!crop.cropped()) {
        continue;
      }
      c =
          firstIsCrop
              ? compared(
                  first,
                  OverlayAlignment.seen(second, crop.region(), Dihedral.ORIGINAL),
                  RESAMPLED_REACH,
                  evidence)
              : compared(
                  OverlayAlignment.seen(first, crop.region(), Dihedral.ORIGINAL),
                  second,
                  RESAMPLED_REACH,
                  evidence);
      if (c.agrees()) {
        evidence.put(
            "crop",
            Map.of(
                "cropped",
                firstIsCrop ? "first" : "second",
                "region",
                List.of(
                    round(crop.region().x0()),
                    round(crop.region().y0()),
                    round(crop.region().x1()),
                    round(crop.region().y1()))));
        return joined(match, orientation, evidence);
      }
    }
    evidence.put("overlay", refused.evidence());
    return new Decision(false, Optional.of(match), evidence);
  }

  /**
   * The two compared, each tried as the covered one; the comparison that agreed, else the first
   * tried. On agreement the evidence names the overlay and the covered picture.
   */
  private static OverlayComparison compared(
      PictureThumbnail first, PictureThumbnail second, Map<String, Object> evidence) {
    return compared(first, second, 0, evidence);
  }

  private static OverlayComparison compared(
      PictureThumbnail first, PictureThumbnail second, int reach, Map<String, Object> evidence) {
    OverlayComparison tried = null;
    for (boolean firstCovered : new boolean[] {true, false}) {
      OverlayComparison c =
          OverlayComparison.of(
              firstCovered ? first : second,
              firstCovered ? second : first,
              OverlayComparison.DEFAULT,
              reach);
      if (c.agrees()) {
        evidence.put("overlay", c.evidence());
        evidence.put("covered", firstCovered ? "first" : "second");
        return c;
      }
      if (tried == null) {
        tried = c;
      }
    }
    return tried;
  }

  private static Decision joined(
      ViewMatch match, Dihedral orientation, Map<String, Object> evidence) {
    if (orientation != Dihedral.ORIGINAL) {
      evidence.put("orientation", orientation.label());
    }
    return new Decision(true, Optional.of(match), evidence);
  }

  /**
   * The orientation in which the second picture of {@code match} shows the first: mirrored for a
   * mirrored strip's candidate ({@link LayoutPairs#MIRRORED_VIEW}), else upright (a view's refused
   * match is compared upright, as before session 24).
   */
  static Dihedral orientation(ViewMatch match) {
    return match.viewB().equals(LayoutPairs.MIRRORED_VIEW) ? Dihedral.FLIP_Y : Dihedral.ORIGINAL;
  }

  private static double round(double share) {
    return Math.round(share * 1000) / 1000.0;
  }
}
