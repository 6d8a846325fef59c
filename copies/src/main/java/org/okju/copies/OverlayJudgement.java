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
    // the two ways are close: the worse one won on a development photo). Session 25: a way is
    // searched to the end only when its quick look and its coarse search already fit (CropFit);
    // nearly every candidate is two unrelated pictures, and the whole search cost them 5.2 CPU-ms
    // (copies/README.md, session 25).
    PictureThumbnail firstSmooth = first.smoothed();
    PictureThumbnail secondSmooth = second.smoothed();
    CropFit firstShown = CropFit.of(firstSmooth, secondSmooth);
    CropFit secondShown = CropFit.of(secondSmooth, firstSmooth);
    boolean firstFirst = firstShown.crop().score() <= secondShown.crop().score();
    Map<String, Object> searched = new LinkedHashMap<>();
    for (boolean firstIsCrop : new boolean[] {firstFirst, !firstFirst}) {
      CropFit fit = firstIsCrop ? firstShown : secondShown;
      OverlayAlignment.Crop crop = fit.crop();
      Map<String, Object> way = fit.evidence();
      searched.put(firstIsCrop ? "first" : "second", way);
      if (!crop.cutAtAll()) {
        continue;
      }
      c =
          firstIsCrop
              ? compared(
                  first,
                  OverlayAlignment.seen(second, crop.region(), Dihedral.ORIGINAL),
                  OverlayAlignment.levelled(first, crop.region()),
                  null,
                  evidence)
              : compared(
                  OverlayAlignment.seen(first, crop.region(), Dihedral.ORIGINAL),
                  second,
                  null,
                  OverlayAlignment.levelled(second, crop.region()),
                  evidence);
      if (c.agrees()) {
        evidence.put(
            "crop",
            Map.of("cropped", firstIsCrop ? "first" : "second", "region", rounded(crop.region())));
        return joined(match, orientation, evidence);
      }
      way.put("reason", c.reason());
    }
    evidence.put("overlay", refused.evidence());
    // Why no crop joined them, each way (the picture named is the one tried as the crop): where
    // the search stopped, its fit, and the comparison's reason in the crop's frame.
    evidence.put("cropSearch", searched);
    return new Decision(false, Optional.of(match), evidence);
  }

  /**
   * How far the crop search went one way and what it found: the quick look and the coarse search
   * come first, and the fine searches (nine tenths of the cost) are made only when both fit
   * (session 25): nearly every candidate the comparison refuses is two unrelated pictures.
   *
   * @param stage the last stage made: {@code quick}, {@code quick-second} (the quick look's second
   *     look, session 31), {@code coarse}, {@code second} (the coarse search's second look, session
   *     29) or {@code fine}
   * @param fit that stage's score
   * @param crop the crop found, {@link OverlayAlignment.Crop#NONE} when the search stopped early
   */
  record CropFit(String stage, double fit, OverlayAlignment.Crop crop) {
    static CropFit of(PictureThumbnail copySmooth, PictureThumbnail smooth) {
      CropFit separate = searchedSideBySide(copySmooth, smooth);
      if (separate.stage().equals("fine")) {
        return separate;
      }
      // A dense texture cut on both axes: neither axis fits while the other is left uncut.
      double change = OverlayAlignment.quickStepChange(smooth);
      if (change < OverlayAlignment.QUICK_BELOW
          || separate.fit() > OverlayAlignment.JOINT_LOOK_WITHIN * change) {
        return separate;
      }
      OverlayAlignment.CoarseFit joint = OverlayAlignment.quickJointFit(copySmooth, smooth);
      if (joint.score() < OverlayAlignment.QUICK_BELOW) {
        CropFit around =
            refinedWhenClose(
                OverlayAlignment.coarseAround(joint, copySmooth, smooth), copySmooth, smooth);
        if (around.stage().equals("fine")) {
          return around;
        }
      }
      // Neither look laid it: on stripes finer than the quick look's points both alias.
      return change >= OverlayAlignment.DENSE_CHANGE
          ? denselyLaid(copySmooth, smooth, change, separate)
          : separate;
    }

    // Stripes finer than the quick look's points: the joint look at more points and finer steps,
    // then the fine searches from its cut (the coarse search's points would alias them again).
    private static CropFit denselyLaid(
        PictureThumbnail copySmooth, PictureThumbnail smooth, double change, CropFit separate) {
      OverlayAlignment.CoarseFit dense = OverlayAlignment.denseJointFit(copySmooth, smooth);
      if (dense.score() > OverlayAlignment.DENSE_FIT_WITHIN * change) {
        return separate;
      }
      OverlayAlignment.Crop crop =
          OverlayAlignment.laidByEdges(
              OverlayAlignment.refined(dense, copySmooth, smooth), copySmooth, smooth);
      return new CropFit("fine", crop.score(), crop);
    }

    // The quick look and the coarse search, each axis in turn from the uncut picture.
    private static CropFit searchedSideBySide(
        PictureThumbnail copySmooth, PictureThumbnail smooth) {
      OverlayAlignment.CoarseFit quick = OverlayAlignment.quickFit(copySmooth, smooth);
      if (quick.score() >= OverlayAlignment.QUICK_BELOW
          && quick.score() < OverlayAlignment.QUICK_SECOND_LOOK_BELOW) {
        OverlayAlignment.CoarseFit second =
            OverlayAlignment.quickSecondLook(quick, copySmooth, smooth);
        if (second.score() >= OverlayAlignment.QUICK_BELOW) {
          return new CropFit("quick-second", second.score(), OverlayAlignment.Crop.NONE);
        }
        quick = second;
      }
      if (quick.score() >= OverlayAlignment.QUICK_BELOW) {
        return new CropFit("quick", quick.score(), OverlayAlignment.Crop.NONE);
      }
      return refinedWhenClose(OverlayAlignment.coarseFit(copySmooth, smooth), copySmooth, smooth);
    }

    // The coarse fit given its second look when just over the limit, then the fine searches when
    // it fits.
    private static CropFit refinedWhenClose(
        OverlayAlignment.CoarseFit coarse, PictureThumbnail copySmooth, PictureThumbnail smooth) {
      if (!coarse.worthRefining() && coarse.score() < OverlayAlignment.SECOND_LOOK_BELOW) {
        OverlayAlignment.CoarseFit second = OverlayAlignment.secondLook(coarse, copySmooth, smooth);
        if (!second.worthRefining()) {
          return new CropFit("second", second.score(), OverlayAlignment.Crop.NONE);
        }
        coarse = second;
      }
      if (!coarse.worthRefining()) {
        return new CropFit("coarse", coarse.score(), OverlayAlignment.Crop.NONE);
      }
      OverlayAlignment.Crop crop =
          OverlayAlignment.laidByEdges(
              OverlayAlignment.refined(coarse, copySmooth, smooth), copySmooth, smooth);
      return new CropFit("fine", crop.score(), crop);
    }

    /** The stage, its fit and the region found (when the fine searches were made). */
    Map<String, Object> evidence() {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("stage", stage);
      out.put("fit", Math.round(fit * 100) / 100.0);
      if (stage.equals("fine")) {
        out.put("region", rounded(crop.region()));
      }
      return out;
    }
  }

  /**
   * The two compared, each tried as the covered one; the comparison that agreed, else the first
   * tried. On agreement the evidence names the overlay and the covered picture.
   */
  private static OverlayComparison compared(
      PictureThumbnail first, PictureThumbnail second, Map<String, Object> evidence) {
    return compared(first, second, null, null, evidence);
  }

  /**
   * {@link #compared}, one of the two resampled into the other's frame when a levelled crop is
   * given ({@code levelledFirst} when the first is the crop, {@code levelledSecond} when the second
   * is: {@link OverlayAlignment#levelled}, {@link OverlayComparison#resampled}).
   */
  private static OverlayComparison compared(
      PictureThumbnail first,
      PictureThumbnail second,
      PictureThumbnail levelledFirst,
      PictureThumbnail levelledSecond,
      Map<String, Object> evidence) {
    boolean resampled = levelledFirst != null || levelledSecond != null;
    PictureThumbnail firstLevel = levelledFirst != null ? levelledFirst : first;
    PictureThumbnail secondLevel = levelledSecond != null ? levelledSecond : second;
    OverlayComparison tried = null;
    for (boolean firstCovered : new boolean[] {true, false}) {
      PictureThumbnail covered = firstCovered ? first : second;
      PictureThumbnail original = firstCovered ? second : first;
      OverlayComparison c =
          resampled
              ? OverlayComparison.resampled(
                  covered,
                  original,
                  firstCovered ? firstLevel : secondLevel,
                  firstCovered ? secondLevel : firstLevel,
                  OverlayComparison.DEFAULT)
              : OverlayComparison.of(covered, original, OverlayComparison.DEFAULT);
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

  private static List<Double> rounded(PictureRegion region) {
    return List.of(round(region.x0()), round(region.y0()), round(region.x1()), round(region.y1()));
  }

  private static double round(double share) {
    return Math.round(share * 1000) / 1000.0;
  }
}
