package org.okju.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.okju.testkit.ImageEdits;

/**
 * Session 30: an overlay over a part of a picture as flat as itself joined only when it was one
 * colour at least 40 levels from what it hides (a censor box) or lay 150 levels from it (the
 * bench's emoji over a dark wallpaper). On pictures no session had tuned on, the emoji over a pale
 * gradient (its face and features, 33-137 levels from what they hid) and black boxes whose
 * thumbnails blurred at their edges (uniform 0.90-0.94) were refused so. Such an overlay now joins
 * when it is like no other part of the original by at least {@link
 * OverlayComparison.Limits#minFlatElsewhere} ({@link OverlayComparison#closestElsewhere}): a
 * burst's moved patch is a part of the same picture, found where it came from. The pictures are
 * made here from vector photos blurred smooth at half their brightness ({@link
 * EmojiOverASmoothPictureTest#smooth}), their upper right a gentle gradient (a sky).
 */
class OverlayOverASmoothPictureFoundNowhereElseTest {
  private static final String Q1050 = "reg-test-input/labelme-subset/q1050.jpg";
  private static final String AAA = "bridge-mods/aaa-orig.jpg";

  @Test
  void aTwoColourStickerOverACroppedSmoothSkyJoinsItsPictureAndNotAnother() {
    BufferedImage dusk = withSky(Q1050);
    BufferedImage other = withSky(AAA);
    BufferedImage copy = twoColourSticker(ImageEdits.crop(dusk, 0.02, 0.07, 0.06, 0.01));
    PictureMatchPolicy.Decision own = Pictures.judgedAsOverlay(copy, dusk);
    assertThat(own.joins()).as(own.evidence().toString()).isTrue();
    assertThat(own.evidence().toString()).contains("elsewhere=");
    PictureMatchPolicy.Decision another = Pictures.judgedAsOverlay(copy, other);
    assertThat(another.joins()).as(another.evidence().toString()).isFalse();
  }

  @Test
  void aPartOfTheSkyMovedWithinThePictureIsNoOverlay() {
    BufferedImage dusk = withSky(Q1050);
    int w = dusk.getWidth();
    int h = dusk.getHeight();
    BufferedImage burst = ImageEdits.rgb(dusk);
    Graphics2D g = burst.createGraphics();
    g.drawImage(
        dusk.getSubimage((int) (0.55 * w), 0, (int) (0.3 * w), (int) (0.3 * h)),
        (int) (0.6 * w),
        (int) (0.3 * h),
        null);
    g.dispose();
    PictureMatchPolicy.Decision d = Pictures.judgedAsOverlay(burst, dusk);
    assertThat(d.joins()).as(d.evidence().toString()).isFalse();
  }

  /**
   * The photo blurred smooth at half its brightness (at most 128), its upper right (x 50-100%, y
   * 0-55%) a gradient from luma about 70 at the top to 90.
   */
  static BufferedImage withSky(String photo) {
    BufferedImage out = EmojiOverASmoothPictureTest.smooth(photo, 2);
    int w = out.getWidth();
    int h = out.getHeight();
    for (int y = 0; y < (int) (0.55 * h); y++) {
      int level = 70 + 20 * y / (int) (0.55 * h);
      Color c = new Color(level - 10, level, level + 15);
      for (int x = w / 2; x < w; x++) {
        out.setRGB(x, y, c.getRGB());
      }
    }
    return out;
  }

  /**
   * A sticker of two flat colours (luma 150 and 210, each half of it) over the sky: neither one
   * colour nor 150 levels from what it hides, and in the picture nowhere else.
   */
  static BufferedImage twoColourSticker(BufferedImage in) {
    BufferedImage out = ImageEdits.rgb(in);
    int w = out.getWidth();
    int h = out.getHeight();
    Graphics2D g = out.createGraphics();
    g.setColor(new Color(150, 150, 150));
    g.fillRect((int) (0.6 * w), (int) (0.08 * h), (int) (0.15 * w), (int) (0.35 * h));
    g.setColor(new Color(210, 210, 210));
    g.fillRect((int) (0.75 * w), (int) (0.08 * h), (int) (0.15 * w), (int) (0.35 * h));
    g.dispose();
    return out;
  }
}
