package org.okju.copies;

import java.util.function.ToDoubleFunction;
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
 *       does not move the score, as it would a plain mean;
 *   <li>{@link #laidByEdges}: that crop laid last by every sample, each difference capped, so that
 *       the edges of a flat picture, which the closest points ignore, lie where they were cut;
 *   <li>{@link #levelled}: a crop's thumbnail as the original's would have sampled the same part.
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

  /** The least cut of a side compared in the crop's frame ({@link Crop#cutAtAll}). */
  static final double LEAST_CUT = 0.005;

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
   * {@code crop}'s luma as the other picture's thumbnail shows the same part of the picture once
   * its region {@code region} is resampled into the crop's frame ({@link #seen}): first averaged
   * over the other thumbnail's cells there (the crop's thumbnail sampled the part of the picture
   * more finely, by the share the crop cut off), then resampled by the same bilinear sampling.
   * Compared with the other's {@code seen} region the two pictures have lost the same detail, so a
   * thin line the crop's thumbnail keeps sharp no longer differs where the other's blurred it
   * (session 33: the "residue" of cropped copies, copies/README.md).
   */
  static PictureThumbnail levelled(PictureThumbnail crop, PictureRegion region) {
    int side = PictureThumbnail.SIDE;
    CellSpan[] across = cellSpans(region.x0(), region.x1() - region.x0());
    CellSpan[] down = cellSpans(region.y0(), region.y1() - region.y0());
    byte[] luma = crop.luma();
    double[] rows = new double[side * side]; // each crop row averaged across the other's columns
    for (int y = 0; y < side; y++) {
      for (int k = 0; k < side; k++) {
        CellSpan span = across[k];
        double sum = 0;
        for (int t = 0; t < span.weights().length; t++) {
          sum += span.weights()[t] * (luma[y * side + span.first() + t] & 0xff);
        }
        rows[y * side + k] = sum;
      }
    }
    byte[] frame = new byte[side * side];
    for (int k = 0; k < side; k++) {
      CellSpan span = down[k];
      for (int x = 0; x < side; x++) {
        double sum = 0;
        for (int t = 0; t < span.weights().length; t++) {
          sum += span.weights()[t] * rows[(span.first() + t) * side + x];
        }
        frame[k * side + x] = clamp(sum);
      }
    }
    PictureThumbnail inOthersFrame = new PictureThumbnail(frame, new byte[0], new byte[0]);
    return new PictureThumbnail(
        bytes(inOthersFrame.sample(region, Dihedral.ORIGINAL, side, false)),
        new byte[0],
        new byte[0]);
  }

  /**
   * The crop's cells (from {@code first}, consecutive) averaged into one of the other thumbnail's
   * cells, and their weights: two or three of them.
   */
  // Built once for each levelled crop and only read; never compared.
  @SuppressWarnings("ArrayRecordComponent")
  private record CellSpan(int first, double[] weights) {}

  /**
   * For each of the other thumbnail's cells along one axis, the crop's cells averaged into it,
   * weighted by their overlap with the part of the picture it covers, once the crop's frame (from
   * {@code start}, {@code length} of the other's side) is laid in the other's. A cell wholly
   * outside the crop takes the crop's nearest cell; it lies outside the region and is read only by
   * the sampling's clamping.
   */
  private static CellSpan[] cellSpans(double start, double length) {
    int side = PictureThumbnail.SIDE;
    CellSpan[] spans = new CellSpan[side];
    for (int k = 0; k < side; k++) {
      double from = Math.max(0, ((double) k / side - start) / length);
      double to = Math.min(1, ((double) (k + 1) / side - start) / length);
      if (to <= from) {
        spans[k] = new CellSpan(from >= 1 ? side - 1 : 0, new double[] {1});
        continue;
      }
      int first = Math.min(side - 1, (int) Math.floor(from * side));
      int last = Math.max(first, Math.min(side - 1, (int) Math.ceil(to * side) - 1));
      double[] weights = new double[last - first + 1];
      for (int i = first; i <= last; i++) {
        double overlap = Math.min(to, (i + 1.0) / side) - Math.max(from, (double) i / side);
        weights[i - first] = Math.max(0, overlap) / (to - from);
      }
      spans[k] = new CellSpan(first, weights);
    }
    return spans;
  }

  /**
   * The region of the original ({@code smooth}) that a copy ({@code copySmooth}) shows, when the
   * copy is the original cropped by up to {@link #MAX_CROP} a side (and perhaps covered in part);
   * {@link PictureRegion#WHOLE} when no crop fits better than none. Both are given smoothed ({@link
   * PictureThumbnail#smoothed}): a pair is searched both ways, and each is smoothed once. The
   * coarse search and the refinement in one ({@link #coarseFit}, {@link #refined}).
   */
  static Crop cropShown(PictureThumbnail copySmooth, PictureThumbnail smooth) {
    return refined(coarseFit(copySmooth, smooth), copySmooth, smooth);
  }

  /**
   * The coarse search alone: the sides of the best crop in steps of {@value #COARSE} at {@value
   * #COARSE_POINTS}x{@value #COARSE_POINTS} points, about a tenth of the whole search's cost (a
   * microbenchmark under load: 0.45 of 4.8 ms). Its score says whether the rest is worth making
   * ({@link CoarseFit#worthRefining}).
   */
  static CoarseFit coarseFit(PictureThumbnail copySmooth, PictureThumbnail smooth) {
    return fit(copySmooth, smooth, COARSE_POINTS, COARSE);
  }

  /**
   * The quickest look: the coarse search at {@value #QUICK_POINTS}x{@value #QUICK_POINTS} points
   * and in steps of {@value #QUICK} (each side cut by 0, 4, 8 or 12%), about a third of its cost; a
   * pair whose quick fit is worse than {@link #QUICK_BELOW} is not searched further.
   */
  static CoarseFit quickFit(PictureThumbnail copySmooth, PictureThumbnail smooth) {
    return fit(copySmooth, smooth, QUICK_POINTS, QUICK);
  }

  /**
   * The quick look over every combination of its cuts at once (4^4 trials, against its 32): the
   * quick look searches across with the top and bottom uncut, then down, and on a dense texture a
   * copy cut by 7% at the top matches no cut across at all, so the search left every side where
   * chance put it (session 35: textures cut at uneven offsets under a box fitted their photos
   * within 1.4 at the right cut and 7-10 where the quick look stopped). Made only when the quick
   * look fails.
   */
  static CoarseFit quickJointFit(PictureThumbnail copySmooth, PictureThumbnail smooth) {
    return jointFit(copySmooth, smooth, QUICK_POINTS, QUICK);
  }

  /**
   * The joint look for stripes finer than the quick look's points ({@link #DENSE_CHANGE}), at
   * {@value #DENSE_POINTS} points a side: every combination of the quick look's cuts (4⁴ trials),
   * then each side within one step of {@value #DENSE_STEP} of the best (18 trials). Zebra stripes
   * drawn at 256×256, whose period is under two of the quick look's cells, were sampled below it
   * and laid wrongly (fits of 16-22, session 35). Every combination in steps of 2% (7⁴ trials) laid
   * them within 2.8-6.3, but made a refused pair of different photos cost 2.6 CPU-ms against 0.4
   * (the gate test's pairs, one of which changes by 54). This look costs them 0.7 and fits the
   * copies of the ten drawn zebras of session 36 (40 copies) as well as that one did, to 0.25
   * levels (the same cut for 36 of them; {@code ZebraStripesCutUnderABoxTest}).
   */
  static CoarseFit denseJointFit(PictureThumbnail copySmooth, PictureThumbnail smooth) {
    CoarseFit coarse = jointFit(copySmooth, smooth, DENSE_POINTS, QUICK);
    double[] cut = coarse.cut().clone();
    float[] shown = copySmooth.sample(PictureRegion.WHOLE, Dihedral.ORIGINAL, DENSE_POINTS, false);
    ToDoubleFunction<double[]> trial = c -> score(shown, smooth, c);
    double best = lookRound(trial, cut, DENSE_STEP, 1, coarse.score());
    return new CoarseFit(cut, best);
  }

  /** Points a side compared by the dense joint look. */
  static final int DENSE_POINTS = 16;

  /** Steps of the dense joint look. */
  static final double DENSE_STEP = 0.02;

  /**
   * The least change over a quick step ({@link #quickStepChange}) of a picture given the dense
   * joint look when the quick one fails: four times the quick look's limit ({@link #QUICK_BELOW}).
   * The drawn zebras that needed it changed by 38-56; the ETR textures by 16 at most, and no
   * picture of the large case that reached the joint look by more than 17, so that it costs nothing
   * there.
   */
  static final double DENSE_CHANGE = 24.0;

  /**
   * The worst dense joint fit, as a share of the picture's change over a quick step, from which the
   * fine searches are made: the zebras' own copies fitted within 0.11 of it, every other way 0.56
   * or worse (the zebras laid wrongly, the gate test's different photos).
   */
  static final double DENSE_FIT_WITHIN = 0.25;

  /** {@link #quickJointFit} at {@code n} points a side, each side cut in steps of {@code step}. */
  static CoarseFit jointFit(
      PictureThumbnail copySmooth, PictureThumbnail smooth, int n, double step) {
    float[] shown = copySmooth.sample(PictureRegion.WHOLE, Dihedral.ORIGINAL, n, false);
    int side = PictureThumbnail.SIDE;
    int cuts = (int) Math.round(MAX_CROP / step) + 1;
    // The trials share their columns and rows: the original's rows interpolated across once
    // for each cut of the two sides (PictureThumbnail#sample's bilinear sampling, in its order), so
    // that a trial only interpolates down.
    byte[] luma = smooth.luma();
    double[][] across = new double[cuts * cuts][side * n];
    for (int l = 0; l < cuts; l++) {
      for (int r = 0; r < cuts; r++) {
        double[] rows = across[l * cuts + r];
        for (int i = 0; i < n; i++) {
          double x = (l * step + (i + 0.5) * (1 - (l + r) * step) / n) * side - 0.5;
          double cx = Math.max(0, Math.min(side - 1, x));
          int x0 = Math.min(side - 2, (int) cx);
          double fx = cx - x0;
          for (int y = 0; y < side; y++) {
            rows[y * n + i] =
                (luma[y * side + x0] & 0xff) * (1 - fx) + (luma[y * side + x0 + 1] & 0xff) * fx;
          }
        }
      }
    }
    int[] firstRow = new int[cuts * cuts * n];
    double[] down = new double[cuts * cuts * n];
    for (int t = 0; t < cuts; t++) {
      for (int b = 0; b < cuts; b++) {
        for (int j = 0; j < n; j++) {
          double y = (t * step + (j + 0.5) * (1 - (t + b) * step) / n) * side - 0.5;
          double cy = Math.max(0, Math.min(side - 1, y));
          int y0 = Math.min(side - 2, (int) cy);
          firstRow[(t * cuts + b) * n + j] = y0;
          down[(t * cuts + b) * n + j] = cy - y0;
        }
      }
    }
    float[] original = new float[n * n];
    double best = Double.POSITIVE_INFINITY;
    int bestAcross = 0;
    int bestDown = 0;
    for (int a = 0; a < cuts * cuts; a++) {
      double[] rows = across[a];
      for (int d = 0; d < cuts * cuts; d++) {
        for (int j = 0; j < n; j++) {
          int y0 = firstRow[d * n + j];
          double fy = down[d * n + j];
          for (int i = 0; i < n; i++) {
            original[j * n + i] =
                (float) (rows[y0 * n + i] * (1 - fy) + rows[(y0 + 1) * n + i] * fy);
          }
        }
        double score = score(shown, original);
        if (score < best) {
          best = score;
          bestAcross = a;
          bestDown = d;
        }
      }
    }
    int left = bestAcross / cuts;
    int top = bestDown / cuts;
    double[] cut = {left * step, top * step, bestAcross % cuts * step, bestDown % cuts * step};
    return new CoarseFit(cut, best);
  }

  /**
   * How much {@code smooth} changes at the quick look's scale: its quick-look points against the
   * same points moved by one quick step across and down, scored as a trial is. A picture that
   * changes less than the quick look's limit over a step is found by the side-by-side search (an
   * axis left uncut moves it less than that), so only pictures over it are given the joint search.
   */
  static double quickStepChange(PictureThumbnail smooth) {
    float[] here =
        smooth.sample(
            new PictureRegion(0, 0, 1 - QUICK, 1 - QUICK), Dihedral.ORIGINAL, QUICK_POINTS, false);
    return score(here, smooth, new double[] {QUICK, QUICK, 0, 0});
  }

  /**
   * The worst side-by-side fit, as a share of the picture's own change over a quick step ({@link
   * #quickStepChange}), after which the joint look is made: a texture laid wrongly fits about as
   * badly as the texture moved by a step, and a fit far worse than that is another picture. Session
   * 35: every texture the joint look found in the development sets (ETR terrains, the small Debian
   * wallpapers) had stopped within 1.13 of its change; of the 1,298 joint looks the large case of
   * unrelated pictures made without this limit, 417 are made with it (it cost 0.4 CPU-s of 5.7).
   */
  static final double JOINT_LOOK_WITHIN = 1.5;

  /**
   * The coarse search round a joint quick look's cut ({@link #quickJointFit}) instead of from the
   * uncut picture: each side within a quick step either way, in steps of {@value #COARSE_AROUND},
   * at the coarse search's points.
   */
  static CoarseFit coarseAround(
      CoarseFit quick, PictureThumbnail copySmooth, PictureThumbnail smooth) {
    double[] cut = quick.cut().clone();
    float[] shown = copySmooth.sample(PictureRegion.WHOLE, Dihedral.ORIGINAL, COARSE_POINTS, false);
    ToDoubleFunction<double[]> trial = c -> score(shown, smooth, c);
    double best =
        lookRound(
            trial,
            cut,
            COARSE_AROUND,
            (int) Math.round(QUICK / COARSE_AROUND),
            trial.applyAsDouble(cut));
    return new CoarseFit(cut, best);
  }

  /** Steps of the coarse search round a joint quick look's cut. */
  static final double COARSE_AROUND = 0.02;

  /** Points a side compared by the quick look ({@link #quickFit}). */
  static final int QUICK_POINTS = 6;

  /** Steps of the quick look. */
  private static final double QUICK = 0.04;

  // The search of the two sides of each axis in steps of step, at points x points.
  private static CoarseFit fit(
      PictureThumbnail copySmooth, PictureThumbnail smooth, int points, double step) {
    float[] coarse = copySmooth.sample(PictureRegion.WHOLE, Dihedral.ORIGINAL, points, false);
    double[] cut = new double[4]; // left, top, right, bottom
    double best = score(coarse, smooth, cut);
    // The two sides of one axis at once (a crop moves the middle by the difference of its two
    // sides and scales it by their sum): across, then down.
    int steps = (int) Math.round(MAX_CROP / step);
    for (int axis = 0; axis < 2; axis++) {
      best = searchAxis(c -> score(coarse, smooth, c), cut, axis, step, 0, 0, steps, best);
    }
    return new CoarseFit(cut.clone(), best);
  }

  /**
   * The largest score of the coarse search ({@link CoarseFit#score}, luma levels of 255 on the
   * smoothed thumbnails) after which the fine searches are made. Session 25: a copy cropped and
   * covered fitted its original within 2.9 at most on the development vectors and wallpapers (the
   * pairs the search joined), while 98.6% of the ways (either picture as the crop) of the
   * candidates among 2,394 unrelated pictures (the large case, copies/README.md) fitted no better
   * than 4: the search had cost them 5.2 CPU-ms each and joined none.
   */
  static final double REFINE_BELOW = 4.0;

  /**
   * The largest score of the quick look ({@link #quickFit}) after which the coarse search runs: the
   * joined development copies (vectors and wallpapers, session 25) fitted within 4.9 at most; 94%
   * of the unrelated candidates of the large case fitted no better than 6.
   */
  static final double QUICK_BELOW = 6.0;

  /**
   * A second look for a coarse fit just over {@link #REFINE_BELOW}: the coarse search's points,
   * each side moved by half its step round where the coarse search put it. The coarse steps of 3%
   * can land a side 1.5% off; on a dense texture that alone costs the fit more than the limit.
   */
  static CoarseFit secondLook(CoarseFit fit, PictureThumbnail copySmooth, PictureThumbnail smooth) {
    return halfStepLook(fit, copySmooth, smooth, COARSE_POINTS, COARSE);
  }

  /**
   * The quick look's own second look ({@link #quickFit}), as {@link #secondLook} is the coarse
   * search's: its points, each side moved by half its step (2%) round where it put them. Session
   * 31: a densely textured photo cropped under a box (the lomiri wallpapers' dragonfly and a field
   * of flowers) fitted its original 6.25-6.59 at the quick look's 4% steps, just over {@link
   * #QUICK_BELOW}, and was never searched.
   */
  static CoarseFit quickSecondLook(
      CoarseFit fit, PictureThumbnail copySmooth, PictureThumbnail smooth) {
    return halfStepLook(fit, copySmooth, smooth, QUICK_POINTS, QUICK);
  }

  /**
   * The largest quick fit given a second look ({@link #quickSecondLook}) when it is over {@link
   * #QUICK_BELOW}: one level over it, as {@link #SECOND_LOOK_BELOW} is one over {@link
   * #REFINE_BELOW}.
   */
  static final double QUICK_SECOND_LOOK_BELOW = QUICK_BELOW + 1;

  // Each side of fit's cut tried at half of step either way, at points x points.
  private static CoarseFit halfStepLook(
      CoarseFit fit,
      PictureThumbnail copySmooth,
      PictureThumbnail smooth,
      int points,
      double step) {
    double[] cut = fit.cut().clone();
    float[] shown = copySmooth.sample(PictureRegion.WHOLE, Dihedral.ORIGINAL, points, false);
    double best = fit.score();
    for (int axis = 0; axis < 2; axis++) {
      best =
          searchAxis(
              c -> score(shown, smooth, c),
              cut,
              axis,
              step / 2,
              cut[axis] - step / 2,
              cut[axis + 2] - step / 2,
              2,
              best);
    }
    return new CoarseFit(cut, best);
  }

  /**
   * The largest coarse fit ({@link #coarseFit}) given a second look ({@link #secondLook}) when it
   * is over {@link #REFINE_BELOW}. Session 29: the dense texture of the development vectors,
   * cropped under a box, fitted its photo 4.14 and 4.53 in the coarse search and within the limit
   * at half the step; the second look is 18 trials of the coarse search's points, against its 50.
   */
  static final double SECOND_LOOK_BELOW = 5.0;

  /**
   * The coarse search's best crop and its score.
   *
   * @param cut the shares cut off the left, top, right and bottom
   * @param score the mean luma difference of the closest points at that crop
   */
  // The search hands in a copy of its cut and refined() copies it before changing it; a fit is
  // never compared.
  @SuppressWarnings("ArrayRecordComponent")
  record CoarseFit(double[] cut, double score) {
    /** Whether the fit is close enough for the fine searches ({@link #REFINE_BELOW}). */
    boolean worthRefining() {
      return score < REFINE_BELOW;
    }
  }

  /**
   * The coarse search's crop refined: each side within two fine steps of where the coarse search
   * put it, at more points, then at half the step and more points again.
   */
  static Crop refined(CoarseFit fit, PictureThumbnail copySmooth, PictureThumbnail smooth) {
    double[] cut = fit.cut().clone();
    float[] shown = copySmooth.sample(PictureRegion.WHOLE, Dihedral.ORIGINAL, POINTS, false);
    double whole = score(shown, smooth, new double[4]);
    double best = score(shown, smooth, cut);
    for (int axis = 0; axis < 2; axis++) {
      best =
          searchAxis(
              c -> score(shown, smooth, c),
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
              c -> score(detail, smooth, c),
              cut,
              axis,
              FINE / 2,
              cut[axis] - FINE,
              cut[axis + 2] - FINE,
              4,
              best);
    }
    PictureRegion region = new PictureRegion(cut[0], cut[1], 1 - cut[2], 1 - cut[3]);
    return new Crop(region, best, whole);
  }

  /**
   * The largest difference (luma levels) one sample adds to the edge search's score ({@link
   * #laidByEdges}): an overlay costs about the same wherever the crop is, while an edge laid a
   * sample off costs along its whole length.
   */
  static final int EDGE_CAP = 24;

  /** Points a side compared by the edge search over every cut. */
  static final int EDGE_WIDE_POINTS = 32;

  /** Points a side compared by the edge search's last look round its best: the thumbnail's own. */
  static final int EDGE_POINTS = PictureThumbnail.SIDE;

  /**
   * Steps of the edge search over every cut: two hundredths (98 trials at its points), so that the
   * best lies within a hundredth of the right cut for the looks round it; steps of one (338 trials)
   * were most of the search's cost (copies/README.md, session 34).
   */
  private static final double EDGE_WIDE = 2 * FINE;

  /** Steps of the edge search's last look. */
  private static final double EDGE_FINE = FINE / 4;

  /**
   * {@code crop} laid by its edges: the fine searches score each trial by its closest points, so
   * that an overlay does not move it, and on a flat picture those points are the flat parts, which
   * any crop near the right one fits as well: a horizon or the corner of a building was left a
   * sample off and differed along its whole length (session 33, copies/README.md). This search
   * scores every sample, each difference capped at {@link #EDGE_CAP}: first every cut up to {@link
   * #MAX_CROP} in steps of two hundredths at {@value #EDGE_WIDE_POINTS} points a side, then each
   * side within a hundredth of the best in steps of half a hundredth, then within a quarter of a
   * hundredth of that, at the thumbnail's own points. Each stage takes the median difference (a
   * copy made brighter) once, at the cut it starts from: a trial moves it by a level or less, and
   * selecting it anew was half the search's cost. The region changes; the crop's score (its closest
   * points') stays the fine search's.
   */
  static Crop laidByEdges(Crop crop, PictureThumbnail copySmooth, PictureThumbnail smooth) {
    PictureRegion r = crop.region();
    double[] cut = {r.x0(), r.y0(), 1 - r.x1(), 1 - r.y1()};
    float[] wide =
        copySmooth.sample(PictureRegion.WHOLE, Dihedral.ORIGINAL, EDGE_WIDE_POINTS, false);
    float wideOffset = medianDifference(wide, smooth, cut);
    ToDoubleFunction<double[]> wideTrial = c -> edgeScore(wide, smooth, c, wideOffset);
    double best = wideTrial.applyAsDouble(cut);
    int steps = (int) Math.round(MAX_CROP / EDGE_WIDE);
    for (int axis = 0; axis < 2; axis++) {
      best = searchAxis(wideTrial, cut, axis, EDGE_WIDE, 0, 0, steps, best);
    }
    // Round the best: within a hundredth in steps of half a hundredth, then a quarter of one.
    float[] detail = copySmooth.sample(PictureRegion.WHOLE, Dihedral.ORIGINAL, EDGE_POINTS, false);
    float detailOffset = medianDifference(detail, smooth, cut);
    ToDoubleFunction<double[]> detailTrial = c -> edgeScore(detail, smooth, c, detailOffset);
    double fit = lookRound(detailTrial, cut, FINE / 2, 2, detailTrial.applyAsDouble(cut));
    lookRound(detailTrial, cut, EDGE_FINE, 1, fit);
    return new Crop(
        new PictureRegion(cut[0], cut[1], 1 - cut[2], 1 - cut[3]), crop.score(), crop.wholeScore());
  }

  // Each side of cut tried within reach steps of step either way, across then down; keeps the
  // best in cut and returns its score.
  private static double lookRound(
      ToDoubleFunction<double[]> trial, double[] cut, double step, int reach, double best) {
    double found = best;
    for (int axis = 0; axis < 2; axis++) {
      found =
          searchAxis(
              trial,
              cut,
              axis,
              step,
              cut[axis] - reach * step,
              cut[axis + 2] - reach * step,
              2 * reach,
              found);
    }
    return found;
  }

  // The median of shown minus the original's region at cut: a copy made brighter, taken once for
  // a search (each trial moves it by a level or less).
  private static float medianDifference(float[] shown, PictureThumbnail original, double[] cut) {
    float[] d = differences(shown, original, cut);
    return select(d, d.length / 2);
  }

  // The mean absolute difference of every point less offset, each capped at EDGE_CAP.
  private static double edgeScore(
      float[] shown, PictureThumbnail original, double[] cut, float offset) {
    float[] d = differences(shown, original, cut);
    double sum = 0;
    for (float v : d) {
      sum += Math.min(EDGE_CAP, Math.abs(v - offset));
    }
    return sum / d.length;
  }

  // shown minus the original's region at cut, point by point.
  private static float[] differences(float[] shown, PictureThumbnail original, double[] cut) {
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
    return d;
  }

  /**
   * The region a copy shows and the search's scores (mean luma difference of the closest points):
   * the fine search's at the crop it found, which {@link #laidByEdges} may then move by a hundredth
   * or two, and the whole picture's.
   */
  record Crop(PictureRegion region, double score, double wholeScore) {
    /** No crop found: not cropped, and worse than any fit. */
    static final Crop NONE =
        new Crop(PictureRegion.WHOLE, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);

    /**
     * Whether any side is cut by at least {@link #LEAST_CUT}, so that the crop is compared in its
     * frame. Until session 34 a crop was compared only when a side was cut by more than 1.5%: a
     * copy cropped by a hair under a box was compared whole, where every edge lies a fraction of a
     * cell off and the differences filled more than one rectangle.
     */
    boolean cutAtAll() {
      // The cut of each side, as the search stepped it (0.005 comes out a hair under it from 0 in
      // steps of 0.0025): compared with the search's own slack.
      double deepest =
          Math.max(Math.max(region.x0(), region.y0()), Math.max(1 - region.x1(), 1 - region.y1()));
      return deepest >= LEAST_CUT - 1e-9;
    }
  }

  // Tries the cuts of axis's two sides from their lowest (firstLo, secondLo) in steps of step,
  // steps + 1 each (cuts outside 0 to MAX_CROP skipped), each scored by trial; keeps the best in
  // cut.
  private static double searchAxis(
      ToDoubleFunction<double[]> trial,
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
        double score = trial.applyAsDouble(cut);
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
    return closestDifference(differences(shown, original, cut));
  }

  // score() of shown against the original's points already sampled.
  private static double score(float[] shown, float[] original) {
    float[] d = new float[shown.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = shown[i] - original[i];
    }
    return closestDifference(d);
  }

  // The mean absolute difference of the closest KEPT_SHARE of d, its median removed; reorders d.
  private static double closestDifference(float[] d) {
    // Selections, not sorts (session 25): the same median and the same closest points, and the
    // sorts were most of a trial's cost, which every refused candidate pays in the quick look.
    float[] order = d.clone();
    float offset = select(order, order.length / 2);
    for (int i = 0; i < d.length; i++) {
      d[i] = Math.abs(d[i] - offset);
    }
    int kept = (int) Math.round(d.length * KEPT_SHARE);
    select(d, kept - 1);
    double sum = 0;
    for (int i = 0; i < kept; i++) {
      sum += d[i];
    }
    return sum / kept;
  }

  /**
   * The {@code k}-th smallest of {@code values} (from 0), which it reorders so that the {@code k}
   * smallest come first (Hoare's selection).
   */
  static float select(float[] values, int k) {
    int lo = 0;
    int hi = values.length - 1;
    while (lo < hi) {
      float pivot = values[(lo + hi) >>> 1];
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (values[i] < pivot) {
          i++;
        }
        while (values[j] > pivot) {
          j--;
        }
        if (i <= j) {
          float t = values[i];
          values[i] = values[j];
          values[j] = t;
          i++;
          j--;
        }
      }
      if (k <= j) {
        hi = j;
      } else if (k >= i) {
        lo = i;
      } else {
        break;
      }
    }
    return values[k];
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
