package org.okju.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.okju.fingerprint.PictureThumbnail;
import org.okju.testkit.ImageEdits;

/**
 * Session 28: the bench's emoji (a yellow face and its features) over a dark smooth picture, the
 * copy cropped as well. Where the original under an overlay is as flat as the overlay, the
 * comparison asked for one colour unlike what it hides (a censor box); the emoji is two colours,
 * and its copies of the development wallpapers were refused though they lay 174-192 levels from
 * what they hid. An overlay over a flat part now joins when it is one colour unlike it or lies at
 * least {@link OverlayComparison.Limits#minTwoColourShift} from it. The pictures are made here from
 * two vector photos, blurred to a smooth picture and darkened (a night wallpaper).
 */
class EmojiOverASmoothPictureTest {
  private static final String Q1050 = "reg-test-input/labelme-subset/q1050.jpg";
  private static final String AAA = "bridge-mods/aaa-orig.jpg";

  @Test
  void anEmojiOverACroppedDarkSmoothPictureJoinsItAndNotAnotherSmoothPicture() {
    BufferedImage night = smooth(Q1050);
    BufferedImage dusk = smooth(AAA);
    BufferedImage copy =
        ImageEdits.boxOrEmoji(
            ImageEdits.crop(night, 0.02, 0.07, 0.06, 0.01),
            new ImageEdits.BoxPlace(0.55, 0.1, 0.35, 0.35),
            true);
    Map<Long, PictureThumbnail> thumbnails = new HashMap<>();
    List<Media> media = new ArrayList<>();
    media.add(Pictures.profiled(1, "night", night, thumbnails));
    media.add(Pictures.profiled(2, "dusk", dusk, thumbnails));
    media.add(Pictures.profiled(3, "night|emoji", copy, thumbnails));
    assertThat(Pictures.tapes(media, thumbnails))
        .containsExactlyInAnyOrder(List.of(1L, 3L), List.of(2L));
  }

  /**
   * The vector photo shrunk to 32x20 samples and drawn back at 480x300 (bicubic), at a quarter of
   * its brightness: a smooth, dark picture with the photo's broad light and shade.
   */
  static BufferedImage smooth(String photo) {
    return smooth(photo, 4);
  }

  /** The same at {@code 1 / divisor} of the photo's brightness. */
  static BufferedImage smooth(String photo, int divisor) {
    BufferedImage tiny = new BufferedImage(32, 20, BufferedImage.TYPE_INT_RGB);
    Graphics2D t = tiny.createGraphics();
    t.drawImage(
        Pictures.photo(photo).getScaledInstance(32, 20, java.awt.Image.SCALE_AREA_AVERAGING),
        0,
        0,
        null);
    t.dispose();
    BufferedImage out = new BufferedImage(480, 300, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    g.drawImage(tiny, 0, 0, 480, 300, null);
    g.dispose();
    for (int y = 0; y < out.getHeight(); y++) {
      for (int x = 0; x < out.getWidth(); x++) {
        int rgb = out.getRGB(x, y);
        int r = (rgb >> 16 & 0xFF) / divisor;
        int gr = (rgb >> 8 & 0xFF) / divisor;
        int b = (rgb & 0xFF) / divisor;
        out.setRGB(x, y, r << 16 | gr << 8 | b);
      }
    }
    return out;
  }
}
