package org.okju.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.okju.testkit.ImageEdits;

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
    // The edit draws its crop and its box from a stream seeded by the picture's size, one copy
    // after another, as the bench does (ImageEdits.reposterEdits, made anew for each photo).
    UnaryOperator<BufferedImage> edit =
        ImageEdits.reposterEdits(new Random(1)).get("box-crop-random");
    BufferedImage resized = OneCopyAmongDistinctPhotos.resized(photo);
    BufferedImage copy = edit.apply(resized);
    for (int d = 0; d < draw; d++) {
      copy = edit.apply(resized);
    }
    BufferedImage drawn = copy;
    List<String> photos = List.of(photo);
    assertThat(new OneCopyAmongDistinctPhotos(photos).grouped(i -> drawn, "cropped-box", photos))
        .containsExactlyInAnyOrderElementsOf(
            OneCopyAmongDistinctPhotos.expected("cropped-box", true, photos));
  }
}
