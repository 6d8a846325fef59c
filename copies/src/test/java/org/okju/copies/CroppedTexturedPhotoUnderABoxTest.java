package org.okju.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.okju.testkit.ImageEdits;

/**
 * Session 26: a box or an emoji over a cropped textured photo. The crop was found (session 24's
 * search fitted it within 1 luma level), but the photo resampled into the crop's frame is blurrier
 * than the crop's own thumbnail, and on texture the two differed in cells all over the picture: the
 * comparison refused ("the differences fill more than one small rectangle", or the changed samples
 * were not flat). The differences are now also read with both pictures smoothed alike ({@link
 * OverlayComparison#resampled}). Each case below was a tape of its own before.
 */
class CroppedTexturedPhotoUnderABoxTest {

  /** The bench's {@code box-crop-random} copy number {@code draw} (from 0) of the photo. */
  @ParameterizedTest(name = "{0}, draw {1}")
  @CsvSource({
    "bridge-mods/aaa-orig.jpg, 2",
    "reg-test-input/exif-rotn/exif-rotn-1.jpg, 0",
  })
  void theBenchsCroppedAndCoveredCopyJoinsItsPhotoAndNothingElse(String photo, int draw) {
    OneCopyAmongDistinctPhotos.assertBoxCropRandomCopyJoinsOnlyItsPhoto(photo, draw);
  }

  @ParameterizedTest(name = "{0} cropped {1},{2},{3},{4}, emoji at {5},{6} of {7}x{8}")
  @CsvSource({
    "bridge-mods/aaa-orig.jpg, 0.05, 0.065, 0.03, 0.02, 0.15, 0.33, 0.27, 0.4",
    "reg-test-input/exif-rotn/exif-rotn-1.jpg, 0.09, 0.075, 0.045, 0.06, 0.33, 0.02, 0.22, 0.28",
  })
  void anEmojiOverACroppedTexturedPhotoJoinsItsPhotoAndNothingElse(
      String photo,
      double left,
      double top,
      double right,
      double bottom,
      double x,
      double y,
      double width,
      double height) {
    List<String> photos = List.of(photo);
    assertThat(
            new OneCopyAmongDistinctPhotos(photos)
                .grouped(
                    i ->
                        ImageEdits.boxOrEmoji(
                            ImageEdits.crop(i, left, top, right, bottom),
                            new ImageEdits.BoxPlace(x, y, width, height),
                            true),
                    "cropped-emoji",
                    photos))
        .containsExactlyInAnyOrderElementsOf(
            OneCopyAmongDistinctPhotos.expected("cropped-emoji", true, photos));
  }
}
