package org.okju.copies;

import java.util.LinkedHashMap;
import java.util.Map;
import org.okju.fingerprint.CopyViewRegions;
import org.okju.fingerprint.Dihedral;
import org.okju.fingerprint.PictureProfile;
import org.okju.fingerprint.PictureRegion;
import org.okju.fingerprint.PictureThumbnail;

/**
 * Two matched regions of two pictures compared pixel by pixel, beyond the 256 bits of their hashes:
 * each region is sampled from its picture's thumbnail at the same size and orientation, luma
 * normalised to mean 0 and spread 1 (so that a greyscale, sepia or contrast edit compares equal),
 * and the differences taken over the whole region and over each of its 4x4 blocks. The block figure
 * is what tells two document icons apart that share the page and differ in the glyph on it; the
 * alpha channel is compared as it is, since transparency draws the shape of many icons.
 *
 * @param meanDifference mean absolute difference of the normalised luma
 * @param blockDifference the largest mean absolute difference over one block of a 4x4 grid
 * @param fineBlockDifference the same over an 8x8 grid
 * @param alphaMean mean absolute alpha difference as a share of 255 (NaN when not compared)
 * @param alphaBlock the largest over one block (NaN when not compared)
 * @param detailDifference the largest difference of normalised luma over a small block at the
 *     thumbnail's own resolution, each point compared with the best of its neighbours in the other
 *     picture (NaN when the coarse figures or the colour already disagree)
 * @param colourDifference the largest mean colour distance (Cb and Cr, 0-255 levels) over one block
 *     of a 4x4 grid, where both pictures are opaque (NaN when not compared)
 * @param local where drawn pictures differ: in one small region only (another drawing) or a little
 *     everywhere (an edited copy); null when not compared
 * @param agrees whether luma and (when both pictures have transparency) alpha are within the limits
 */
public record PixelComparison(
    double meanDifference,
    double blockDifference,
    double fineBlockDifference,
    double alphaMean,
    double alphaBlock,
    double detailDifference,
    double colourDifference,
    LocalDifference local,
    boolean agrees,
    Limits limits) {
  /**
   * The limits.
   *
   * @param side samples a side (a multiple of 8: the fine blocks are an eighth of it)
   * @param inset share of each region left out along its edges: a region's edge cells in a
   *     thumbnail mix in what lies outside it (the bars of a letterboxed copy)
   * @param smooth whether the thumbnails are smoothed first ({@link PictureThumbnail#smoothed}), so
   *     that copies whose cell grids fell at different offsets compare alike
   * @param minSpread the luma spread (standard deviation, 0-255) below which a region counts as
   *     flat
   * @param maxMean largest mean difference of normalised luma
   * @param maxBlock largest difference of normalised luma over a block (a 4x4 grid)
   * @param maxFineBlock largest over a fine block (an 8x8 grid): a small emblem or glyph
   * @param maxAlphaMean largest mean alpha difference (share of 255)
   * @param maxAlphaBlock largest block alpha difference
   * @param detailSide samples a side of the detail comparison (the thumbnail's resolution)
   * @param detailBlock samples a side of a detail block
   * @param maxDetail largest detail difference, checked for drawn pictures (icons: small or
   *     transparent): a small glyph or emblem that differs is a concentrated difference the coarse
   *     grid averages away
   * @param drawnOverShared whether, for drawn pictures, the comparison covers everything both
   *     pictures show under the matched alignment rather than the matched views' regions only: a
   *     crop-grid square leaves out the margins, where one arrow has a bar at its tail and its
   *     look-alike none (the detail check keeps to the matched regions: at the margins, far from
   *     the matched square, an approximate alignment is off by more than it tolerates)
   * @param maxColour largest colour difference over a block, checked for drawn pictures whose
   *     thumbnails both hold colour (infinite: not checked): luma is normalised so that a grey or
   *     contrast edit compares equal, and two icons that differ in colour only (a blue and a green
   *     folder) have one luma
   * @param minLocalPeak with {@code localRatio}: drawn pictures whose difference under the most
   *     exact alignment is concentrated in one small window ({@link LocalDifference}: a peak of at
   *     least this and {@code localRatio} times the typical difference at their edges) are two
   *     drawings, not a picture and its copy
   * @param localRatio see {@code minLocalPeak} (infinite: not checked)
   * @param minSmallLocalPeak the least peak instead of {@code minLocalPeak} when the two are
   *     compared at fewer than {@code detailSide} samples a side (the coarser picture has fewer
   *     pixels across): there a stroke is a sample or two wide, and a window over a changed stroke
   *     (a smiley's mouth at 24-48 pixels) averages 0.3-0.9, not the 0.7-1.4 it reaches at the
   *     thumbnail's full resolution
   * @param maxSmallLocalBackground with {@code minSmallLocalPeak}: below {@code detailSide} samples
   *     a difference counts as concentrated only when the two pictures have the same size in pixels
   *     and the background is at most this, the two being otherwise one drawing on one canvas (as
   *     an icon theme's look-alikes are): a resized copy piles its resampling error into a small
   *     detailed badge (generated icons at half size: peaks 0.26-0.68 at backgrounds 0.015-0.035,
   *     as high as two drawings' own)
   */
  public record Limits(
      int side,
      double inset,
      boolean smooth,
      double minSpread,
      double maxMean,
      double maxBlock,
      double maxFineBlock,
      double maxAlphaMean,
      double maxAlphaBlock,
      int detailSide,
      int detailBlock,
      double maxDetail,
      boolean drawnOverShared,
      double maxColour,
      double minLocalPeak,
      double localRatio,
      double minSmallLocalPeak,
      double maxSmallLocalBackground) {
    public Limits {
      if (side < 8 || side % 8 != 0) {
        throw new IllegalArgumentException("side must be a multiple of 8: " + side);
      }
      if (!(inset >= 0 && inset < 0.25)) {
        throw new IllegalArgumentException("inset must be in [0, 0.25): " + inset);
      }
      if (detailBlock < 1 || detailSide % detailBlock != 0) {
        throw new IllegalArgumentException(
            "detail blocks must tile the detail side: " + detailSide + "/" + detailBlock);
      }
    }

    /**
     * Measured on the development icon theme and the edit corpora (copies/README.md). The detail
     * limit 0.4 keeps generated document icons with different emblems apart and their resized and
     * re-encoded copies joined (with the whole-picture retry of {@link #detailByWholePicture}); 0.4
     * and 0.5 gave the same figures on the development theme.
     */
    public static final Limits DEFAULT =
        new Limits(
            16,
            0.06,
            true,
            2.0,
            0.35,
            0.9,
            1.2,
            0.08,
            0.25,
            64,
            4,
            0.4,
            true,
            MAX_COLOUR,
            MIN_LOCAL_PEAK,
            LOCAL_RATIO,
            MIN_SMALL_LOCAL_PEAK,
            MAX_SMALL_LOCAL_BACKGROUND);

    /** These limits with other luma limits: mean, block and fine block. */
    public Limits withLuma(double mean, double block, double fineBlock) {
      return new Limits(
          side,
          inset,
          smooth,
          minSpread,
          mean,
          block,
          fineBlock,
          maxAlphaMean,
          maxAlphaBlock,
          detailSide,
          detailBlock,
          maxDetail,
          drawnOverShared,
          maxColour,
          minLocalPeak,
          localRatio,
          minSmallLocalPeak,
          maxSmallLocalBackground);
    }
  }

  /**
   * Compares view {@code viewA} ({@code kind/orientation}) of picture A with {@code viewB} of B;
   * with {@code detail}, also at the thumbnail's resolution ({@link Limits#maxDetail}).
   */
  public static PixelComparison of(
      PictureThumbnail ta,
      PictureProfile pa,
      String viewA,
      PictureThumbnail tb,
      PictureProfile pb,
      String viewB,
      Limits limits,
      boolean detail) {
    PictureRegion rb = region(viewB, pb);
    PictureAlignment aToB =
        PictureAlignment.of(
            region(viewA, pa),
            PictureMatchPolicy.orientation(viewA),
            rb,
            PictureMatchPolicy.orientation(viewB));
    PixelComparison c =
        compare(ta, tb, aToB, rb, detail ? detailSide(aToB, rb, pa, pb, limits) : 0, limits);
    Dihedral oa = PictureMatchPolicy.orientation(viewA);
    Dihedral ob = PictureMatchPolicy.orientation(viewB);
    return localCheck(
        detailByWholePicture(c, ta, pa, oa, tb, pb, ob, limits),
        ta,
        pa,
        tb,
        pb,
        wholeAlignments(aToB, rb, pa, oa, pb, ob),
        limits);
  }

  /** An alignment of A onto B and the region of B it compares. */
  record Aligned(PictureAlignment aToB, PictureRegion inB) {}

  /**
   * {@code matched} (the matched views' alignment over region {@code inB} of B), then the two whole
   * pictures' and the two content boxes' (A in orientation {@code oa}, B in {@code ob}): one of
   * them aligns a resized or re-encoded copy exactly.
   */
  static java.util.List<Aligned> wholeAlignments(
      PictureAlignment matched,
      PictureRegion inB,
      PictureProfile pa,
      Dihedral oa,
      PictureProfile pb,
      Dihedral ob) {
    java.util.List<Aligned> all = new java.util.ArrayList<>();
    all.add(new Aligned(matched, inB));
    all.addAll(wholeAndContent(pa, oa, pb, ob));
    return all;
  }

  /** The two pictures laid over each other by their whole areas, then by their content boxes. */
  private static java.util.List<Aligned> wholeAndContent(
      PictureProfile pa, Dihedral oa, PictureProfile pb, Dihedral ob) {
    return java.util.List.of(
        new Aligned(
            PictureAlignment.of(PictureRegion.WHOLE, oa, PictureRegion.WHOLE, ob),
            PictureRegion.WHOLE),
        new Aligned(PictureAlignment.of(pa.content(), oa, pb.content(), ob), pb.content()));
  }

  /**
   * {@code c}, or, when it agrees and its detail was compared (drawn pictures), disagreeing when
   * the two differ in one small region only ({@link LocalDifference}) under the most exact of
   * {@code alignments}: the one where they differ least at their edges, which for a copy is the one
   * that lays its edges over the original's.
   */
  static PixelComparison localCheck(
      PixelComparison c,
      PictureThumbnail ta,
      PictureProfile pa,
      PictureThumbnail tb,
      PictureProfile pb,
      java.util.List<Aligned> alignments,
      Limits limits) {
    if (!c.agrees()
        || Double.isNaN(c.detailDifference())
        || !Double.isFinite(limits.localRatio())) {
      return c;
    }
    LocalDifference best = null;
    // The most exact of the whole-picture alignments (all but the matched views' when there are
    // others): for the small-picture rule, which asks whether two pictures of one size are one
    // drawing on one canvas but for one window. The matched views' region is a part of the
    // pictures, whose background is not comparable with the whole's.
    LocalDifference bestWhole = null;
    int bestWholeSide = 0;
    for (int i = 0; i < alignments.size(); i++) {
      Aligned al = alignments.get(i);
      PictureRegion r = insetOf(al.inB(), limits);
      int side = detailSide(al.aToB(), al.inB(), pa, pb, limits);
      float[][] s = detailSamples(ta, tb, al.aToB().inverse(), r, side, limits.minSpread());
      LocalDifference d = LocalDifference.of(s[0], s[1], side + 2, limits.detailBlock());
      if (best == null || d.background() < best.background()) {
        best = d;
      }
      if ((i > 0 || alignments.size() == 1)
          && (bestWhole == null || d.background() < bestWhole.background())) {
        bestWhole = d;
        bestWholeSide = side;
      }
    }
    boolean small =
        bestWholeSide < limits.detailSide()
            && pa.width() == pb.width()
            && pa.height() == pb.height()
            && bestWhole.concentrated(limits.minSmallLocalPeak(), limits.localRatio())
            && bestWhole.background() <= limits.maxSmallLocalBackground();
    boolean concentrated = best.concentrated(limits.minLocalPeak(), limits.localRatio()) || small;
    if (small && !best.concentrated(limits.minLocalPeak(), limits.localRatio())) {
      best = bestWhole;
    }
    boolean agrees = !concentrated;
    return new PixelComparison(
        c.meanDifference(),
        c.blockDifference(),
        c.fineBlockDifference(),
        c.alphaMean(),
        c.alphaBlock(),
        c.detailDifference(),
        c.colourDifference(),
        best,
        agrees,
        limits);
  }

  /**
   * {@code c}, or, when its coarse figures agreed and its detail did not, the detail taken again
   * through the two pictures' whole areas and content boxes (A in orientation {@code oa}, B in
   * {@code ob}), the best counting. The matched views' alignment may be off by more than the one
   * sample the detail check tolerates (a crop-grid square lies within half a grid step of its
   * copy's: a few per cent, more when chained through a member); a resized or re-encoded copy is
   * aligned exactly by its whole picture or its content box, while a different emblem on one page
   * differs however the two are laid over each other.
   */
  static PixelComparison detailByWholePicture(
      PixelComparison c,
      PictureThumbnail ta,
      PictureProfile pa,
      Dihedral oa,
      PictureThumbnail tb,
      PictureProfile pb,
      Dihedral ob,
      Limits limits) {
    if (c.agrees() || Double.isNaN(c.detailDifference())) {
      return c;
    }
    double best = c.detailDifference();
    for (Aligned al : wholeAndContent(pa, oa, pb, ob)) {
      best =
          Math.min(
              best,
              detail(
                  ta,
                  tb,
                  al.aToB().inverse(),
                  insetOf(al.inB(), limits),
                  detailSide(al.aToB(), al.inB(), pa, pb, limits),
                  limits.detailBlock(),
                  limits.minSpread()));
    }
    return new PixelComparison(
        c.meanDifference(),
        c.blockDifference(),
        c.fineBlockDifference(),
        c.alphaMean(),
        c.alphaBlock(),
        best,
        c.colourDifference(),
        null,
        best <= limits.maxDetail(),
        limits);
  }

  private static PictureRegion insetOf(PictureRegion in, Limits limits) {
    return in.within(
        new PictureRegion(limits.inset(), limits.inset(), 1 - limits.inset(), 1 - limits.inset()));
  }

  /**
   * Samples a side of the detail comparison over region {@code inB}: the thumbnail's resolution,
   * but no more than the coarser picture has pixels across the region (a 32-pixel icon against its
   * 64-pixel original is compared at 32, or its missing detail would count as a difference), in
   * whole blocks and at least two blocks.
   */
  static int detailSide(
      PictureAlignment aToB, PictureRegion inB, PictureProfile pa, PictureProfile pb, Limits l) {
    PictureAlignment bToA = aToB.inverse();
    double[] p = bToA.apply(inB.x0(), inB.y0());
    double[] q = bToA.apply(inB.x1(), inB.y1());
    double acrossB =
        Math.min((inB.x1() - inB.x0()) * pb.width(), (inB.y1() - inB.y0()) * pb.height());
    // A turned match swaps the axes; the smaller extent in A either way is the safe bound.
    double acrossA =
        Math.min(
            Math.min(Math.abs(q[0] - p[0]) * pa.width(), Math.abs(q[1] - p[1]) * pa.height()),
            Math.min(Math.abs(q[0] - p[0]) * pa.height(), Math.abs(q[1] - p[1]) * pa.width()));
    int pixels = (int) Math.floor(Math.min(acrossA, acrossB));
    int side = Math.min(l.detailSide(), pixels) / l.detailBlock() * l.detailBlock();
    return Math.max(2 * l.detailBlock(), side);
  }

  /**
   * Compares region {@code inB} of picture B with what {@code aToB} says lies there in A: {@code n
   * x n} points spread over the region (less its inset), each sampled from both thumbnails; then,
   * when {@code detailSide} is positive and the coarse figures agree, the detail check at that many
   * samples a side.
   */
  static PixelComparison compare(
      PictureThumbnail sharpA,
      PictureThumbnail sharpB,
      PictureAlignment aToB,
      PictureRegion inB,
      int detailSide,
      Limits limits) {
    PictureThumbnail ta = limits.smooth() ? sharpA.smoothed() : sharpA;
    PictureThumbnail tb = limits.smooth() ? sharpB.smoothed() : sharpB;
    PictureRegion r = insetOf(inB, limits);
    PictureRegion coarse = r;
    if (detailSide > 0 && limits.drawnOverShared()) {
      // Everything both pictures show under this alignment: a true copy agrees there too, not
      // only in the views that matched.
      coarse = insetOf(aToB.image(PictureRegion.WHOLE).orElse(inB), limits);
    }
    PictureAlignment bToA = aToB.inverse();
    int n = limits.side();
    double[] qx = new double[n * n];
    double[] qy = new double[n * n];
    double[] px = new double[n * n];
    double[] py = new double[n * n];
    for (int j = 0; j < n; j++) {
      for (int i = 0; i < n; i++) {
        int k = j * n + i;
        qx[k] = coarse.x0() + (i + 0.5) * (coarse.x1() - coarse.x0()) / n;
        qy[k] = coarse.y0() + (j + 0.5) * (coarse.y1() - coarse.y0()) / n;
        double[] p = bToA.apply(qx[k], qy[k]);
        px[k] = p[0];
        py[k] = p[1];
      }
    }
    double[] luma =
        normalisedDifferences(
            ta.sampleAt(px, py, false), tb.sampleAt(qx, qy, false), n, limits.minSpread());
    double[] alpha = {Double.NaN, Double.NaN, Double.NaN};
    if (ta.hasAlpha() && tb.hasAlpha()) {
      alpha = differences(ta.sampleAt(px, py, true), tb.sampleAt(qx, qy, true), n, 255.0);
    }
    boolean lumaCompared = !Double.isNaN(luma[0]);
    boolean alphaCompared = !Double.isNaN(alpha[0]);
    boolean agrees =
        (lumaCompared || alphaCompared)
            && (!lumaCompared
                || (luma[0] <= limits.maxMean()
                    && luma[1] <= limits.maxBlock()
                    && luma[2] <= limits.maxFineBlock()))
            && (!alphaCompared
                || (alpha[0] <= limits.maxAlphaMean() && alpha[1] <= limits.maxAlphaBlock()));
    double colour = Double.NaN;
    if (agrees
        && detailSide > 0
        && Double.isFinite(limits.maxColour())
        && sharpA.hasColour()
        && sharpB.hasColour()) {
      colour = colour(sharpA, sharpB, px, py, qx, qy, n);
      agrees = !(colour > limits.maxColour());
    }
    double detail = Double.NaN;
    if (agrees && lumaCompared && detailSide > 0 && Double.isFinite(limits.maxDetail())) {
      detail =
          detail(sharpA, sharpB, bToA, r, detailSide, limits.detailBlock(), limits.minSpread());
      agrees = detail <= limits.maxDetail();
    }
    return new PixelComparison(
        luma[0], luma[1], luma[2], alpha[0], alpha[1], detail, colour, null, agrees, limits);
  }

  /**
   * The worst block of a 4x4 grid of the colour distance between A's points {@code (px, py)} and
   * B's {@code (qx, qy)} ({@code n} x {@code n}), each point weighted by how opaque both pictures
   * are there (squared, so that a cell half covered at an icon's edge, where a copy flattened onto
   * black mixes its colour with black, counts little); a block that is mostly transparent in either
   * is left out. NaN when no block counts.
   */
  static double colour(
      PictureThumbnail ta,
      PictureThumbnail tb,
      double[] px,
      double[] py,
      double[] qx,
      double[] qy,
      int n) {
    float[][] ca = ta.colourAt(px, py);
    float[][] cb = tb.colourAt(qx, qy);
    float[] wa = ta.sampleAt(px, py, true);
    float[] wb = tb.sampleAt(qx, qy, true);
    int block = n / 4;
    double[] sums = new double[16];
    double[] weights = new double[16];
    for (int y = 0; y < n; y++) {
      for (int x = 0; x < n; x++) {
        int k = y * n + x;
        double opaque = Math.min(wa[k], wb[k]) / 255.0;
        double w = opaque * opaque;
        double d = Math.hypot(ca[0][k] - cb[0][k], ca[1][k] - cb[1][k]);
        int b = (y / block) * 4 + x / block;
        sums[b] += w * d;
        weights[b] += w;
      }
    }
    double worst = Double.NaN;
    for (int b = 0; b < 16; b++) {
      if (weights[b] >= MIN_OPAQUE_BLOCK * block * block) {
        double mean = sums[b] / weights[b];
        worst = Double.isNaN(worst) ? mean : Math.max(worst, mean);
      }
    }
    return worst;
  }

  /** Least (squared) opacity share of a block for its colour to count. */
  static final double MIN_OPAQUE_BLOCK = 0.25;

  /**
   * The colour limit (levels of Cb and Cr): chosen on the development icon theme
   * (copies/README.md).
   */
  static final double MAX_COLOUR = 24;

  /** The local difference's least peak: chosen on generated pictures (copies/README.md). */
  static final double MIN_LOCAL_PEAK = 1.0;

  /**
   * The local difference's least peak for pictures compared below the thumbnail's resolution:
   * chosen on generated pictures and the development theme's faces (copies/README.md). With 1.0
   * there, generated smileys that differ in the mouth joined at 24, 32 and 48 pixels (peaks
   * 0.32-0.75 at backgrounds of at most 0.03), as did Adwaita's face-plain and face-smile at 48.
   */
  static final double MIN_SMALL_LOCAL_PEAK = 0.25;

  /** The background under which a small picture's local difference counts: ditto. */
  static final double MAX_SMALL_LOCAL_BACKGROUND = 0.04;

  /** The local difference's least ratio of peak to background: chosen on generated pictures. */
  static final double LOCAL_RATIO = 12;

  /**
   * The worst block of normalised luma differences at {@code n} x {@code n} points of region {@code
   * r} of B (unsmoothed thumbnails), each point's difference the smallest against the other
   * picture's point and its eight neighbours one sample away, both ways: a copy whose cell grid
   * fell half a cell off (a resize, a crop) then still agrees, while a small glyph of another
   * shape, an emblem or a different word does not.
   */
  static double detail(
      PictureThumbnail ta,
      PictureThumbnail tb,
      PictureAlignment bToA,
      PictureRegion r,
      int n,
      int block,
      double minSpread) {
    int m = n + 2;
    float[][] s = detailSamples(ta, tb, bToA, r, n, minSpread);
    float[] a = s[0];
    float[] b = s[1];
    int blocks = n / block;
    double[] sums = new double[blocks * blocks];
    for (int j = 0; j < n; j++) {
      for (int i = 0; i < n; i++) {
        double d = Math.max(nearest(a, b, i + 1, j + 1, m), nearest(b, a, i + 1, j + 1, m));
        sums[(j / block) * blocks + i / block] += d;
      }
    }
    double worst = 0;
    for (double sum : sums) {
      worst = Math.max(worst, sum / (block * block));
    }
    return worst;
  }

  /**
   * {A, B}: normalised luma of the unsmoothed thumbnails at {@code (n + 2) x (n + 2)} points,
   * {@code n} x {@code n} over region {@code r} of B and a ring one sample outside it, A's where
   * {@code bToA} puts them.
   */
  static float[][] detailSamples(
      PictureThumbnail ta,
      PictureThumbnail tb,
      PictureAlignment bToA,
      PictureRegion r,
      int n,
      double minSpread) {
    int m = n + 2;
    double[] qx = new double[m * m];
    double[] qy = new double[m * m];
    double[] px = new double[m * m];
    double[] py = new double[m * m];
    double stepX = (r.x1() - r.x0()) / n;
    double stepY = (r.y1() - r.y0()) / n;
    for (int j = 0; j < m; j++) {
      for (int i = 0; i < m; i++) {
        int k = j * m + i;
        qx[k] = r.x0() + (i - 0.5) * stepX;
        qy[k] = r.y0() + (j - 0.5) * stepY;
        double[] p = bToA.apply(qx[k], qy[k]);
        px[k] = p[0];
        py[k] = p[1];
      }
    }
    return new float[][] {
      normalisedInside(ta.sampleAt(px, py, false), m, minSpread),
      normalisedInside(tb.sampleAt(qx, qy, false), m, minSpread)
    };
  }

  /** The smallest difference between {@code to}'s point (i, j) and {@code from}'s 3x3 around it. */
  private static double nearest(float[] from, float[] to, int i, int j, int m) {
    float v = to[j * m + i];
    double best = Double.MAX_VALUE;
    for (int dy = -1; dy <= 1; dy++) {
      for (int dx = -1; dx <= 1; dx++) {
        best = Math.min(best, Math.abs(from[(j + dy) * m + i + dx] - v));
      }
    }
    return best;
  }

  /**
   * {@code v} ({@code m} x {@code m}) normalised to the mean and spread of its inner points (the
   * border ring lies one sample outside the compared region).
   */
  private static float[] normalisedInside(float[] v, int m, double minSpread) {
    double sum = 0;
    int count = 0;
    for (int j = 1; j < m - 1; j++) {
      for (int i = 1; i < m - 1; i++) {
        sum += v[j * m + i];
        count++;
      }
    }
    double mean = sum / count;
    double squares = 0;
    for (int j = 1; j < m - 1; j++) {
      for (int i = 1; i < m - 1; i++) {
        squares += (v[j * m + i] - mean) * (v[j * m + i] - mean);
      }
    }
    double spread = Math.max(Math.sqrt(squares / count), minSpread);
    float[] out = new float[v.length];
    for (int k = 0; k < v.length; k++) {
      out[k] = (float) ((v[k] - mean) / spread);
    }
    return out;
  }

  /** Whether two thumbnails are the same to within rounding: a pixel-identical copy. */
  public static boolean identical(PictureThumbnail a, PictureThumbnail b) {
    return within(a.luma(), b.luma(), 1) && within(a.alpha(), b.alpha(), 1);
  }

  private static boolean within(byte[] x, byte[] y, int tolerance) {
    if (x.length != y.length) {
      return false;
    }
    for (int i = 0; i < x.length; i++) {
      if (Math.abs((x[i] & 0xff) - (y[i] & 0xff)) > tolerance) {
        return false;
      }
    }
    return true;
  }

  static PictureRegion region(String view, PictureProfile p) {
    String kind = view.substring(0, view.indexOf('/'));
    return CopyViewRegions.of(kind, p.width(), p.height(), p.content());
  }

  /**
   * {mean, largest block} of luma normalised to mean 0 and spread 1; a flat region's spread counts
   * as {@code minSpread}, so that two flat regions compare alike and a flat one with a detailed one
   * does not (its noise is not blown up to the other's detail).
   */
  private static double[] normalisedDifferences(float[] a, float[] b, int n, double minSpread) {
    double[] sa = meanAndSpread(a);
    double[] sb = meanAndSpread(b);
    double spreadA = Math.max(sa[1], minSpread);
    double spreadB = Math.max(sb[1], minSpread);
    float[] za = new float[a.length];
    float[] zb = new float[b.length];
    for (int i = 0; i < a.length; i++) {
      za[i] = (float) ((a[i] - sa[0]) / spreadA);
      zb[i] = (float) ((b[i] - sb[0]) / spreadB);
    }
    return differences(za, zb, n, 1.0);
  }

  private static double[] meanAndSpread(float[] v) {
    double sum = 0;
    for (float x : v) {
      sum += x;
    }
    double mean = sum / v.length;
    double squares = 0;
    for (float x : v) {
      squares += (x - mean) * (x - mean);
    }
    return new double[] {mean, Math.sqrt(squares / v.length)};
  }

  /** {mean, largest block mean, largest fine block mean} of {@code |a - b| / scale}. */
  private static double[] differences(float[] a, float[] b, int n, double scale) {
    int block = n / 4;
    int fine = n / 8;
    double[] blocks = new double[16];
    double[] fines = new double[64];
    double total = 0;
    for (int y = 0; y < n; y++) {
      for (int x = 0; x < n; x++) {
        double d = Math.abs(a[y * n + x] - b[y * n + x]) / scale;
        total += d;
        blocks[(y / block) * 4 + x / block] += d;
        fines[(y / fine) * 8 + x / fine] += d;
      }
    }
    double worst = 0;
    for (double s : blocks) {
      worst = Math.max(worst, s / (block * block));
    }
    double worstFine = 0;
    for (double s : fines) {
      worstFine = Math.max(worstFine, s / (fine * fine));
    }
    return new double[] {total / (n * n), worst, worstFine};
  }

  /** The comparison as evidence: the figures and their limits, rounded. */
  public Map<String, Object> evidence() {
    Map<String, Object> out = new LinkedHashMap<>();
    if (!Double.isNaN(meanDifference)) {
      out.put("lumaMean", EdgeClassifier.round(meanDifference));
      out.put("lumaBlock", EdgeClassifier.round(blockDifference));
      out.put("lumaFineBlock", EdgeClassifier.round(fineBlockDifference));
      out.put(
          "lumaLimits", limits.maxMean() + "/" + limits.maxBlock() + "/" + limits.maxFineBlock());
    }
    if (!Double.isNaN(detailDifference)) {
      out.put("lumaDetail", EdgeClassifier.round(detailDifference));
      out.put("lumaDetailLimit", limits.maxDetail());
    }
    if (local != null) {
      out.put("localPeak", EdgeClassifier.round(local.peak()));
      out.put("localBackground", EdgeClassifier.round(local.background()));
      out.put(
          "localLimits",
          limits.minLocalPeak()
              + "/"
              + limits.localRatio()
              + " (peak "
              + limits.minSmallLocalPeak()
              + " at background at most "
              + limits.maxSmallLocalBackground()
              + " below "
              + limits.detailSide()
              + " samples)");
    }
    if (!Double.isNaN(colourDifference)) {
      out.put("colour", EdgeClassifier.round(colourDifference));
      out.put("colourLimit", limits.maxColour());
    }
    if (!Double.isNaN(alphaMean)) {
      out.put("alphaMean", EdgeClassifier.round(alphaMean));
      out.put("alphaBlock", EdgeClassifier.round(alphaBlock));
      out.put("alphaLimits", limits.maxAlphaMean() + "/" + limits.maxAlphaBlock());
    }
    out.put("agrees", agrees);
    return out;
  }
}
