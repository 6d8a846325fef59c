package org.okju.testkit.documents;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;

/**
 * Pictures of pages, as a phone photographs or a scanner scans a diary page: dark text on a light
 * page. Hangul needs a font that has it (NanumGothic from Debian's fonts-nanum, installed by
 * .ci/run); Java2D falls back to its logical font otherwise.
 */
public final class PageImages {
  private PageImages() {}

  /**
   * A scanned page: white, {@code lines} in black at {@code points} size, a little sensor noise and
   * a slight grey cast when {@code photographed}.
   */
  public static BufferedImage page(
      List<String> lines, int points, boolean photographed, long seed) {
    int width = 1240;
    int height = 120 + lines.size() * points * 2;
    BufferedImage img = new BufferedImage(width, Math.max(height, 600), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(photographed ? new Color(232, 228, 218) : Color.WHITE);
    g.fillRect(0, 0, img.getWidth(), img.getHeight());
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(new Color(20, 20, 30));
    g.setFont(new Font("NanumGothic", Font.PLAIN, points));
    int y = 80;
    for (String line : lines) {
      g.drawString(line, 60, y);
      y += points * 2;
    }
    g.dispose();
    if (photographed) {
      Random random = new Random(seed);
      for (int i = 0; i < img.getWidth() * img.getHeight() / 8; i++) {
        int x = random.nextInt(img.getWidth());
        int yy = random.nextInt(img.getHeight());
        int rgb = img.getRGB(x, yy);
        int d = random.nextInt(17) - 8;
        int r = clamp(((rgb >> 16) & 0xff) + d);
        int gr = clamp(((rgb >> 8) & 0xff) + d);
        int b = clamp((rgb & 0xff) + d);
        img.setRGB(x, yy, (r << 16) | (gr << 8) | b);
      }
    }
    return img;
  }

  private static int clamp(int v) {
    return Math.max(0, Math.min(255, v));
  }
}
