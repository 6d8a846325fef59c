package org.okju.bench;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.image.BufferedImage;

/**
 * The benchmark's own judgement of whether two small pictures are one picture, from their pixels
 * and independent of okju's signals: both composited over white and over black, scaled by area
 * averaging to the smaller one's size (at most {@value #SIDE} a side), in the best of the eight
 * orientations (a mirrored icon is a flipped copy), and the worst 4x4 block's mean colour
 * difference compared with {@value #SAME}/255. A block, not the mean, so that two icons differing
 * in one badge or one bar of a battery gauge are different pictures.
 */
final class PixelTruth {
  static final int SIDE = 64;

  /** Largest worst-block mean difference (0-255) of one picture. */
  static final double SAME = 16;

  private PixelTruth() {}

  /** The picture as compared: composited over white, then over black, at {@code side}. */
  static final class Pixels {
    // A class, not a record: its arrays are handed over as they are, neither copied nor compared.
    private final int side;
    private final int[] white;
    private final int[] black;

    Pixels(int side, int[] white, int[] black) {
      this.side = side;
      this.white = white;
      this.black = black;
    }

    int side() {
      return side;
    }

    int[] white() {
      return white;
    }

    int[] black() {
      return black;
    }
  }

  static Pixels of(BufferedImage image, int side) {
    return new Pixels(side, scaled(image, side, Color.WHITE), scaled(image, side, Color.BLACK));
  }

  /** The side two pictures are compared at. */
  static int side(BufferedImage a, BufferedImage b) {
    return Math.max(
        4,
        Math.min(
            SIDE,
            Math.min(
                Math.min(a.getWidth(), a.getHeight()), Math.min(b.getWidth(), b.getHeight()))));
  }

  /** The worst block difference of {@code a} and {@code b} (of the same side), best orientation. */
  static double difference(Pixels a, Pixels b) {
    double best = Double.MAX_VALUE;
    for (int o = 0; o < 8; o++) {
      double worst =
          Math.max(
              worstBlock(a.white(), turn(b.white(), o, a.side()), a.side()),
              worstBlock(a.black(), turn(b.black(), o, a.side()), a.side()));
      best = Math.min(best, worst);
    }
    return best;
  }

  static boolean same(BufferedImage a, BufferedImage b) {
    int side = side(a, b);
    return difference(of(a, side), of(b, side)) <= SAME;
  }

  private static int[] scaled(BufferedImage in, int side, Color background) {
    BufferedImage out = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.setColor(background);
    g.fillRect(0, 0, side, side);
    g.drawImage(in.getScaledInstance(side, side, Image.SCALE_AREA_AVERAGING), 0, 0, null);
    g.dispose();
    return out.getRGB(0, 0, side, side, null, 0, side);
  }

  private static int[] turn(int[] p, int orientation, int n) {
    int[] out = new int[p.length];
    int m = n - 1;
    for (int y = 0; y < n; y++) {
      for (int x = 0; x < n; x++) {
        int sx = x;
        int sy = y;
        switch (orientation) {
          case 1 -> {
            sx = y;
            sy = m - x;
          }
          case 2 -> {
            sx = m - x;
            sy = m - y;
          }
          case 3 -> {
            sx = m - y;
            sy = x;
          }
          case 4 -> sx = m - x;
          case 5 -> sy = m - y;
          case 6 -> {
            sx = y;
            sy = x;
          }
          case 7 -> {
            sx = m - y;
            sy = m - x;
          }
          default -> {}
        }
        out[y * n + x] = p[sy * n + sx];
      }
    }
    return out;
  }

  private static double worstBlock(int[] a, int[] b, int n) {
    double[] sums = new double[16];
    int[] counts = new int[16];
    for (int y = 0; y < n; y++) {
      for (int x = 0; x < n; x++) {
        int i = y * n + x;
        double d = 0;
        for (int shift = 0; shift < 24; shift += 8) {
          d += Math.abs(((a[i] >> shift) & 0xff) - ((b[i] >> shift) & 0xff));
        }
        int block = (y * 4 / n) * 4 + x * 4 / n;
        sums[block] += d / 3;
        counts[block]++;
      }
    }
    double worst = 0;
    for (int k = 0; k < 16; k++) {
      if (counts[k] > 0) {
        worst = Math.max(worst, sums[k] / counts[k]);
      }
    }
    return worst;
  }
}
