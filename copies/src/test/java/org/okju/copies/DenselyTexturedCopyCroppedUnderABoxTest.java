package org.okju.copies;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Session 29: a dense texture (the vectors' q1050, leaves) cropped unevenly and covered by a box or
 * an emoji. The crop search's coarse steps of 3% left a side up to 1.5% off, and on such a texture
 * that alone put the coarse fit just over {@link OverlayAlignment#REFINE_BELOW}: the search stopped
 * there and the copy was a tape of its own. A coarse fit under {@link
 * OverlayAlignment#SECOND_LOOK_BELOW} now gets a second look at half the step. The draw below was a
 * tape of its own without it (checked by running this test with the second look off; of draws 0-7,
 * draws 1, 5 and 7 join with it, 5 and 7 without it too).
 */
class DenselyTexturedCopyCroppedUnderABoxTest {
  private static final String Q1050 = "reg-test-input/labelme-subset/q1050.jpg";

  /** {@code box-crop-random} copy number {@code draw} (from 0) of the photo, as the bench draws. */
  @ParameterizedTest(name = "draw {0}")
  @ValueSource(ints = {1})
  void theCroppedAndCoveredTextureJoinsItsPhotoAndNothingElse(int draw) {
    OneCopyAmongDistinctPhotos.assertBoxCropRandomCopyJoinsOnlyItsPhoto(Q1050, draw);
  }
}
