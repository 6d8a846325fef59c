package org.okju.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.okju.testkit.ImageEdits;

/**
 * Session 33: two photos of a burst, where a patch of the picture moved between shots, differ in
 * one rectangle, and when the patch is a flat part of the picture (sky, a wall) moved over texture
 * they look like a flat overlay: fuller than what it hides, standing out from round it. What is
 * laid over a picture (a censor box, an emoji) is in no other part of it; a moved patch is, where
 * it came from. Every overlay must now lie {@link OverlayComparison.Limits#minOverlayElsewhere}
 * from every other part of the original (session 30 asked it only of overlays over texture like
 * what surrounds them, and of those over a part as flat as themselves). The cases below were each
 * joined to their original before.
 */
class PartOfThePictureMovedIsNoOverlayTest {

  @ParameterizedTest(name = "{0}: {1}x{2} from {3},{4} to {5},{6}, cropped {7}")
  @CsvSource({
    "reg-test-input/labelme-subset/q0122.jpg, 0.216, 0.182, 0.303, 0.318, 0.056, 0.605, 0.06",
    "misc-images/c.png, 0.162, 0.154, 0.152, 0.538, 0.203, 0.238, 0.06",
  })
  void aPatchOfThePictureMovedWithinItIsNotJoinedAsAnOverlay(
      String photo,
      double width,
      double height,
      double fromX,
      double fromY,
      double toX,
      double toY,
      double crop) {
    BufferedImage original = OneCopyAmongDistinctPhotos.resized(photo);
    BufferedImage moved = moved(original, width, height, fromX, fromY, toX, toY);
    BufferedImage burst = crop > 0 ? ImageEdits.crop(moved, crop, crop / 2, crop / 3, crop) : moved;
    PictureMatchPolicy.Decision d =
        Pictures.judgedAsOverlay(ImageEdits.jpeg(burst, 0.6f), original);
    assertThat(d.joins()).as("%s", d.evidence()).isFalse();
  }

  static BufferedImage moved(
      BufferedImage in,
      double width,
      double height,
      double fromX,
      double fromY,
      double toX,
      double toY) {
    int w = in.getWidth();
    int h = in.getHeight();
    BufferedImage out = ImageEdits.rgb(in);
    Graphics2D g = out.createGraphics();
    g.drawImage(
        in.getSubimage((int) (fromX * w), (int) (fromY * h), (int) (width * w), (int) (height * h)),
        (int) (toX * w),
        (int) (toY * h),
        null);
    g.dispose();
    return out;
  }
}
