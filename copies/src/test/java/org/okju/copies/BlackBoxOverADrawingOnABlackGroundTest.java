package org.okju.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.okju.testkit.ImageEdits;

/**
 * Session 37: a drawing on a black ground (clip art whose transparent ground was flattened to
 * black) under a black box that covers part of the figure and part of the ground. The box is as
 * black as the ground round it, so it is "like what surrounds it", and black is everywhere else in
 * the picture, so it is near another part of the original: refused as what a burst shows, a part of
 * the picture moved there. Its outline cuts straight through the figure, which goes on under it in
 * the original ({@link ThumbnailMasks#longestStraightCut}); where something moved away the outline
 * follows its own edge, which the original shows as well. Every copy below was refused before
 * (checked); a mottled ball taken out of the drawing, the ground black where it was, stays refused
 * (with no limit on the cut it joins, checked), and the copies do not join another drawing on
 * black.
 */
class BlackBoxOverADrawingOnABlackGroundTest {
  private static final ImageEdits.BoxPlace[] BOXES = {
    new ImageEdits.BoxPlace(0.0, 0.0, 0.32, 0.3),
    new ImageEdits.BoxPlace(0.5, 0.1, 0.32, 0.3),
    new ImageEdits.BoxPlace(0.6, 0.6, 0.32, 0.3)
  };

  @Test
  void theBoxedDrawingJoinsItsOriginalOnly() {
    BufferedImage drawing = drawing(false, new Color(0xF29A2E));
    BufferedImage other = ImageEdits.flipHorizontal(drawing(true, new Color(0x8E44AD)));
    SoftAssertions softly = new SoftAssertions();
    for (int k = 0; k < BOXES.length; k++) {
      BufferedImage copy = ImageEdits.blackBox(drawing, BOXES[k]);
      softly
          .assertThat(Pictures.tapesOf(drawing, copy, other))
          .as("box %d: %s", k, Pictures.judgedAsOverlay(copy, drawing).evidence())
          .containsExactlyInAnyOrder(List.of(1L, 2L), List.of(3L));
    }
    softly.assertAll();
  }

  @Test
  void aFigureTakenOutOfTheDrawingIsNoOverlay() {
    BufferedImage drawing = drawing(true, new Color(0xF29A2E));
    BufferedImage withoutTheBall = drawing(false, new Color(0xF29A2E));
    PictureMatchPolicy.Decision d = Pictures.judgedAsOverlay(withoutTheBall, drawing);
    assertThat(d.joins()).as(d.evidence().toString()).isFalse();
  }

  // A large rounded figure of one colour with dots and an outline, a mottled ball beside it, on
  // black.
  private static BufferedImage drawing(boolean ball, Color body) {
    BufferedImage out = new BufferedImage(480, 480, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(body);
    g.fillRoundRect(60, 50, 300, 380, 160, 160);
    g.setColor(new Color(0x2E6FD8));
    for (int y = 80; y < 420; y += 38) {
      for (int x = 85 + (y / 38 % 2) * 19; x < 340; x += 38) {
        g.fillOval(x, y, 14, 14);
      }
    }
    g.setColor(new Color(0x3A2410));
    g.setStroke(new BasicStroke(6));
    g.drawRoundRect(60, 50, 300, 380, 160, 160);
    g.dispose();
    if (ball) {
      // Mottled, so that the ball is no flat sticker either way round.
      Random r = new Random(7);
      int[] patch = new int[36];
      for (int k = 0; k < patch.length; k++) {
        int v = 60 + r.nextInt(180);
        patch[k] = new Color(v, v * 4 / 5, 255 - v).getRGB();
      }
      for (int y = 320; y < 420; y++) {
        for (int x = 372; x < 472; x++) {
          if ((x - 422) * (x - 422) + (y - 370) * (y - 370) < 50 * 50) {
            out.setRGB(x, y, patch[(y - 320) / 17 * 6 + (x - 372) / 17]);
          }
        }
      }
    }
    return out;
  }
}
