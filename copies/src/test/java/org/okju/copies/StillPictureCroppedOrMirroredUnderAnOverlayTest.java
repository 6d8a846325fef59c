package org.okju.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.okju.testkit.ImageEdits;

/**
 * Session 24: a box over a copy that was also cropped or mirrored, as re-posters crop a picture and
 * hide a face. The overlay comparison reads two thumbnails cell by cell, so it needs them in one
 * frame: a mirrored strip's candidate is compared mirrored, and a crop of up to 12% a side is found
 * ({@link OverlayAlignment}) and the other picture resampled into the crop's frame. Each case was
 * missed before (the copy stayed a tape of its own).
 */
class StillPictureCroppedOrMirroredUnderAnOverlayTest {
  private static final String Q0291 = "reg-test-input/labelme-subset/q0291.jpg";
  private static final String EXIF = "reg-test-input/exif-rotn/exif-rotn-1.jpg";
  private static final String AAA = "bridge-mods/aaa-orig.jpg";
  private static final String C = "misc-images/c.png";

  @Test
  void aBoxOverAMirroredPhotoJoinsItsPhotoAndNothingElse() {
    List<String> photos = List.of(AAA, C);
    assertThat(
            new OneCopyAmongDistinctPhotos(photos)
                .grouped(
                    i ->
                        ImageEdits.blackBox(
                            ImageEdits.flipHorizontal(i),
                            new ImageEdits.BoxPlace(0.33, 0.3, 0.3, 0.35)),
                    "mirrored-box",
                    photos))
        .containsExactlyInAnyOrderElementsOf(
            OneCopyAmongDistinctPhotos.expected("mirrored-box", true, photos));
  }

  @Test
  void aBoxOverACroppedPhotoJoinsItsPhotoAndNothingElse() {
    List<String> photos = List.of(Q0291, EXIF);
    assertThat(
            new OneCopyAmongDistinctPhotos(photos)
                .grouped(
                    i ->
                        ImageEdits.blackBox(
                            ImageEdits.crop(i, 0.08, 0.05, 0.06, 0.07),
                            new ImageEdits.BoxPlace(0.35, 0.3, 0.3, 0.35)),
                    "cropped-box",
                    photos))
        .containsExactlyInAnyOrderElementsOf(
            OneCopyAmongDistinctPhotos.expected("cropped-box", true, photos));
  }

  @Test
  void anEmojiOverACroppedPhotoJoinsItsPhotoAndNothingElse() {
    List<String> photos = List.of(C);
    assertThat(
            new OneCopyAmongDistinctPhotos(photos)
                .grouped(
                    i ->
                        ImageEdits.boxOrEmoji(
                            ImageEdits.crop(i, 0.03, 0.07, 0.05, 0.02),
                            new ImageEdits.BoxPlace(0.5, 0.35, 0.3, 0.4),
                            true),
                    "cropped-emoji",
                    photos))
        .containsExactlyInAnyOrderElementsOf(
            OneCopyAmongDistinctPhotos.expected("cropped-emoji", true, photos));
  }
}
