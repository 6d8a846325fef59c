package org.okju.copies;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.okju.copies.PictureMatchPolicy.Decision;
import org.okju.copies.PictureMatchPolicy.Picture;
import org.okju.copies.PictureMatchPolicy.ViewMatch;

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
    OverlayComparison first = null;
    for (boolean aCovered : new boolean[] {true, false}) {
      Picture covered = aCovered ? a : b;
      Picture original = aCovered ? b : a;
      OverlayComparison c =
          OverlayComparison.of(
              covered.thumbnail().get(), original.thumbnail().get(), OverlayComparison.DEFAULT);
      if (c.agrees()) {
        evidence.put("overlay", c.evidence());
        evidence.put("covered", aCovered ? "first" : "second");
        return new Decision(true, Optional.of(match), evidence);
      }
      if (first == null) {
        first = c;
      }
    }
    evidence.put("overlay", first.evidence());
    return new Decision(false, Optional.of(match), evidence);
  }
}
