package org.okju.copies;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.okju.copies.PictureMatchPolicy.Decision;
import org.okju.copies.PictureMatchPolicy.Picture;
import org.okju.copies.PictureMatchPolicy.ViewMatch;
import org.okju.fingerprint.Dihedral;
import org.okju.fingerprint.PictureProfile;
import org.okju.fingerprint.PictureRegion;

/**
 * {@link PictureMatchPolicy#judgeThrough}: whether a picture is a group's representative through a
 * member both matched, the two matches chained into one alignment ({@link PictureAlignment}) and
 * the pixels compared where both hold. Immutable and thread-safe.
 */
final class ChainedMatchJudgement {
  /** Least share of the representative a comparison through a member must cover. */
  static final double MIN_SHARED_AREA = 0.25;

  private final PictureMatchPolicy policy;

  ChainedMatchJudgement(PictureMatchPolicy policy) {
    this.policy = policy;
  }

  Decision judge(Picture x, ViewMatch xm, Picture m, ViewMatch ms, Picture s) {
    Map<String, Object> evidence = new LinkedHashMap<>();
    evidence.put("information", policy.maxInformation(x, s).label());
    if (x.thumbnail().isEmpty()
        || s.thumbnail().isEmpty()
        || x.profile().isEmpty()
        || s.profile().isEmpty()
        || m.profile().isEmpty()
        || policy.information(x) == PictureMatchPolicy.Information.NONE
        || policy.information(s) == PictureMatchPolicy.Information.NONE) {
      evidence.put("reason", "no pixels to compare through the member");
      return new Decision(false, Optional.empty(), evidence);
    }
    PictureProfile px = x.profile().get();
    PictureProfile ps = s.profile().get();
    PictureProfile member = m.profile().get();
    PictureRegion inMember1 = PixelComparison.region(xm.viewB(), member);
    PictureRegion inMember2 = PixelComparison.region(ms.viewA(), member);
    PictureAlignment xToMember =
        PictureAlignment.of(
            PixelComparison.region(xm.viewA(), px),
            PictureMatchPolicy.orientation(xm.viewA()),
            inMember1,
            PictureMatchPolicy.orientation(xm.viewB()));
    PictureAlignment memberToS =
        PictureAlignment.of(
            inMember2,
            PictureMatchPolicy.orientation(ms.viewA()),
            PixelComparison.region(ms.viewB(), ps),
            PictureMatchPolicy.orientation(ms.viewB()));
    // Compare where both matches hold: the part of the member both matched regions share, in s,
    // inside x.
    Optional<PictureRegion> inS =
        inMember1
            .intersect(inMember2)
            .flatMap(memberToS::image)
            .flatMap(
                r -> xToMember.then(memberToS).image(PictureRegion.WHOLE).flatMap(r::intersect));
    if (policy.uprightOnly(x, s) && !xToMember.then(memberToS).upright()) {
      evidence.put("reason", "a drawn picture joins only upright, not mirrored or turned");
      return new Decision(false, Optional.empty(), evidence);
    }
    if (inS.isEmpty() || inS.get().area() < MIN_SHARED_AREA) {
      evidence.put("reason", "the two matches share too little of the member");
      return new Decision(false, Optional.empty(), evidence);
    }
    PixelComparison chained =
        PixelComparison.compare(
            x.thumbnail().get(),
            s.thumbnail().get(),
            xToMember.then(memberToS),
            inS.get(),
            policy.drawn(x) || policy.drawn(s)
                ? PixelComparison.detailSide(
                    xToMember.then(memberToS), inS.get(), px, ps, policy.settings().pixels())
                : 0,
            policy.settings().pixels());
    // Two approximate alignments chained are further off than one: an upright chain's detail is
    // also taken through the whole pictures.
    boolean upright = xToMember.then(memberToS).upright();
    PixelComparison c =
        PixelComparison.localCheck(
            upright
                ? PixelComparison.detailByWholePicture(
                    chained,
                    x.thumbnail().get(),
                    px,
                    Dihedral.ORIGINAL,
                    s.thumbnail().get(),
                    ps,
                    Dihedral.ORIGINAL,
                    policy.settings().pixels())
                : chained,
            x.thumbnail().get(),
            px,
            s.thumbnail().get(),
            ps,
            upright
                ? PixelComparison.wholeAlignments(
                    xToMember.then(memberToS),
                    inS.get(),
                    px,
                    Dihedral.ORIGINAL,
                    ps,
                    Dihedral.ORIGINAL)
                : List.of(new PixelComparison.Aligned(xToMember.then(memberToS), inS.get())),
            policy.settings().pixels());
    evidence.put("pixels", c.evidence());
    return new Decision(c.agrees(), Optional.empty(), evidence);
  }
}
