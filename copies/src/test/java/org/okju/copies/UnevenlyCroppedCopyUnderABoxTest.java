package org.okju.copies;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 27: a photo cropped unevenly (each side by its own share of 0-10%) and then covered by a
 * box or an emoji. The overlay comparison joins such a copy to its photo when it is asked, but no
 * stage asked it: no view matched, and each of the copy's strips lay more than {@link
 * LayoutPairs#RADIUS} from the photo's strips and from its inset strips (the inset is cut evenly,
 * 5% a side, and the crop was not). A pair with two strips within {@link LayoutPairs#INSET_RADIUS}
 * of the other's inset strips is now a candidate. Each case below was a tape of its own before.
 */
class UnevenlyCroppedCopyUnderABoxTest {

  /** The bench's {@code box-crop-random} copy number {@code draw} (from 0) of the photo. */
  @ParameterizedTest(name = "{0}, draw {1}")
  @CsvSource({
    "reg-test-input/labelme-subset/q0291.jpg, 2",
  })
  void theBenchsUnevenlyCroppedAndCoveredCopyJoinsItsPhotoAndNothingElse(String photo, int draw) {
    OneCopyAmongDistinctPhotos.assertBoxCropRandomCopyJoinsOnlyItsPhoto(photo, draw);
  }
}
