package org.okju.copies;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.okju.fingerprint.PictureThumbnail;

/**
 * Whether one still picture is another with something flat laid over one rectangle of it: a
 * sticker, an emoji or a censor box, as re-posters hide a face or a body. The two thumbnails are
 * compared whole, cell by cell (4x4 thumbnail samples a cell, 16x16 cells):
 *
 * <ul>
 *   <li>every cell that differs lies in one rectangle of at most {@link Limits#maxArea} of the
 *       picture, and at least {@link Limits#minChangedShare} of that rectangle's cells differ (a
 *       subject that moved between two photos of a burst differs where it was and where it went);
 *   <li>outside that rectangle (and the ring of cells round it, which the thumbnail blurs into) the
 *       two agree closely, and the original shows something there to agree on;
 *   <li>inside, the samples that changed are an overlay: in the covered picture mostly one or two
 *       flat colours (a box; an emoji's face and features), clearly more so than the original
 *       there, and standing out from what surrounds them (a wall the same as around it is not laid
 *       over anything). A photo of the same scene where something textured moved differs by
 *       texture.
 * </ul>
 *
 * A blurred or pixelated box is not judged here: up to the bench's 15% of the picture PDQ still
 * finds it (copies/README.md, session 22), and a rule for smoothed regions let bursts through. Luma
 * differences are taken after the median difference of the whole pictures is removed (a copy made
 * brighter). Immutable; thread-safe.
 *
 * @param agrees whether the covered picture is the original under one overlay
 * @param reason why not, or {@code flat}
 * @param x0 the rectangle's left edge, a share of the width (NaN when none was found)
 * @param y0 its top edge
 * @param x1 its right edge
 * @param y1 its bottom edge
 * @param changedShare the share of the rectangle's cells that differ
 * @param outsideDifference mean absolute luma difference of the cells outside it and its ring
 * @param outsideActivity the original's mean difference of neighbouring samples there
 * @param fill the share of the changed samples (away from their outline) within a few levels of the
 *     covered picture's one or two commonest values there
 * @param originalFill the same share in the original
 * @param contrast how far the changed samples' median lies from the median of the ring of cells
 *     round them, in the covered picture
 */
record OverlayComparison(
    boolean agrees,
    String reason,
    double x0,
    double y0,
    double x1,
    double y1,
    double changedShare,
    double outsideDifference,
    double outsideActivity,
    double fill,
    double originalFill,
    double contrast) {

  /**
   * The limits (luma levels 0-255 and shares), chosen in session 22 on the bench's development
   * photos and wallpapers and on synthetic bursts made from them (copies/README.md).
   *
   * @param changedCell mean absolute difference above which a cell differs
   * @param changedSample absolute difference above which a sample of the rectangle is the overlay
   * @param minChangedCells fewer differing cells are no overlay (nothing covered)
   * @param maxArea the largest rectangle, a share of the picture
   * @param minChangedShare the least share of the rectangle's cells that differ
   * @param maxOutside the largest mean difference outside the rectangle and its ring
   * @param minOutsideActivity the least mean neighbour difference of the original outside: a
   *     picture with nothing there has nothing to agree on
   * @param minFill the least fill of an overlay
   * @param minFillGain how much more the overlay's fill is than the original's there
   * @param minContrast how far an overlay's median lies from its ring's
   */
  record Limits(
      double changedCell,
      double changedSample,
      int minChangedCells,
      double maxArea,
      double minChangedShare,
      double maxOutside,
      double minOutsideActivity,
      double minFill,
      double minFillGain,
      double minContrast) {}

  static final Limits DEFAULT = new Limits(12, 24, 4, 0.25, 0.5, 3.0, 1.0, 0.85, 0.1, 40);

  private static final int SIDE = PictureThumbnail.SIDE;
  private static final int CELL = 4;
  private static final int CELLS = SIDE / CELL;

  /** Whether {@code covered} is {@code original} under one overlay. */
  static OverlayComparison of(PictureThumbnail covered, PictureThumbnail original, Limits limits) {
    int[] c = values(covered.luma());
    int[] o = values(original.luma());
    int offset = medianDifference(c, o);
    double[] cellDiff = new double[CELLS * CELLS];
    boolean[] changed = new boolean[CELLS * CELLS];
    int count = 0;
    int cx0 = CELLS;
    int cy0 = CELLS;
    int cx1 = -1;
    int cy1 = -1;
    for (int cy = 0; cy < CELLS; cy++) {
      for (int cx = 0; cx < CELLS; cx++) {
        double sum = 0;
        for (int y = cy * CELL; y < cy * CELL + CELL; y++) {
          for (int x = cx * CELL; x < cx * CELL + CELL; x++) {
            sum += Math.abs(c[y * SIDE + x] - o[y * SIDE + x] - offset);
          }
        }
        int k = cy * CELLS + cx;
        cellDiff[k] = sum / (CELL * CELL);
        if (cellDiff[k] > limits.changedCell()) {
          changed[k] = true;
          count++;
          cx0 = Math.min(cx0, cx);
          cy0 = Math.min(cy0, cy);
          cx1 = Math.max(cx1, cx);
          cy1 = Math.max(cy1, cy);
        }
      }
    }
    if (count < limits.minChangedCells()) {
      return refused("nothing covered", Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
    }
    double x0 = (double) cx0 / CELLS;
    double y0 = (double) cy0 / CELLS;
    double x1 = (double) (cx1 + 1) / CELLS;
    double y1 = (double) (cy1 + 1) / CELLS;
    int rectCells = (cx1 - cx0 + 1) * (cy1 - cy0 + 1);
    double share = (double) count / rectCells;
    if ((double) rectCells / (CELLS * CELLS) > limits.maxArea()) {
      return refused("the differences fill more than one small rectangle", x0, y0, x1, y1, share);
    }
    if (share < limits.minChangedShare()) {
      return refused("the differences are scattered in their rectangle", x0, y0, x1, y1, share);
    }
    // Outside the rectangle and its ring of cells.
    double outside = 0;
    int outsideCells = 0;
    boolean[] outsideMask = new boolean[SIDE * SIDE];
    for (int cy = 0; cy < CELLS; cy++) {
      for (int cx = 0; cx < CELLS; cx++) {
        if (cx >= cx0 - 1 && cx <= cx1 + 1 && cy >= cy0 - 1 && cy <= cy1 + 1) {
          continue;
        }
        outside += cellDiff[cy * CELLS + cx];
        outsideCells++;
        markCell(outsideMask, cx, cy);
      }
    }
    outside = outsideCells == 0 ? Double.MAX_VALUE : outside / outsideCells;
    // The samples of the rectangle that changed: the overlay itself, not the parts of its edge
    // cells it left as they were.
    boolean[] overlayMask = new boolean[SIDE * SIDE];
    for (int y = cy0 * CELL; y < (cy1 + 1) * CELL; y++) {
      for (int x = cx0 * CELL; x < (cx1 + 1) * CELL; x++) {
        int i = y * SIDE + x;
        overlayMask[i] = Math.abs(c[i] - o[i] - offset) > limits.changedSample();
      }
    }
    boolean[] ringMask = new boolean[SIDE * SIDE];
    for (int cy = 0; cy < CELLS; cy++) {
      for (int cx = 0; cx < CELLS; cx++) {
        if (!changed[cy * CELLS + cx] && nextToChanged(changed, cx, cy)) {
          markCell(ringMask, cx, cy);
        }
      }
    }
    double outsideActivity = meanNeighbourDifference(o, outsideMask);
    // The fill is read away from the overlay's outline, whose samples mix it with the picture.
    boolean[] core = eroded(overlayMask);
    double fill = fillShare(c, core);
    double originalFill = fillShare(o, core);
    double contrast = Math.abs(median(c, overlayMask) - median(c, ringMask));
    String reason;
    boolean agrees = false;
    if (outside > limits.maxOutside()) {
      reason = "the pictures differ outside the rectangle";
    } else if (outsideActivity < limits.minOutsideActivity()) {
      reason = "too little outside the rectangle to compare";
    } else if (fill < limits.minFill() || fill < originalFill + limits.minFillGain()) {
      reason = "inside the rectangle the picture differs, not by a flat overlay";
    } else if (contrast < limits.minContrast()) {
      reason = "the flat part is like what surrounds it, not laid over it";
    } else {
      reason = "flat";
      agrees = true;
    }
    return new OverlayComparison(
        agrees,
        reason,
        x0,
        y0,
        x1,
        y1,
        share,
        outside,
        outsideActivity,
        fill,
        originalFill,
        contrast);
  }

  private static OverlayComparison refused(
      String reason, double x0, double y0, double x1, double y1, double share) {
    return new OverlayComparison(
        false,
        reason,
        x0,
        y0,
        x1,
        y1,
        share,
        Double.NaN,
        Double.NaN,
        Double.NaN,
        Double.NaN,
        Double.NaN);
  }

  /** What the member's evidence says of it. */
  Map<String, Object> evidence() {
    Map<String, Object> ev = new LinkedHashMap<>();
    ev.put("overlay", reason);
    if (!Double.isNaN(y0)) {
      ev.put("rectangle", java.util.List.of(round(x0), round(y0), round(x1), round(y1)));
    }
    ev.put("changedShare", round(changedShare));
    putFinite(ev, "outsideDifference", outsideDifference);
    putFinite(ev, "outsideActivity", outsideActivity);
    putFinite(ev, "fill", fill);
    putFinite(ev, "originalFill", originalFill);
    putFinite(ev, "contrast", contrast);
    return ev;
  }

  private static void putFinite(Map<String, Object> ev, String name, double value) {
    if (Double.isFinite(value)) {
      ev.put(name, round(value));
    }
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

  private static int[] values(byte[] luma) {
    int[] v = new int[luma.length];
    for (int i = 0; i < v.length; i++) {
      v[i] = luma[i] & 0xff;
    }
    return v;
  }

  private static int medianDifference(int[] c, int[] o) {
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

  private static void markCell(boolean[] mask, int cx, int cy) {
    for (int y = cy * CELL; y < cy * CELL + CELL; y++) {
      Arrays.fill(mask, y * SIDE + cx * CELL, y * SIDE + cx * CELL + CELL, true);
    }
  }

  private static boolean nextToChanged(boolean[] changed, int cx, int cy) {
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
  private static double fillShare(int[] v, boolean[] mask) {
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
    int second = -1;
    for (int l = 0; l < 256; l++) {
      if (Math.abs(l - first) > 2 * FILL_TOLERANCE && (second < 0 || window[l] > window[second])) {
        second = l;
      }
    }
    return (double) (window[first] + (second < 0 ? 0 : window[second])) / n;
  }

  private static final int FILL_TOLERANCE = 6;

  /** How many samples of {@code mask} have each level 0-255; the count of all at index 256. */
  private static int[] histogram(int[] v, boolean[] mask) {
    int[] histogram = new int[257];
    for (int i = 0; i < v.length; i++) {
      if (mask[i]) {
        histogram[v[i]]++;
        histogram[256]++;
      }
    }
    return histogram;
  }

  /** The samples of {@code mask} whose four neighbours are in it too. */
  private static boolean[] eroded(boolean[] mask) {
    boolean[] out = new boolean[mask.length];
    for (int y = 1; y < SIDE - 1; y++) {
      for (int x = 1; x < SIDE - 1; x++) {
        int i = y * SIDE + x;
        out[i] = mask[i] && mask[i - 1] && mask[i + 1] && mask[i - SIDE] && mask[i + SIDE];
      }
    }
    return out;
  }

  /** The mean absolute difference of right and lower neighbours both inside {@code mask}. */
  private static double meanNeighbourDifference(int[] v, boolean[] mask) {
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

  private static double median(int[] v, boolean[] mask) {
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
}
