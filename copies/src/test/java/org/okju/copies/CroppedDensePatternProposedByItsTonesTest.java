package org.okju.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 33: the vectors' q1050 (leaves, a development photo) cropped unevenly and covered by a
 * box, its bench {@code box-crop-random} draw 0. No view, no strip, no inset strip and not the
 * wider crop grid proposes the pair (every strip 24 or more from its photo's, the inset strips
 * 24-60 with one within {@link LayoutPairs#INSET_RADIUS}), and the overlay judgement joins it: the
 * copy was missed for want of a candidate. Its tones ({@link ToneHistogram}) lie 27 from its
 * photo's, within {@link TonePairs#RADIUS}, and the pair is proposed. Both tests fail without the
 * tone stage.
 */
class CroppedDensePatternProposedByItsTonesTest {
  private static final String Q1050 = "reg-test-input/labelme-subset/q1050.jpg";

  @Test
  void onlyTheTonesProposeTheCopy() {
    PhotoAndCopyCandidates candidates = PhotoAndCopyCandidates.of(Q1050, 0);
    PairFinder.Hit hit = candidates.onlyLayoutHit();
    assertThat(LayoutPairs.byStrip(hit)).isTrue();
    assertThat(hit.threshold()).isEqualTo(TonePairs.RADIUS);
    assertThat(hit.distance()).isLessThanOrEqualTo(TonePairs.RADIUS);
    assertThat(candidates.edges()).hasSize(1);
  }

  @Test
  void theCopyJoinsItsPhotoAndNoOtherAmongTheDistinctPhotos() {
    OneCopyAmongDistinctPhotos photos = new OneCopyAmongDistinctPhotos(List.of(Q1050));
    assertThat(
            photos.grouped(
                ignored -> OneCopyAmongDistinctPhotos.boxCropRandomCopy(Q1050, 0),
                "box-crop-random",
                List.of(Q1050)))
        .containsExactlyInAnyOrderElementsOf(
            OneCopyAmongDistinctPhotos.expected("box-crop-random", true, List.of(Q1050)));
  }
}
