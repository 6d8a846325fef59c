package org.okju.copies;

import org.okju.fingerprint.Dihedral;
import org.okju.fingerprint.PictureRegion;
import org.okju.fingerprint.PictureThumbnail;

/**
 * The coarse layout of a picture's light and dark, read from its {@link PictureThumbnail}: the 63
 * lowest frequencies (an 8x8 block of the 2-D DCT of the thumbnail reduced to 16x16, without its
 * mean), scaled to unit length so that contrast and brightness edits change nothing, each rounded
 * to one of five levels. Two layouts are compared by the sum of their level differences.
 *
 * <p>What it is for: a small, heavily compressed copy (a third of the size at JPEG quality 12, as
 * re-posters and messengers make) keeps its picture's layout while its PDQ, whose 256 bits weigh a
 * textured photo's middle frequencies as much as its layout, lands 34–66 bits from the original's
 * (copies/README.md). A layout is a candidate finder only: pictures whose layouts are close join
 * only when a pixel comparison of their thumbnails agrees ({@link PictureMatchPolicy#judgePixels}).
 */
final class ThumbnailLayout {
  /** Frequencies kept: an 8x8 block without the mean. */
  static final int FREQUENCIES = 63;

  /** Levels a frequency is rounded to. */
  static final int LEVELS = 5;

  private static final int REDUCED = 16;

  /**
   * Points a side the region is sampled at (bilinearly, between the thumbnail's cells), then
   * averaged 2x2 to {@value #REDUCED}: for the whole picture, the means of 4x4 cells.
   */
  private static final int SAMPLED = 32;

  private static final int CELL_SAMPLES = (SAMPLED / REDUCED) * (SAMPLED / REDUCED);

  /**
   * Below this spread of the reduced cells (luma levels) a picture is flat: scaled to unit length,
   * its frequencies would be rounding noise.
   */
  private static final double MIN_SPREAD = 1.0;

  private static final int FREQUENCY_SIDE = 8;

  /**
   * Bounds of the levels on a frequency's share of the unit-length layout: within ±0.05 is level 2
   * (about a third of a frequency's typical share, 1/√63), beyond ±0.15 the outer levels. Chosen on
   * the development wallpapers; a copy's frequencies moved by less than 0.05 (copies/README.md).
   */
  private static final double INNER = 0.05;

  private static final double OUTER = 0.15;

  private static final int[][] ZIGZAG = zigzag();

  private static final double[][] COSINES = cosines();

  /** One level (0–4, 2 for a frequency near zero) per frequency, lowest first in zigzag order. */
  private final byte[] levels;

  private ThumbnailLayout(byte[] levels) {
    if (levels.length != FREQUENCIES) {
      throw new IllegalArgumentException(
          "a layout has " + FREQUENCIES + " levels, not " + levels.length);
    }
    this.levels = levels;
  }

  /** The layout of {@code thumbnail}'s luma. */
  static ThumbnailLayout of(PictureThumbnail thumbnail) {
    return of(thumbnail, PictureRegion.WHOLE);
  }

  /**
   * The layout of {@code region} of {@code thumbnail}'s luma: the picture inside its bars, whose
   * black or coloured bands would otherwise be most of the layout of every letterboxed picture.
   */
  static ThumbnailLayout of(PictureThumbnail thumbnail, PictureRegion region) {
    return of(thumbnail, region, Dihedral.ORIGINAL);
  }

  /**
   * The layout of {@code region} of {@code thumbnail}'s luma turned by {@code orientation} (as
   * {@link PictureThumbnail#sample} turns it): a mirrored copy's strip is laid out as its
   * original's.
   */
  static ThumbnailLayout of(
      PictureThumbnail thumbnail, PictureRegion region, Dihedral orientation) {
    double[] reduced = reduce(thumbnail.sample(region, orientation, SAMPLED, false), SAMPLED);
    if (spread(reduced) < MIN_SPREAD) {
      byte[] flat = new byte[FREQUENCIES];
      java.util.Arrays.fill(flat, (byte) 2);
      return new ThumbnailLayout(flat);
    }
    // Separable: each row's 8 lowest frequencies across, then down the rows.
    double[][] across = new double[FREQUENCY_SIDE][REDUCED];
    for (int u = 0; u < FREQUENCY_SIDE; u++) {
      for (int y = 0; y < REDUCED; y++) {
        double sum = 0;
        for (int x = 0; x < REDUCED; x++) {
          sum += reduced[y * REDUCED + x] * COSINES[u][x];
        }
        across[u][y] = sum;
      }
    }
    double[] frequencies = new double[FREQUENCIES];
    double energy = 0;
    for (int i = 0; i < FREQUENCIES; i++) {
      int u = ZIGZAG[i + 1][0];
      int v = ZIGZAG[i + 1][1];
      double sum = 0;
      for (int y = 0; y < REDUCED; y++) {
        sum += across[u][y] * COSINES[v][y];
      }
      frequencies[i] = sum;
      energy += sum * sum;
    }
    double length = Math.sqrt(energy);
    byte[] levels = new byte[FREQUENCIES];
    for (int i = 0; i < FREQUENCIES; i++) {
      levels[i] = level(length == 0 ? 0 : frequencies[i] / length);
    }
    return new ThumbnailLayout(levels);
  }

  /** Whether the layout says nothing: a flat thumbnail has no frequency to compare. */
  boolean flat() {
    for (byte l : levels) {
      if (l != 2) {
        return false;
      }
    }
    return true;
  }

  /** The sum of the level differences, frequency by frequency: 0 to 4 × {@value #FREQUENCIES}. */
  int distance(ThumbnailLayout other) {
    int d = 0;
    for (int i = 0; i < FREQUENCIES; i++) {
      d += Math.abs(levels[i] - other.levels[i]);
    }
    return d;
  }

  /**
   * {@link #distance}, or any number above {@code limit} as soon as the sum passes it: most
   * candidates of a bucket are far apart, and the sum need not be finished to say so.
   */
  int distanceWithin(ThumbnailLayout other, int limit) {
    int d = 0;
    for (int i = 0; i < FREQUENCIES && d <= limit; i++) {
      d += Math.abs(levels[i] - other.levels[i]);
    }
    return d;
  }

  /** Level {@code i} (a copy of the array is not made: for the index's keys). */
  int level(int i) {
    return levels[i];
  }

  private static byte level(double share) {
    if (share < -OUTER) {
      return 0;
    }
    if (share < -INNER) {
      return 1;
    }
    if (share < INNER) {
      return 2;
    }
    return (byte) (share < OUTER ? 3 : 4);
  }

  /** The standard deviation of the reduced cells, in luma levels. */
  private static double spread(double[] reduced) {
    double sum = 0;
    double squares = 0;
    for (double v : reduced) {
      double level = v / CELL_SAMPLES;
      sum += level;
      squares += level * level;
    }
    double mean = sum / reduced.length;
    return Math.sqrt(Math.max(0, squares / reduced.length - mean * mean));
  }

  private static double[] reduce(float[] samples, int side) {
    int cell = side / REDUCED;
    double[] out = new double[REDUCED * REDUCED];
    for (int y = 0; y < side; y++) {
      for (int x = 0; x < side; x++) {
        out[(y / cell) * REDUCED + x / cell] += samples[y * side + x];
      }
    }
    return out;
  }

  private static double[][] cosines() {
    double[][] c = new double[FREQUENCY_SIDE][REDUCED];
    for (int u = 0; u < FREQUENCY_SIDE; u++) {
      for (int x = 0; x < REDUCED; x++) {
        c[u][x] = Math.cos(Math.PI * (2 * x + 1) * u / (2.0 * REDUCED));
      }
    }
    return c;
  }

  /** The 8x8 frequencies {@code {u, v}}, lowest first along anti-diagonals (JPEG's order). */
  private static int[][] zigzag() {
    int[][] out = new int[FREQUENCY_SIDE * FREQUENCY_SIDE][];
    int k = 0;
    for (int s = 0; s < 2 * FREQUENCY_SIDE - 1; s++) {
      for (int i = 0; i <= s; i++) {
        int u = s % 2 == 0 ? s - i : i;
        int v = s - u;
        if (u < FREQUENCY_SIDE && v < FREQUENCY_SIDE) {
          out[k++] = new int[] {u, v};
        }
      }
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ThumbnailLayout t && java.util.Arrays.equals(levels, t.levels);
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.hashCode(levels);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(FREQUENCIES);
    for (byte l : levels) {
      s.append(l);
    }
    return s.toString();
  }
}
