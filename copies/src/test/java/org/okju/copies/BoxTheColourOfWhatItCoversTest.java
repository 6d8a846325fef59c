package org.okju.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.okju.testkit.ImageEdits;

/**
 * Session 29 (second look): a black box over a dark, textured part of a picture is as dark as what
 * surrounds it, so the comparison's "stands out from its ring" test refused it. The overlay
 * judgement now joins it when the box is flat to a level, the original under it is textured, and
 * the box is like no other part of the original. A burst whose moved patch is a flat part of the
 * same picture is flat over texture too and must still be refused (its patch is found where it came
 * from; since the limit on the hidden part's fill was added, that limit refuses it as well). The
 * pictures are made here from a dense vector photo with a part darkened to a third of its
 * brightness.
 */
class BoxTheColourOfWhatItCoversTest {
  private static final String Q1050 = "reg-test-input/labelme-subset/q1050.jpg";
  private static final String AAA = "bridge-mods/aaa-orig.jpg";

  /**
   * Judged alone, as the overlay judgement judges a candidate: grouped, a black box over a dark
   * part can join through its PDQ as well (it moves the hash little; a first draft of this test, a
   * cropped copy of another photo, did), which would hide the rule.
   */
  @Test
  void aBlackBoxOverADarkTexturedPartJoinsItsPictureAndNotAnother() {
    BufferedImage dark = darkened(OneCopyAmongDistinctPhotos.resized(Q1050), 3);
    BufferedImage other = darkened(OneCopyAmongDistinctPhotos.resized(AAA), 3);
    BufferedImage copy = ImageEdits.blackBox(dark, new ImageEdits.BoxPlace(0.45, 0.2, 0.4, 0.6));
    PictureMatchPolicy.Decision own = Pictures.judgedAsOverlay(copy, dark);
    assertThat(own.joins()).as(own.evidence().toString()).isTrue();
    assertThat(own.evidence().toString()).contains("overlayActivity=0.0");
    PictureMatchPolicy.Decision another = Pictures.judgedAsOverlay(copy, other);
    assertThat(another.joins()).as(another.evidence().toString()).isFalse();
  }

  @Test
  void aFlatPartOfThePictureMovedOverTheDarkTextureIsNoOverlay() {
    BufferedImage original = darkened(OneCopyAmongDistinctPhotos.resized(Q1050), 3);
    int w = original.getWidth();
    int h = original.getHeight();
    Graphics2D g = original.createGraphics();
    g.setColor(Color.BLACK);
    g.fillRect((int) (0.03 * w), (int) (0.35 * h), (int) (0.25 * w), (int) (0.3 * h));
    g.dispose();
    BufferedImage burst = ImageEdits.rgb(original);
    Graphics2D b = burst.createGraphics();
    b.drawImage(
        original.getSubimage((int) (0.03 * w), (int) (0.35 * h), (int) (0.25 * w), (int) (0.3 * h)),
        (int) (0.5 * w),
        (int) (0.3 * h),
        null);
    b.dispose();
    PictureMatchPolicy.Decision d = Pictures.judgedAsOverlay(burst, original);
    assertThat(d.joins()).as(d.evidence().toString()).isFalse();
  }

  /**
   * The photo with its right part (x 35-95%, y 10-90%) at {@code 1 / divisor} of its brightness: a
   * dark part that keeps the photo's texture, within a black box's contrast limit of black.
   */
  static BufferedImage darkened(BufferedImage photo, int divisor) {
    BufferedImage out = ImageEdits.rgb(photo);
    int w = out.getWidth();
    int h = out.getHeight();
    for (int y = (int) (0.1 * h); y < (int) (0.9 * h); y++) {
      for (int x = (int) (0.35 * w); x < (int) (0.95 * w); x++) {
        int rgb = out.getRGB(x, y);
        int r = (rgb >> 16 & 0xFF) / divisor;
        int gr = (rgb >> 8 & 0xFF) / divisor;
        int bl = (rgb & 0xFF) / divisor;
        out.setRGB(x, y, r << 16 | gr << 8 | bl);
      }
    }
    return out;
  }
}
