package org.okju.copies;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 31, second look: a dense texture (the vectors' q1050, leaves, a development photo)
 * cropped unevenly and covered by a box, its bench {@code box-crop-random} draw 4. The crop moves
 * every strip's layout beyond {@link LayoutPairs#INSET_RADIUS} and every view beyond its radius, so
 * no stage proposed the pair (the lomiri wallpapers' field of flowers and dragonfly so,
 * copies/README.md); a crop probe of the copy still lies 46 from an anchor of its photo, within
 * {@link LayoutPairs#WIDE_GRID_RADIUS}, and is now a candidate for the overlay judgement. This test
 * fails without the wider grid (no candidate at all). Until session 35 the judgement then refused
 * this copy (the residue of the texture); the crop search's joint look ({@link
 * OverlayAlignment#quickJointFit}) lays its crop now, and the candidate joins.
 */
class CroppedDenseTextureFoundByTheWiderGridTest {
  private static final String Q1050 = "reg-test-input/labelme-subset/q1050.jpg";

  @Test
  void theWiderGridProposesTheCopyThatNoOtherStageDoes() {
    PhotoAndCopyCandidates candidates = PhotoAndCopyCandidates.of(Q1050, 4);
    PairFinder.Hit hit = candidates.onlyLayoutHit();
    assertThat(LayoutPairs.byStrip(hit)).isTrue();
    assertThat(hit.threshold()).isEqualTo(LayoutPairs.WIDE_GRID_RADIUS);
    assertThat(hit.distance())
        .isGreaterThan(GroupingSettings.DEFAULT.cropRadius())
        .isLessThanOrEqualTo(LayoutPairs.WIDE_GRID_RADIUS);
    // The judgement then decides: the copy joins its photo through its crop.
    assertThat(candidates.edges())
        .singleElement()
        .satisfies(e -> assertThat(e.evidence()).containsKey("crop"));
  }
}
