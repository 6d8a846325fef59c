package org.okju.copies;

import static org.okju.copies.ThumbnailMasks.CELL;
import static org.okju.copies.ThumbnailMasks.CELLS;
import static org.okju.copies.ThumbnailMasks.SIDE;
import static org.okju.copies.ThumbnailMasks.eroded;
import static org.okju.copies.ThumbnailMasks.fillShare;
import static org.okju.copies.ThumbnailMasks.markCell;
import static org.okju.copies.ThumbnailMasks.meanNeighbourDifference;
import static org.okju.copies.ThumbnailMasks.median;
import static org.okju.copies.ThumbnailMasks.medianDifference;
import static org.okju.copies.ThumbnailMasks.nextToChanged;
import static org.okju.copies.ThumbnailMasks.uniformShare;
import static org.okju.copies.ThumbnailMasks.values;

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
 *       flat colours (a box; an emoji's face and features), clearly more so than the original there
 *       or, where the original is as flat (a smooth wallpaper), one colour far from what it hides,
 *       or two (an emoji's face and features) very far from it, or far from every other part of the
 *       original (session 30); and standing out from what surrounds them in luma or, failing that,
 *       in colour (a wall the same as around it is not laid over anything; a yellow emoji on a pale
 *       wall is), or, failing both, flat to a level over a textured part of the original and like
 *       no other part of the original (a black box over a dark part, an emoji over yellow flowers:
 *       a burst's moved patch is a part of the picture moved there). A photo of the same scene
 *       where something textured moved differs by texture;
 *   <li>last, an overlay that is not one colour is like no other part of the original (session 34):
 *       a burst's moved patch is found where it came from. A box of one colour is spared, since a
 *       black box over a dark picture is as close to its own near-black parts.
 * </ul>
 *
 * In a crop's frame ({@link #resampled}) the outside must also agree within a share of the
 * original's own activity there and, unless the original is busy, within a tighter fixed limit
 * (session 34: the crop's frame forgives a sample a fraction of a cell off, which lets a dark,
 * low-information picture or another page of one template through).
 *
 * <p>A blurred or pixelated box is not judged here: up to the bench's 15% of the picture PDQ still
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
 * @param colourContrast how far the changed cells' median colour (Cb, Cr) lies from the ring's, in
 *     the covered picture (NaN when its thumbnail has no colour or the luma contrast sufficed)
 * @param uniform the share of the changed samples (away from their outline) within a few levels of
 *     the covered picture's one commonest value there: a box of one colour (NaN when the fill gain
 *     sufficed and an earlier test refused the overlay)
 * @param shift how far the covered picture's median there lies from the original's there (NaN when
 *     the fill gain sufficed)
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
    double contrast,
    double colourContrast,
    double uniform,
    double shift,
    double overlayActivity,
    double hiddenActivity,
    double elsewhere,
    double colourElsewhere) {

  /**
   * The limits (luma levels 0-255, chroma levels and shares), chosen in sessions 22 and 23 on the
   * bench's development photos and wallpapers and on synthetic bursts made from them
   * (copies/README.md). Session 23 widened the rectangle from a quarter to about a third (the
   * bench's sticker over half a picture is up to 28% in cells) and added the colour contrast and
   * the one-colour overlay over a flat original.
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
   * @param minColourContrast how far an overlay's colour lies from its ring's, when its luma is
   *     like the ring's (a yellow emoji on a pale wall)
   * @param minUniform the least uniform share of an overlay over a part of the original that is as
   *     flat (a smooth wallpaper), where the fill says nothing
   * @param minShift how far such an overlay's median lies from what it hides
   * @param minTwoColourShift how far an overlay of two colours over a part of the original that is
   *     as flat lies from what it hides (an emoji's face and its features over a smooth wallpaper,
   *     session 28), when it is not one colour
   * @param maxOverTextureActivity the largest mean neighbour difference of an overlay like what
   *     surrounds it (a black box over a dark part, an emoji over yellow flowers) that may still
   *     join: a box of one colour, flat to a level (session 29, second look)
   * @param minHiddenActivity the least mean neighbour difference of the original under such an
   *     overlay: it hides texture. A flat box is also read over all of its rectangle at its level
   *     (session 36: over black and white stripes a black box changes only the white ones, and the
   *     original is flat white there), where {@link #maxHiddenFill} does not apply: what it hides
   *     may be two flat colours, and it must lie {@link #minElsewhere} from the rest of the picture
   *     over the wider part as well
   * @param maxHiddenFill the largest fill of the original under such an overlay: texture, not one
   *     or two flat colours (an emoji's face and features, which a flat part of a drawing would
   *     otherwise seem to cover when the emoji's copy is taken as the original)
   * @param minElsewhere the least mean difference of such an overlay from any other part of the
   *     original ({@link #closestElsewhere}): what covers a burst's rectangle is a part of the
   *     picture moved there, an overlay is not in the picture at all
   * @param minFlatElsewhere the same least difference for an overlay over a part of the original as
   *     flat as itself that is neither one colour unlike it nor {@link #minTwoColourShift} from it
   *     (session 30): above every synthetic burst's (at most 37.8 among those of the development
   *     pictures and of the session's fresh set), where such copies on the fresh set lay 26-63
   * @param minMovedElsewhere the least mean difference of any overlay that is not one colour
   *     ({@link #minUniform}) from every other part of the original (session 34): a burst's
   *     rectangle shows a part of the picture moved there, an overlay is not in the picture at all
   *     (session 33's measure: the diagnosed sets' joined cropped copies lay 15.7 or more from it
   *     but one, the synthetic bursts joined then 0.9-14.5 but seven); a box of one colour is
   *     spared, since a black box over a dark picture is as close to its own near-black parts
   * @param minColourElsewhere how far an overlay's colour lies from every colour cell of the
   *     original ({@link ThumbnailMasks#nearestColour}) to be no part of it, when its luma lies
   *     nearer than {@link #minFlatElsewhere} or {@link #minMovedElsewhere} to another part
   *     (session 37: an emoji a few dozen levels from a sky it covers, whose luma its face shares);
   *     as far as {@link #minColourContrast} asks of an overlay from its ring
   * @param minStraightCut the least straight run of samples along which the outline of a flat
   *     overlay like what surrounds it, over texture, cuts through the picture ({@link
   *     ThumbnailMasks#longestStraightCut}), for it to join though it lies nearer than {@link
   *     #minElsewhere} to another part of the original (session 37: a black box over a drawing on a
   *     black ground, which is as black as the box)
   * @param minGroundShare the least share of such an overlay's ring at its own level (its ground)
   * @param maxCropOutsideShare in the crop's frame ({@link #resampled}), the largest outside
   *     difference as a share of the original's own activity there (session 34): a crop of a
   *     low-information picture agrees within the fixed {@link #maxOutside} with another dark,
   *     low-information picture (the-mouse's copy over a dark wood 0.82, over a rendered icon 1.49,
   *     where the diagnosed sets' joined cropped copies lay at 0.46 or less but one)
   * @param maxCropOutside in the crop's frame, the largest outside difference where the original is
   *     not busy (session 34): pictures made on one template (the pages of an illuminated
   *     manuscript: one border, one ground, a different figure on each) agree outside a box laid
   *     over the figure within 2.2-3.0 once the crop search has laid one frame on the other, where
   *     the joined cropped copies of the diagnosed sets lay at 1.79 or less but one
   * @param maxBusyCropOutsideShare in the crop's frame, the outside difference allowed over {@link
   *     #maxCropOutside} as a share of a busy original's activity (that one copy: 2.23 where the
   *     activity is 24.9)
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
      double minContrast,
      double minColourContrast,
      double minUniform,
      double minShift,
      double minTwoColourShift,
      double maxOverTextureActivity,
      double minHiddenActivity,
      double maxHiddenFill,
      double minElsewhere,
      double minFlatElsewhere,
      double minMovedElsewhere,
      double minColourElsewhere,
      int minStraightCut,
      double minGroundShare,
      double maxCropOutsideShare,
      double maxCropOutside,
      double maxBusyCropOutsideShare) {}

  static final Limits DEFAULT =
      new Limits(
          12, 24, 4, 0.34, 0.5, 3.0, 1.0, 0.85, 0.1, 40, 50, 0.95, 40, 150, 1.0, 4.0, 0.8, 16, 40,
          15, 50, 8, 0.4, 0.6, 2.0, 0.1);

  // |c - o - offset| at each sample, the closest of o's samples within reach of it.
  private static int[] differences(int[] c, int[] o, int offset, int reach) {
    int[] out = new int[c.length];
    for (int y = 0; y < SIDE; y++) {
      for (int x = 0; x < SIDE; x++) {
        int best = Integer.MAX_VALUE;
        for (int dy = Math.max(0, y - reach); dy <= Math.min(SIDE - 1, y + reach); dy++) {
          for (int dx = Math.max(0, x - reach); dx <= Math.min(SIDE - 1, x + reach); dx++) {
            best = Math.min(best, Math.abs(c[y * SIDE + x] - o[dy * SIDE + dx] - offset));
          }
        }
        out[y * SIDE + x] = best;
      }
    }
    return out;
  }

  /** Whether {@code covered} is {@code original} under one overlay. */
  static OverlayComparison of(PictureThumbnail covered, PictureThumbnail original, Limits limits) {
    int[] c = values(covered.luma());
    int[] o = values(original.luma());
    int offset = medianDifference(c, o);
    return of(covered, original, limits, c, o, offset, differences(c, o, offset, 0), false);
  }

  /**
   * How far (samples) a resampled picture's sample may lie from the one it is compared with, in
   * {@link #resampled}.
   */
  static final int RESAMPLED_REACH = 1;

  /**
   * {@link #of} when one picture was resampled into the other's frame (a crop found by {@link
   * OverlayAlignment}): its cells are a fraction of a cell off and blurrier, since its region was
   * stretched from fewer samples, and a textured picture's samples then differ everywhere by more
   * than a cell may, though the crop is right to a hundredth of a side. Each sample's difference is
   * the smallest of three:
   *
   * <ul>
   *   <li>its difference from the closest of the original's samples within {@link #RESAMPLED_REACH}
   *       of it (session 24: a sample a fraction of a cell off);
   *   <li>the difference of the same sample with both pictures smoothed alike ({@link
   *       PictureThumbnail#smoothed}, 1-2-1), which takes away the detail that one picture's
   *       stretching blurred and the other's did not (session 26: the residual differences of the
   *       development photos and wallpapers that filled more than one rectangle or were scattered
   *       in it, copies/README.md);
   *   <li>the difference of the pair as levelled ({@code levelledCovered}, {@code
   *       levelledOriginal}): the crop's thumbnail as the other's would have sampled the same part,
   *       {@link OverlayAlignment#levelled} (session 33: thin lines and fine texture that the
   *       crop's thumbnail keeps sharp and the stretched region blurs).
   * </ul>
   *
   * A flat box over texture still differs from every sample round it, and smoothed alike its core
   * still differs from what it hides; the fill, contrast and the rest are read from the pictures as
   * they are, not smoothed.
   */
  static OverlayComparison resampled(
      PictureThumbnail covered,
      PictureThumbnail original,
      PictureThumbnail levelledCovered,
      PictureThumbnail levelledOriginal,
      Limits limits) {
    int[] c = values(covered.luma());
    int[] o = values(original.luma());
    int offset = medianDifference(c, o);
    int[] difference = differences(c, o, offset, RESAMPLED_REACH);
    int[] smoothed =
        differences(
            values(covered.smoothed().luma()), values(original.smoothed().luma()), offset, 0);
    int[] levelled =
        differences(values(levelledCovered.luma()), values(levelledOriginal.luma()), offset, 0);
    for (int i = 0; i < difference.length; i++) {
      difference[i] = Math.min(difference[i], Math.min(smoothed[i], levelled[i]));
    }
    return of(covered, original, limits, c, o, offset, difference, true);
  }

  // The judgement on the samples' differences (|c - o - offset| each, however taken).
  private static OverlayComparison of(
      PictureThumbnail covered,
      PictureThumbnail original,
      Limits limits,
      int[] c,
      int[] o,
      int offset,
      int[] difference,
      boolean resampled) {
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
            sum += difference[y * SIDE + x];
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
        overlayMask[i] = difference[i] > limits.changedSample();
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
    // Or away from its own edges as well when they are few (an emoji's eyes and mouth): such an
    // overlay must then be unlike every other part of the original, as a flat one over a flat part.
    boolean flatBetweenItsEdges = false;
    if (fill < limits.minFill()) {
      boolean[] flat = ThumbnailMasks.flatPart(c, core);
      double flatFill = flat == null ? Double.NaN : fillShare(c, flat);
      if (flatFill >= limits.minFill()) {
        flatBetweenItsEdges = true;
        fill = flatFill;
        originalFill = fillShare(o, flat);
      }
    }
    double contrast = Math.abs(median(c, overlayMask) - median(c, ringMask));
    // Measured only where the decision needs them (each is another pass over the samples).
    boolean asFlat = fill < originalFill + limits.minFillGain();
    double uniform = asFlat ? uniformShare(c, core) : Double.NaN;
    double shift = asFlat ? Math.abs(median(c, core) - offset - median(o, core)) : Double.NaN;
    double colourContrast =
        contrast < limits.minContrast()
            ? colourDistance(covered, changed, ringCells(changed))
            : Double.NaN;
    // Standing out from what surrounds it in neither luma nor colour.
    boolean blendsIn =
        contrast < limits.minContrast() && !(colourContrast >= limits.minColourContrast());
    boolean outsideAgrees =
        outside <= limits.maxOutside()
            && (!resampled || cropOutsideAgrees(outside, outsideActivity, limits));
    // Read only for an overlay that passed the tests before the one it may lift (the elsewhere
    // search, up to a few million sample differences, is the costly one).
    boolean passedBefore =
        outsideAgrees && outsideActivity >= limits.minOutsideActivity() && fill >= limits.minFill();
    boolean likeRing = blendsIn && passedBefore;
    // Over a part of the original as flat as itself and neither one colour unlike it nor far from
    // it (session 30): a box a few dozen levels from a smooth picture, an emoji of about the
    // picture's luma. Such an overlay that also blends in with its ring is then judged by the same
    // search at the stricter limit (it reached the ring test only through it: before session 30
    // every such overlay was refused first).
    boolean flatOverFlat =
        asFlat
            && !oneColourUnlike(uniform, shift, limits)
            && !(shift >= limits.minTwoColourShift());
    double overlayActivity = likeRing ? meanNeighbourDifference(c, core) : Double.NaN;
    double hiddenActivity = likeRing ? meanNeighbourDifference(o, core) : Double.NaN;
    boolean overTexture =
        overlayActivity <= limits.maxOverTextureActivity()
            && hiddenActivity >= limits.minHiddenActivity()
            && originalFill <= limits.maxHiddenFill();
    boolean[] elsewhereMask = overlayMask;
    boolean flatBoxSeenOverFlat =
        likeRing && !overTexture && overlayActivity <= limits.maxOverTextureActivity();
    double level = flatBoxSeenOverFlat ? median(c, core) : Double.NaN;
    if (flatBoxSeenOverFlat && !Double.isNaN(level)) {
      // A box as dark as a part of what it hides (a black box over black and white stripes) changes
      // the picture only where it covers the rest, and there the original is flat: read over every
      // sample of its rectangle at the box's level, it hides texture (session 36). It must then lie
      // as far from every other part of the original over all those samples.
      boolean[] box = ThumbnailMasks.atLevel(c, cx0, cy0, cx1, cy1, (int) level);
      double boxHidden = meanNeighbourDifference(o, eroded(box));
      if (boxHidden >= limits.minHiddenActivity()) {
        overTexture = true;
        hiddenActivity = boxHidden;
        elsewhereMask = box;
      }
    }
    double elsewhere =
        overTexture || (flatOverFlat && passedBefore)
            ? closestElsewhere(c, o, offset, elsewhereMask)
            : Double.NaN;
    // An overlay of a colour found nowhere in the original is no part of it moved there, however
    // near its luma lies to another part (session 37: a yellow emoji over a blue sky).
    double colourElsewhere =
        passedBefore ? ThumbnailMasks.nearestColour(original, covered, changed) : Double.NaN;
    boolean colourUnlikeAll = colourElsewhere >= limits.minColourElsewhere();
    String reason;
    boolean agrees = false;
    if (!outsideAgrees) {
      reason = "the pictures differ outside the rectangle";
    } else if (outsideActivity < limits.minOutsideActivity()) {
      reason = "too little outside the rectangle to compare";
    } else if (fill < limits.minFill()) {
      reason = "inside the rectangle the picture differs, not by a flat overlay";
    } else if (flatOverFlat && !(elsewhere >= limits.minFlatElsewhere()) && !colourUnlikeAll) {
      reason =
          "the original is as flat there, and the flat part is neither one colour unlike it nor far from it";
    } else if (blendsIn
        && !(elsewhere >= limits.minElsewhere())
        && !(overTexture && cutsThroughOnItsGround(c, o, ringMask, elsewhereMask, limits))) {
      reason = "the flat part is like what surrounds it, not laid over it";
    } else {
      // Last, for an overlay every other test let through (the search is the costly part): one
      // that is not one colour must be like no other part of the original.
      if (Double.isNaN(uniform)) {
        uniform = uniformShare(c, core);
      }
      if (Double.isNaN(elsewhere) && (uniform < limits.minUniform() || flatBetweenItsEdges)) {
        elsewhere = closestElsewhere(c, o, offset, overlayMask);
      }
      if (uniform < limits.minUniform()
          && !(elsewhere >= limits.minMovedElsewhere())
          && !colourUnlikeAll) {
        reason = "the flat part is a part of the picture moved there";
      } else if (flatBetweenItsEdges
          && !(elsewhere >= limits.minFlatElsewhere())
          && !colourUnlikeAll) {
        reason = "flat only between its edges, and like another part of the picture";
      } else {
        reason = "flat";
        agrees = true;
      }
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
        contrast,
        colourContrast,
        uniform,
        shift,
        overlayActivity,
        hiddenActivity,
        elsewhere,
        colourElsewhere);
  }

  /**
   * Whether, in a crop's frame, the pictures agree outside the rectangle closely enough for the
   * original's own activity there: within {@link Limits#maxCropOutsideShare} of it, and within
   * {@link Limits#maxCropOutside} or, where the original is busy, {@link
   * Limits#maxBusyCropOutsideShare} of its activity. The crop's frame forgives a sample a fraction
   * of a cell off, which two pictures of one template also need (session 34).
   */
  private static boolean cropOutsideAgrees(double outside, double activity, Limits limits) {
    return outside <= limits.maxCropOutsideShare() * activity
        && outside
            <= Math.max(limits.maxCropOutside(), limits.maxBusyCropOutsideShare() * activity);
  }

  /**
   * Whether an overlay over a part of the original that is as flat is one colour unlike what it
   * hides (a censor box over a smooth wallpaper, session 23). An overlay that is not one colour
   * must lie {@link Limits#minTwoColourShift} from it instead (session 28): the bench's emoji over
   * a smooth wallpaper is a face and its features (the face 74-87% of it, below {@link
   * Limits#minUniform}) and lay 174-192 levels from what it hid on the development wallpapers,
   * while a patch of a smooth picture moved within it (a burst) lay at most 131 from what it hid
   * among the development bursts of sessions 26 and 28 (copies/README.md).
   */
  private static boolean oneColourUnlike(double uniform, double shift, Limits limits) {
    return uniform >= limits.minUniform() && shift >= limits.minShift();
  }

  /**
   * The least mean difference of the masked samples of {@code c} from {@code o}'s samples moved by
   * any shift of more than two samples: near zero when what covers the rectangle is a part of the
   * original moved there.
   */
  static double closestElsewhere(int[] c, int[] o, int offset, boolean[] mask) {
    int mx0 = SIDE;
    int my0 = SIDE;
    int mx1 = -1;
    int my1 = -1;
    int n = 0;
    for (int y = 0; y < SIDE; y++) {
      for (int x = 0; x < SIDE; x++) {
        if (mask[y * SIDE + x]) {
          mx0 = Math.min(mx0, x);
          my0 = Math.min(my0, y);
          mx1 = Math.max(mx1, x);
          my1 = Math.max(my1, y);
          n++;
        }
      }
    }
    if (n == 0) {
      return Double.NaN;
    }
    long best = Long.MAX_VALUE;
    for (int dy = -my0; dy <= SIDE - 1 - my1; dy++) {
      for (int dx = -mx0; dx <= SIDE - 1 - mx1; dx++) {
        if (Math.abs(dx) <= 2 && Math.abs(dy) <= 2) {
          continue;
        }
        long sum = 0;
        for (int y = my0; y <= my1 && sum < best; y++) {
          for (int x = mx0; x <= mx1; x++) {
            int i = y * SIDE + x;
            if (mask[i]) {
              sum += Math.abs(c[i] - o[i + dy * SIDE + dx] - offset);
            }
          }
        }
        best = Math.min(best, sum);
      }
    }
    return best == Long.MAX_VALUE ? Double.NaN : (double) best / n;
  }

  /**
   * Whether a flat overlay like what surrounds it lies on a ground of its own level (at least
   * {@link Limits#minGroundShare} of its ring within {@value ThumbnailMasks#FILL_TOLERANCE} levels
   * of it) and its outline cuts straight through the picture ({@link Limits#minStraightCut}): a
   * black box over a drawing on a black ground (session 37). A flat part of the picture moved over
   * texture, which a burst shows, is edged by that texture (11-30% of its ring at its level in the
   * tests of sessions 29 and 30; the boxes of the drawings 40% or more).
   */
  private static boolean cutsThroughOnItsGround(
      int[] c, int[] o, boolean[] ring, boolean[] overlay, Limits limits) {
    return ThumbnailMasks.shareAtLevel(c, ring, median(c, overlay)) >= limits.minGroundShare()
        && ThumbnailMasks.longestStraightCut(c, o, overlay) >= limits.minStraightCut();
  }

  /** The cells that did not change next to one that did. */
  private static boolean[] ringCells(boolean[] changed) {
    boolean[] ring = new boolean[CELLS * CELLS];
    for (int cy = 0; cy < CELLS; cy++) {
      for (int cx = 0; cx < CELLS; cx++) {
        ring[cy * CELLS + cx] = !changed[cy * CELLS + cx] && nextToChanged(changed, cx, cy);
      }
    }
    return ring;
  }

  /** The distance of the two sets of cells' median colours; NaN without colour. */
  private static double colourDistance(PictureThumbnail t, boolean[] inside, boolean[] ring) {
    double[] a = ThumbnailMasks.medianColour(t, inside);
    double[] b = ThumbnailMasks.medianColour(t, ring);
    if (a == null || b == null) {
      return Double.NaN;
    }
    return Math.hypot(a[0] - b[0], a[1] - b[1]);
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
        Double.NaN,
        Double.NaN,
        Double.NaN,
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
    putFinite(ev, "colourContrast", colourContrast);
    putFinite(ev, "uniform", uniform);
    putFinite(ev, "shift", shift);
    putFinite(ev, "overlayActivity", overlayActivity);
    putFinite(ev, "hiddenActivity", hiddenActivity);
    putFinite(ev, "elsewhere", elsewhere);
    putFinite(ev, "colourElsewhere", colourElsewhere);
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
}
