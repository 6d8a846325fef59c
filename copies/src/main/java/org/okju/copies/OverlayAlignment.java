package org.okju.copies;

import java.util.Arrays;
import org.okju.fingerprint.Dihedral;
import org.okju.fingerprint.PictureRegion;
import org.okju.fingerprint.PictureThumbnail;

/**
 * Lays one still picture's thumbnail over another's before {@link OverlayComparison} looks for an
 * overlay: re-posters crop a picture or mirror it and hide a face under a box, and the comparison
 * reads the two thumbnails cell by cell, so it must see them in one frame (session 24).
 *
 * <ul>
 *   <li>{@link #seen}: a thumbnail resampled as another frame shows it (its region {@code region},
 *       turned by a dihedral orientation), luma, alpha and colour alike;
 *   <li>{@link #cropShown}: which region of an original a cropped copy shows (each side cut by up
 *       to {@link #MAX_CROP}), found by a small search over the sides that compares the two
 *       thumbnails reduced to {@value #POINTS}x{@value #POINTS} points and scores each trial by the
 *       mean of its closest {@link #KEPT_SHARE} of points: a box over up to a third of the picture
 *       does not move the score, as it would a plain mean.
 * </ul>
 *
 * Stateless; thread-safe.
 */
final class OverlayAlignment {
  private OverlayAlignment() {}

  /** The largest share of a side the crop search tries cutting off: the bench's crops are 0-10%. */
  static final double MAX_CROP = 0.12;

  /** Steps of the coarse search: each side cut by 0, 3, 6, 9 or 12%. */
  private static final double COARSE = 0.03;

  /** Steps of the fine search round the coarse search's best. */
  private static final double FINE = 0.01;

  /** Points a side compared by the fine search. */
  static final int POINTS = 12;

  /** Points a side compared by the last, finest search. */
  static final int DETAIL_POINTS = 20;

  /** Points a side compared by the coarse search. */
  static final int COARSE_POINTS = 8;

  /**
   * The share of the compared points (the closest) a trial is scored by: an overlay of up to a
   * third of the picture is left out, as are the points a wrong crop puts over an edge it moved.
   */
  static final double KEPT_SHARE = 0.6;

  /**
   * A crop whose sides are all within this share of the whole picture is no crop: the comparison of
   * the whole thumbnails has already been made.
   */
  static final double NO_CROP = 0.015;

  /**
   * {@code thumbnail}'s {@code region}, turned by {@code orientation} as {@link
   * PictureThumbnail#sample} turns it, as a thumbnail of its own.
   */
  static PictureThumbnail seen(
      PictureThumbnail thumbnail, PictureRegion region, Dihedral orientation) {
    int side = PictureThumbnail.SIDE;
    byte[] luma = bytes(thumbnail.sample(region, orientation, side, false));
    byte[] alpha =
        thumbnail.hasAlpha()
            ? bytes(thumbnail.sample(region, orientation, side, true))
            : new byte[0];
    byte[] chroma = new byte[0];
    if (thumbnail.hasColour()) {
      int n = PictureThumbnail.COLOUR_SIDE;
      double[] xs = new double[n * n];
      double[] ys = new double[n * n];
      for (int j = 0; j < n; j++) {
        for (int i = 0; i < n; i++) {
          // A colour cell's centre in the new frame, before the turn, then in the region.
          double[] p = PictureThumbnail.beforeTurn(orientation, (i + 0.5) / n, (j + 0.5) / n);
          xs[j * n + i] = region.x0() + p[0] * (region.x1() - region.x0());
          ys[j * n + i] = region.y0() + p[1] * (region.y1() - region.y0());
        }
      }
      float[][] colour = thumbnail.colourAt(xs, ys);
      chroma = new byte[PictureThumbnail.CHROMA_LENGTH];
      for (int k = 0; k < n * n; k++) {
        chroma[k] = clamp(colour[0][k] + 128);
        chroma[n * n + k] = clamp(colour[1][k] + 128);
      }
    }
    return new PictureThumbnail(luma, alpha, chroma);
  }

  /**
   * The region of the original ({@code smooth}) that a copy ({@code copySmooth}) shows, when the
   * copy is the original cropped by up to {@link #MAX_CROP} a side (and perhaps covered in part);
   * {@link PictureRegion#WHOLE} when no crop fits better than none. Both are given smoothed ({@link
   * PictureThumbnail#smoothed}): a pair is searched both ways, and each is smoothed once.
   */
  static Crop cropShown(PictureThumbnail copySmooth, PictureThumbnail smooth) {
    // Coarse at few points, then fine at more: the search's cost is its trials times its points.
    float[] coarse =
        copySmooth.sample(PictureRegion.WHOLE, Dihedral.ORIGINAL, COARSE_POINTS, false);
    double[] cut = new double[4]; // left, top, right, bottom
    double best = score(coarse, smooth, cut);
    // The two sides of one axis at once (a crop moves the middle by the difference of its two
    // sides and scales it by their sum): across, then down.
    int coarseSteps = (int) Math.round(MAX_CROP / COARSE);
    for (int axis = 0; axis < 2; axis++) {
      best = searchAxis(coarse, smooth, cut, axis, COARSE, 0, 0, coarseSteps, best);
    }
    // Then each side within two fine steps of where the coarse search put it.
    float[] shown = copySmooth.sample(PictureRegion.WHOLE, Dihedral.ORIGINAL, POINTS, false);
    double whole = score(shown, smooth, new double[4]);
    best = score(shown, smooth, cut);
    for (int axis = 0; axis < 2; axis++) {
      best =
          searchAxis(
              shown,
              smooth,
              cut,
              axis,
              FINE,
              cut[axis] - 2 * FINE,
              cut[axis + 2] - 2 * FINE,
              4,
              best);
    }
    // Last at half the step and more points: compared sample by sample, a textured photo laid a
    // hundredth of a side off differs by more than the overlay check allows.
    float[] detail =
        copySmooth.sample(PictureRegion.WHOLE, Dihedral.ORIGINAL, DETAIL_POINTS, false);
    best = score(detail, smooth, cut);
    for (int axis = 0; axis < 2; axis++) {
      best =
          searchAxis(
              detail, smooth, cut, axis, FINE / 2, cut[axis] - FINE, cut[axis + 2] - FINE, 4, best);
    }
    PictureRegion region = new PictureRegion(cut[0], cut[1], 1 - cut[2], 1 - cut[3]);
    return new Crop(region, best, whole);
  }

  /**
   * The region a copy shows and the search's scores: of that region and of the whole picture (mean
   * luma difference of the closest points).
   */
  record Crop(PictureRegion region, double score, double wholeScore) {
    /** Whether the region is a crop at all (else the whole comparison has been made). */
    boolean cropped() {
      return region.x0() > NO_CROP
          || region.y0() > NO_CROP
          || region.x1() < 1 - NO_CROP
          || region.y1() < 1 - NO_CROP;
    }
  }

  // Tries the cuts of axis's two sides from their lowest (firstLo, secondLo) in steps of step,
  // steps + 1 each (cuts outside 0 to MAX_CROP skipped); keeps the best in cut.
  private static double searchAxis(
      float[] shown,
      PictureThumbnail original,
      double[] cut,
      int axis,
      double step,
      double firstLo,
      double secondLo,
      int steps,
      double best) {
    double bestFirst = cut[axis];
    double bestSecond = cut[axis + 2];
    for (int f = 0; f <= steps; f++) {
      for (int s = 0; s <= steps; s++) {
        double first = firstLo + f * step;
        double second = secondLo + s * step;
        if (first < -1e-9
            || second < -1e-9
            || first > MAX_CROP + 1e-9
            || second > MAX_CROP + 1e-9) {
          continue;
        }
        cut[axis] = Math.max(0, first);
        cut[axis + 2] = Math.max(0, second);
        double score = score(shown, original, cut);
        if (score < best) {
          best = score;
          bestFirst = cut[axis];
          bestSecond = cut[axis + 2];
        }
      }
    }
    cut[axis] = bestFirst;
    cut[axis + 2] = bestSecond;
    return best;
  }

  // The mean absolute difference of the closest KEPT_SHARE of points, the median difference
  // removed (a copy made brighter).
  private static double score(float[] shown, PictureThumbnail original, double[] cut) {
    int points = (int) Math.round(Math.sqrt(shown.length));
    float[] o =
        original.sample(
            new PictureRegion(cut[0], cut[1], 1 - cut[2], 1 - cut[3]),
            Dihedral.ORIGINAL,
            points,
            false);
    float[] d = new float[o.length];
    for (int i = 0; i < o.length; i++) {
      d[i] = shown[i] - o[i];
    }
    float[] sorted = d.clone();
    Arrays.sort(sorted);
    float offset = sorted[sorted.length / 2];
    for (int i = 0; i < d.length; i++) {
      d[i] = Math.abs(d[i] - offset);
    }
    Arrays.sort(d);
    int kept = (int) Math.round(d.length * KEPT_SHARE);
    double sum = 0;
    for (int i = 0; i < kept; i++) {
      sum += d[i];
    }
    return sum / kept;
  }

  private static byte[] bytes(float[] values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = clamp(values[i]);
    }
    return out;
  }

  private static byte clamp(double v) {
    return (byte) Math.max(0, Math.min(255, Math.round(v)));
  }
}
