package org.okju.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.okju.testkit.ImageEdits;

/**
 * Session 37: a yellow emoji over a hazy blue sky, the copy cropped at uneven offsets. Its face has
 * about the sky's luma (contrast with its ring under {@link OverlayComparison.Limits#minContrast}),
 * the sky under it is as flat as the face, and its dark eyes and mouth keep it from being one
 * colour: such an overlay must lie {@link OverlayComparison.Limits#minFlatElsewhere} in luma from
 * every other part of the original, and a face of the sky's luma over a sky lies nearer than that.
 * Its colour is found nowhere in the picture ({@link ThumbnailMasks#nearestColour}), which no part
 * of the picture moved there can say. The two copies whose emoji covers only sky were refused
 * before (checked); the one whose emoji also covers the hills joined and still does. A patch of the
 * picture's own yellow buoy moved into the sky stays refused (its colour lies 8 from the buoy's;
 * with no colour limit it joins, checked), and the copies do not join the other seascape.
 */
class EmojiOfAColourFoundNowhereTest {
  private static final double[][] CUTS = {
    {0.022, 0.014, 0.008, 0.097}, {0.07, 0.091, 0.042, 0.043}, {0.05, 0.03, 0.06, 0.08}
  };
  private static final ImageEdits.StickerPlace[] FACES = {
    new ImageEdits.StickerPlace(0.45, 0.3, 0.34, 0.26),
    new ImageEdits.StickerPlace(0.12, 0.08, 0.3, 0.3),
    new ImageEdits.StickerPlace(0.5, 0.1, 0.36, 0.28)
  };

  @Test
  void theCroppedSeascapeUnderAYellowEmojiJoinsItsOriginalOnly() {
    BufferedImage sea = seascape(1, false);
    BufferedImage other = ImageEdits.crop(seascape(3, false), 0, 0.3, 0, 0);
    SoftAssertions softly = new SoftAssertions();
    for (int k = 0; k < CUTS.length; k++) {
      double[] cut = CUTS[k];
      BufferedImage copy =
          ImageEdits.sticker(ImageEdits.crop(sea, cut[0], cut[1], cut[2], cut[3]), FACES[k]);
      softly
          .assertThat(Pictures.tapesOf(sea, copy, other))
          .as("emoji %d: %s", k, Pictures.judgedAsOverlay(copy, sea).evidence())
          .containsExactlyInAnyOrder(List.of(1L, 2L), List.of(3L));
    }
    softly.assertAll();
  }

  @Test
  void aPatchOfThePicturesOwnYellowMovedIntoTheSkyIsNoOverlay() {
    BufferedImage sea = seascape(1, true);
    BufferedImage copy = ImageEdits.crop(sea, CUTS[0][0], CUTS[0][1], CUTS[0][2], CUTS[0][3]);
    Graphics2D g = copy.createGraphics();
    g.drawImage(sea.getSubimage(BUOY_X - 40, BUOY_Y - 36, 130, 100), 200, 80, null);
    g.dispose();
    PictureMatchPolicy.Decision d = Pictures.judgedAsOverlay(copy, sea);
    assertThat(d.joins()).as(d.evidence().toString()).isFalse();
  }

  private static final int BUOY_X = 300;
  private static final int BUOY_Y = 380;

  // A hazy sky lightening towards a faint line of hills, and a darker sea streaked by waves; with
  // a buoy, a yellow disc with a dark band, on the sea.
  static BufferedImage seascape(long seed, boolean buoy) {
    Random r = new Random(seed);
    int size = 480;
    int horizon = 200 + r.nextInt(40);
    double hillPhase = r.nextDouble() * 6;
    double wavePhase = r.nextDouble() * 6;
    BufferedImage out = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        double n = r.nextGaussian() * 1.5;
        int hill = horizon - 12 - (int) (10 * Math.sin(x / 60.0 + hillPhase));
        double red;
        double green;
        double blue;
        if (y < hill) {
          double t = (double) y / hill;
          red = 112 + 45 * t;
          green = 150 + 28 * t;
          blue = 206 + 16 * t;
        } else if (y < horizon) {
          red = 150;
          green = 168;
          blue = 196;
        } else {
          double t = (double) (y - horizon) / (size - horizon);
          double wave = 10 * Math.sin(y / 3.0 + 0.4 * Math.sin(x / 23.0 + wavePhase));
          red = 60 - 30 * t + wave;
          green = 112 - 30 * t + wave;
          blue = 172 - 30 * t + wave;
        }
        out.setRGB(x, y, new Color(clamp(red + n), clamp(green + n), clamp(blue + n)).getRGB());
      }
    }
    if (buoy) {
      Graphics2D g = out.createGraphics();
      g.setColor(new Color(0xF5C518));
      g.fillOval(BUOY_X - 30, BUOY_Y - 26, 60, 52);
      g.setColor(new Color(0x3A2A10));
      g.fillRect(BUOY_X - 30, BUOY_Y - 4, 60, 8);
      g.dispose();
    }
    return out;
  }

  private static int clamp(double v) {
    return (int) Math.max(0, Math.min(255, Math.round(v)));
  }
}
