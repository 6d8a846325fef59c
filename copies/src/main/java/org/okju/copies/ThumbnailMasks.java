package org.okju.copies;

import java.util.Arrays;
import org.okju.fingerprint.PictureThumbnail;

/**
 * Masks and measures over a thumbnail's {@value #SIDE}x{@value #SIDE} luma samples and its cells of
 * {@value #CELL}x{@value #CELL} samples, for {@link OverlayComparison}: which samples are the
 * overlay, its ring and the rest, and how flat, how busy and how bright each is.
 */
final class ThumbnailMasks {
  static final int SIDE = PictureThumbnail.SIDE;
  static final int CELL = 4;
  static final int CELLS = SIDE / CELL;

  private ThumbnailMasks() {}

  static int[] values(byte[] luma) {
    int[] v = new int[luma.length];
    for (int i = 0; i < v.length; i++) {
      v[i] = luma[i] & 0xff;
    }
    return v;
  }

  static int medianDifference(int[] c, int[] o) {
    int[] histogram = new int[511];
    for (int i = 0; i < c.length; i++) {
      histogram[c[i] - o[i] + 255]++;
    }
    int seen = 0;
    for (int d = 0; d < histogram.length; d++) {
      seen += histogram[d];
      if (seen * 2 >= c.length) {
        return d - 255;
      }
    }
    return 0;
  }

  static void markCell(boolean[] mask, int cx, int cy) {
    for (int y = cy * CELL; y < cy * CELL + CELL; y++) {
      Arrays.fill(mask, y * SIDE + cx * CELL, y * SIDE + cx * CELL + CELL, true);
    }
  }

  static boolean nextToChanged(boolean[] changed, int cx, int cy) {
    for (int dy = -1; dy <= 1; dy++) {
      for (int dx = -1; dx <= 1; dx++) {
        int x = cx + dx;
        int y = cy + dy;
        if (x >= 0 && y >= 0 && x < CELLS && y < CELLS && changed[y * CELLS + x]) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The share of the samples in {@code mask} within {@value #FILL_TOLERANCE} levels of one of the
   * two commonest values (at least twice that apart): a box's fill, an emoji's face and features.
   */
  static double fillShare(int[] v, boolean[] mask) {
    return modeShare(v, mask, 2);
  }

  /**
   * The share of the samples in {@code mask} within {@value #FILL_TOLERANCE} levels of the one
   * commonest value: a box of one colour, not a gentle gradient.
   */
  static double uniformShare(int[] v, boolean[] mask) {
    return modeShare(v, mask, 1);
  }

  private static double modeShare(int[] v, boolean[] mask, int modes) {
    int[] histogram = histogram(v, mask);
    int n = histogram[256];
    if (n == 0) {
      return 0;
    }
    int[] window = new int[256];
    for (int l = 0; l < 256; l++) {
      for (int d = -FILL_TOLERANCE; d <= FILL_TOLERANCE; d++) {
        if (l + d >= 0 && l + d < 256) {
          window[l] += histogram[l + d];
        }
      }
    }
    int first = 0;
    for (int l = 1; l < 256; l++) {
      if (window[l] > window[first]) {
        first = l;
      }
    }
    if (modes == 1) {
      return (double) window[first] / n;
    }
    int second = -1;
    for (int l = 0; l < 256; l++) {
      if (Math.abs(l - first) > 2 * FILL_TOLERANCE && (second < 0 || window[l] > window[second])) {
        second = l;
      }
    }
    return (double) (window[first] + (second < 0 ? 0 : window[second])) / n;
  }

  static final int FILL_TOLERANCE = 6;

  /** How many samples of {@code mask} have each level 0-255; the count of all at index 256. */
  static int[] histogram(int[] v, boolean[] mask) {
    int[] histogram = new int[257];
    for (int i = 0; i < v.length; i++) {
      if (mask[i]) {
        histogram[v[i]]++;
        histogram[256]++;
      }
    }
    return histogram;
  }

  /**
   * The samples of {@code mask} whose neighbours in it lie within {@value #FLAT_STEP} levels of
   * them, when they are at least a third of it ({@link #LEAST_FLAT_PART}); else null. Session 35:
   * at 64×64 samples an emoji's eyes and mouth are a few samples each, and their blurred outlines
   * lie between its two colours; counted in, a small emoji over a light, nearly flat picture filled
   * 0.70-0.84 of its core (the ETR snow and ice, the small Debian wallpapers), under the 0.85 an
   * overlay must fill. Its edges took 43-54% of the core; a patch of pebbles, which is edges nearly
   * everywhere, 85%, and is read whole as before.
   */
  static boolean[] flatPart(int[] v, boolean[] mask) {
    boolean[] out = new boolean[mask.length];
    int kept = 0;
    int all = 0;
    for (int y = 0; y < SIDE; y++) {
      for (int x = 0; x < SIDE; x++) {
        int i = y * SIDE + x;
        if (!mask[i]) {
          continue;
        }
        all++;
        boolean flat =
            (x == 0 || !mask[i - 1] || Math.abs(v[i] - v[i - 1]) <= FLAT_STEP)
                && (x == SIDE - 1 || !mask[i + 1] || Math.abs(v[i] - v[i + 1]) <= FLAT_STEP)
                && (y == 0 || !mask[i - SIDE] || Math.abs(v[i] - v[i - SIDE]) <= FLAT_STEP)
                && (y == SIDE - 1 || !mask[i + SIDE] || Math.abs(v[i] - v[i + SIDE]) <= FLAT_STEP);
        out[i] = flat;
        kept += flat ? 1 : 0;
      }
    }
    return kept >= LEAST_FLAT_PART * all ? out : null;
  }

  /** The largest step between neighbours of an overlay's flat part: the fill's window across. */
  static final int FLAT_STEP = 2 * FILL_TOLERANCE;

  /** The least share of an overlay's core its flat part must be to be read alone. */
  static final double LEAST_FLAT_PART = 1.0 / 3;

  /**
   * The samples of the cells {@code cx0}-{@code cx1} across and {@code cy0}-{@code cy1} down that
   * lie within {@value #FILL_TOLERANCE} levels of {@code level}.
   */
  static boolean[] atLevel(int[] v, int cx0, int cy0, int cx1, int cy1, int level) {
    boolean[] out = new boolean[v.length];
    for (int y = cy0 * CELL; y < (cy1 + 1) * CELL; y++) {
      for (int x = cx0 * CELL; x < (cx1 + 1) * CELL; x++) {
        int i = y * SIDE + x;
        out[i] = Math.abs(v[i] - level) <= FILL_TOLERANCE;
      }
    }
    return out;
  }

  /** The samples of {@code mask} whose four neighbours are in it too. */
  static boolean[] eroded(boolean[] mask) {
    return eroded(mask, SIDE);
  }

  // The marks of a side x side grid whose four neighbours are marked too.
  private static boolean[] eroded(boolean[] mask, int side) {
    boolean[] out = new boolean[mask.length];
    for (int y = 1; y < side - 1; y++) {
      for (int x = 1; x < side - 1; x++) {
        int i = y * side + x;
        out[i] = mask[i] && mask[i - 1] && mask[i + 1] && mask[i - side] && mask[i + side];
      }
    }
    return out;
  }

  /** The mean absolute difference of right and lower neighbours both inside {@code mask}. */
  static double meanNeighbourDifference(int[] v, boolean[] mask) {
    double sum = 0;
    int pairs = 0;
    for (int y = 0; y < SIDE; y++) {
      for (int x = 0; x < SIDE; x++) {
        int i = y * SIDE + x;
        if (!mask[i]) {
          continue;
        }
        if (x + 1 < SIDE && mask[i + 1]) {
          sum += Math.abs(v[i + 1] - v[i]);
          pairs++;
        }
        if (y + 1 < SIDE && mask[i + SIDE]) {
          sum += Math.abs(v[i + SIDE] - v[i]);
          pairs++;
        }
      }
    }
    return pairs == 0 ? 0 : sum / pairs;
  }

  static double median(int[] v, boolean[] mask) {
    int[] histogram = histogram(v, mask);
    int n = histogram[256];
    if (n == 0) {
      return Double.NaN;
    }
    int seen = 0;
    for (int l = 0; l < 256; l++) {
      seen += histogram[l];
      if (seen * 2 >= n) {
        return l;
      }
    }
    return 255;
  }

  /**
   * The median colour (Cb, Cr, each minus 128) of the colour cells in {@code cells} (one colour
   * cell a thumbnail cell): {@code null} when the thumbnail has no colour or no cell is marked.
   */
  static double[] medianColour(PictureThumbnail t, boolean[] cells) {
    if (!t.hasColour() || PictureThumbnail.COLOUR_SIDE != CELLS) {
      return null;
    }
    byte[] chroma = t.chroma();
    int n = CELLS * CELLS;
    int[] cb = new int[n];
    int[] cr = new int[n];
    int count = 0;
    for (int k = 0; k < n; k++) {
      if (cells[k]) {
        cb[count] = (chroma[k] & 0xff) - 128;
        cr[count] = (chroma[n + k] & 0xff) - 128;
        count++;
      }
    }
    if (count == 0) {
      return null;
    }
    Arrays.sort(cb, 0, count);
    Arrays.sort(cr, 0, count);
    return new double[] {cb[count / 2], cr[count / 2]};
  }

  /**
   * How far the median colour of {@code overlay}'s cells in {@code covered} (its inner cells when
   * it has {@value #LEAST_INNER_CELLS} or more, away from the cells its edge shares with the
   * picture) lies from the nearest colour cell of {@code original}: NaN when either has no colour.
   */
  static double nearestColour(
      PictureThumbnail original, PictureThumbnail covered, boolean[] overlay) {
    boolean[] inner = eroded(overlay, CELLS);
    double[] colour = medianColour(covered, count(inner) >= LEAST_INNER_CELLS ? inner : overlay);
    if (colour == null || !original.hasColour()) {
      return Double.NaN;
    }
    byte[] chroma = original.chroma();
    int n = CELLS * CELLS;
    double nearest = Double.POSITIVE_INFINITY;
    for (int k = 0; k < n; k++) {
      double cb = (chroma[k] & 0xff) - 128 - colour[0];
      double cr = (chroma[n + k] & 0xff) - 128 - colour[1];
      nearest = Math.min(nearest, Math.hypot(cb, cr));
    }
    return nearest;
  }

  /** The fewest inner cells whose colour {@link #nearestColour} reads instead of every cell's. */
  static final int LEAST_INNER_CELLS = 4;

  private static int count(boolean[] cells) {
    int n = 0;
    for (boolean b : cells) {
      if (b) {
        n++;
      }
    }
    return n;
  }

  /**
   * The longest straight run of {@code overlay}'s outline, across or down, along which the copy
   * {@code c} steps and the original {@code o} does not (less than half the copy's step, sample by
   * sample): where a box's edge cuts through the picture, which goes on under it. The outline of
   * something that moved away (a burst) follows its own edge, which the original shows too.
   */
  static int longestStraightCut(int[] c, int[] o, boolean[] overlay) {
    int longest = 0;
    for (int[] out : new int[][] {{-1, 0}, {1, 0}, {0, -1}, {0, 1}}) {
      boolean down = out[0] != 0;
      for (int line = 0; line < SIDE; line++) {
        int run = 0;
        for (int along = 0; along < SIDE; along++) {
          int x = down ? line : along;
          int y = down ? along : line;
          int nx = x + out[0];
          int ny = y + out[1];
          boolean cut = false;
          if (nx >= 0 && ny >= 0 && nx < SIDE && ny < SIDE) {
            int i = y * SIDE + x;
            int j = ny * SIDE + nx;
            cut = overlay[i] && !overlay[j] && 2 * Math.abs(o[i] - o[j]) < Math.abs(c[i] - c[j]);
          }
          run = cut ? run + 1 : 0;
          longest = Math.max(longest, run);
        }
      }
    }
    return longest;
  }

  /**
   * The share of {@code mask}'s samples within {@value #FILL_TOLERANCE} levels of {@code level}, as
   * {@link #atLevel} marks them.
   */
  static double shareAtLevel(int[] v, boolean[] mask, double level) {
    int n = 0;
    int at = 0;
    for (int i = 0; i < v.length; i++) {
      if (mask[i]) {
        n++;
        if (Math.abs(v[i] - level) <= FILL_TOLERANCE) {
          at++;
        }
      }
    }
    return n == 0 ? Double.NaN : (double) at / n;
  }
}
