package org.okju.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.okju.testkit.ImageEdits;

/**
 * Session 34: a photo with a patch of itself moved elsewhere in it (as between two photos of a
 * burst), whole and cropped unevenly. Such a patch is flat enough, stands out from its ring and the
 * rest of the photo agrees, so it joined as an overlay. Every overlay that is not one colour must
 * now lie {@link OverlayComparison.Limits#minMovedElsewhere} from every other part of the original
 * ({@link OverlayComparison#closestElsewhere}): a moved patch is found where it came from; a
 * sticker or a box is in the picture nowhere. Each case below joined before.
 */
class PartOfThePictureMovedWithinItTest {

  /**
   * A burst's patch moved, whole: refused by the new limit itself; and (session 35) a patch that is
   * flat enough only between its own edges, the fill an emoji's eyes and mouth are now read around
   * ({@link ThumbnailMasks#flatPart}): refused unless it lies {@link
   * OverlayComparison.Limits#minFlatElsewhere} from every other part of the original, as a flat
   * overlay over a flat part must (this one lay 23 from it and joined without that, checked).
   */
  @ParameterizedTest(name = "{0}, a {1}x{2} patch from {3},{4} to {5},{6}")
  @CsvSource({
    "reg-test-input/labelme-subset/q1050.jpg, 99, 75, 122, 386, 89, 245, 'the flat part is a part"
        + " of the picture moved there'",
    "reg-test-input/labelme-subset/q1050.jpg, 99, 96, 352, 16, 227, 5, 'flat only between its"
        + " edges, and like another part of the picture'"
  })
  void aPatchMovedWithinThePhotoIsNoOverlay(
      String photo, int width, int height, int fromX, int fromY, int toX, int toY, String reason) {
    BufferedImage original = OneCopyAmongDistinctPhotos.resized(photo);
    PictureMatchPolicy.Decision d =
        Pictures.judgedAsOverlay(burst(original, width, height, fromX, fromY, toX, toY), original);
    assertThat(d.joins()).as(d.evidence().toString()).isFalse();
    assertThat(d.evidence().get("overlay"))
        .asInstanceOf(InstanceOfAssertFactories.MAP)
        .containsEntry("overlay", reason);
  }

  /**
   * A burst's patch moved, then the picture cropped unevenly: refused in the crop's frame (by the
   * limit, or because the crop laid by its edges leaves the moved patch's source differing too).
   */
  @ParameterizedTest(name = "{0}, a {1}x{2} patch from {3},{4} to {5},{6}, cropped")
  @CsvSource({
    "bridge-mods/aaa-orig.jpg, 87, 67, 131, 67, 389, 90, 0.036, 0.048, 0.080, 0.028",
    "reg-test-input/labelme-subset/q0291.jpg, 84, 79, 376, 245, 211, 158, 0.034, 0.096, 0.009, 0.020",
    "reg-test-input/labelme-subset/q0291.jpg, 105, 97, 17, 111, 301, 53, 0.065, 0.096, 0.071, 0.067",
    "reg-test-input/labelme-subset/q1050.jpg, 78, 87, 128, 377, 306, 212, 0.041, 0.086, 0.014, 0.023",
    // Session 35: flat enough once read between its own edges (an emoji's route), and 25 from the
    // rest of the photo.
    "bridge-mods/aaa-orig.jpg, 99, 61, 287, 226, 64, 0, 0.077, 0.057, 0.043, 0.068",
  })
  void aPatchMovedWithinThePhotoAndCroppedIsNoOverlay(
      String photo,
      int width,
      int height,
      int fromX,
      int fromY,
      int toX,
      int toY,
      double left,
      double top,
      double right,
      double bottom) {
    BufferedImage original = OneCopyAmongDistinctPhotos.resized(photo);
    BufferedImage cropped =
        ImageEdits.crop(
            burst(original, width, height, fromX, fromY, toX, toY), left, top, right, bottom);
    PictureMatchPolicy.Decision d = Pictures.judgedAsOverlay(cropped, original);
    assertThat(d.joins()).as(d.evidence().toString()).isFalse();
  }

  /** The photo with its patch at {@code fromX, fromY} copied to {@code toX, toY}. */
  private static BufferedImage burst(
      BufferedImage photo, int width, int height, int fromX, int fromY, int toX, int toY) {
    BufferedImage out = ImageEdits.rgb(photo);
    out.setRGB(
        toX,
        toY,
        width,
        height,
        photo.getRGB(fromX, fromY, width, height, null, 0, width),
        0,
        width);
    return out;
  }
}
