package org.okju.fingerprint;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Views that find a copy cropped by up to {@link #MAX_CROP} on each side at arbitrary offsets,
 * where PDQ alone moves by about 30 bits for every 2-3% of shift.
 *
 * <p>The centre of a copy cropped by at most 10% a side lies within 5% of the original's centre,
 * and the copy's short side is at least 80% of the original's. So the original keeps
 * <em>anchors</em>: a square of {@link #SQUARE} of its short side at {@link #STEPS}x{@link #STEPS}
 * centres across the ±5% range; every picture keeps <em>probes</em>: its own centred square of that
 * share at {@link #SCALES} magnifications from 1 to 1.25 (the copy shows the same content larger).
 * A probe of the copy then lies within half a step (0.5% of the side, 1.1% of scale) of an anchor
 * of the original. The squares are cut from the copy-signal plane (up to 512 px) at fractional
 * positions ({@link ReducedLumaPlane#square}): whole-pixel rounding, or a 256 px plane, cost a
 * tenth of the crops (measured in copies/README.md).
 *
 * <p>Squares, not the picture's shape, because a crop changes the aspect ratio and a square's scale
 * is the same on both axes: one scale to search instead of two.
 */
public final class CropGrid {
  /** Largest share cropped off any one side that the grid is built for. */
  static final double MAX_CROP = 0.10;

  /** Anchor centres per axis: a step of 1% of the side (9 lost a tenth of the crops). */
  public static final int STEPS = 11;

  /** Probe magnifications: a step of 2.3% of scale. */
  public static final int SCALES = 11;

  /**
   * Side of the squares as a share of the short side. A copy cropped by 10% a side would still hold
   * a square of 80%, but the outer bands are where re-posters put logos, captions, watermarks and
   * frames: with 80% and 75% squares, smooth pictures carrying the same stamp grouped together in
   * the wallpaper corpus of copies/README.md; with 70% none did. Smaller squares hold less of the
   * picture and find fewer crops (60%: 92% found directly against 98%).
   */
  private static final double SQUARE = 0.7;

  private static final double MAX_MAGNIFICATION = 1 / (1 - 2 * MAX_CROP);
  private static final EnumSet<Dihedral> UPRIGHT = EnumSet.of(Dihedral.ORIGINAL);

  /**
   * Orientations the upright probes are kept in: a copy cropped at uneven offsets <em>and</em>
   * mirrored shows, turned back, the probe of a crop of the original at the mirrored offsets, which
   * meets an anchor as an unmirrored crop does. Mirror images are what re-posters make (a flip
   * defeats plain PDQ); the other turns with a crop were not asked for, and each orientation adds
   * the probes' share of the grid join.
   */
  private static final EnumSet<Dihedral> PROBE_TURNS =
      EnumSet.of(Dihedral.ORIGINAL, Dihedral.FLIP_X, Dihedral.FLIP_Y);

  /**
   * Centred anchors beyond the grid, as {@link #STEPS}² onwards, for a copy cut from the middle of
   * the picture by more than 10% a side: the squares a probe of such a copy shows at magnifications
   * of 1 to 1.25 each cover a further factor 1.25, so these three reach a copy of 41% of the
   * original's side (a centre crop of 25% or 29.5% a side), 1.25^4 with the grid's own. Centred
   * only: a crop that deep is a zoom into the middle, not a trim of uneven edges.
   */
  static final int CENTRE_ZOOMS = 3;

  /**
   * Turns of the extra probes, in degrees: a copy turned a few degrees and cropped to hide the
   * corners (the crop centred, larger for a wider picture) is turned back by its nearest. PDQ moved
   * about 35 bits for a turn of 3°, about 15 for 1.5° (measured in copies/README.md).
   */
  static final double[] TURNS = {-3, 3};

  /** Probe cells: the upright probes, then {@link #SCALES} for each of {@link #TURNS}. */
  public static final int PROBE_CELLS = SCALES * (1 + TURNS.length);

  /**
   * First cell of the <em>box probes</em> of a video frame: the {@link #SCALES} upright probes cut
   * from the picture inside its frame ({@link ContentBox}, {@link SharpBox}) instead of from the
   * whole frame, so that a clip shown smaller inside a player's window or a blurred fill still
   * shows, turned into a probe, a square an anchor of the original holds.
   */
  public static final int BOX_PROBE_FIRST = PROBE_CELLS;

  /** Anchor cells: the grid, then {@link #CENTRE_ZOOMS}. */
  public static final int ANCHOR_CELLS = STEPS * STEPS + CENTRE_ZOOMS;

  private final PdqHasher hasher;

  CropGrid(PdqHasher hasher) {
    this.hasher = hasher;
  }

  /** The anchors and the probes of {@code plane}; none when it is too small to crop. */
  List<CopySignal> views(ReducedLumaPlane plane, PdqScratch scratch) {
    return views(plane, scratch, PROBE_CELLS);
  }

  /**
   * The views of a video frame: the anchors and the upright probes (in their three orientations),
   * not the turned ones (a small turn is an edit of photos; a frame's views are made about once a
   * second of video), and, when {@code box} trims the frame, the {@link #BOX_PROBE_FIRST box
   * probes}.
   */
  List<CopySignal> videoViews(ReducedLumaPlane plane, ContentBox box, PdqScratch scratch) {
    List<CopySignal> out = views(plane, scratch, SCALES);
    if (box.trimmedFrom(plane) && SQUARE * Math.min(box.width(), box.height()) >= 16) {
      for (int step = 0; step < SCALES; step++) {
        double[] s = probeSquare(step, box.width(), box.height());
        hash(
            out,
            plane.square(box.x() + s[0], box.y() + s[1], s[2]),
            CopySignalKind.CROP_PROBE,
            BOX_PROBE_FIRST + step,
            UPRIGHT,
            scratch);
      }
    }
    return out;
  }

  private List<CopySignal> views(ReducedLumaPlane plane, PdqScratch scratch, int probeCells) {
    int w = plane.width();
    int h = plane.height();
    int shortSide = Math.min(w, h);
    double side = SQUARE * shortSide;
    List<CopySignal> out = new ArrayList<>(ANCHOR_CELLS + PROBE_CELLS + 2 * SCALES);
    if (side < 16) {
      return out;
    }
    for (int cell = 0; cell < ANCHOR_CELLS; cell++) {
      double[] s = anchorSquare(cell, w, h);
      if (s[2] >= 16) {
        hash(
            out,
            plane.square(s[0], s[1], s[2]),
            CopySignalKind.CROP_ANCHOR,
            cell,
            UPRIGHT,
            scratch);
      }
    }
    for (int cell = 0; cell < probeCells; cell++) {
      double[] s = probeSquare(cell, w, h);
      int turn = cell / SCALES;
      LumaSource square =
          turn == 0
              ? plane.square(s[0], s[1], s[2])
              : plane.turnedSquare(
                  s[0] + s[2] / 2, s[1] + s[2] / 2, s[2], Math.toRadians(TURNS[turn - 1]));
      hash(
          out, square, CopySignalKind.CROP_PROBE, cell, turn == 0 ? PROBE_TURNS : UPRIGHT, scratch);
    }
    return out;
  }

  /** Anchor {@code cell}'s square {@code {x, y, side}} in a plane of {@code w} x {@code h}. */
  static double[] anchorSquare(int cell, int w, int h) {
    double side = SQUARE * Math.min(w, h);
    if (cell >= STEPS * STEPS) {
      double zoomed = side / Math.pow(MAX_MAGNIFICATION, cell - STEPS * STEPS + 1);
      return new double[] {(w - zoomed) / 2, (h - zoomed) / 2, zoomed};
    }
    double y0 = clamp(centre(cell / STEPS) * h - side / 2, h - side);
    double x0 = clamp(centre(cell % STEPS) * w - side / 2, w - side);
    return new double[] {x0, y0, side};
  }

  /**
   * Probe {@code cell}'s centred square {@code {x, y, side}} in a plane of {@code w} x {@code h}
   * (for a turned probe, the square before turning).
   */
  static double[] probeSquare(int cell, int w, int h) {
    int shortSide = Math.min(w, h);
    int step = cell % SCALES;
    double magnification = Math.pow(MAX_MAGNIFICATION, step / (double) (SCALES - 1));
    double probe = Math.min(shortSide, SQUARE * shortSide * magnification);
    return new double[] {(w - probe) / 2, (h - probe) / 2, probe};
  }

  /** The {@code i}-th centre, as a share of the side: 0.45 to 0.55. */
  private static double centre(int i) {
    return 0.5 - MAX_CROP / 2 + MAX_CROP * i / (STEPS - 1);
  }

  private static double clamp(double origin, double max) {
    return Math.max(0, Math.min(origin, max));
  }

  private void hash(
      List<CopySignal> out,
      LumaSource square,
      CopySignalKind kind,
      int cell,
      EnumSet<Dihedral> turns,
      PdqScratch scratch) {
    PdqDihedralResult r = hasher.dihedral(square, turns, scratch);
    for (Dihedral d : turns) {
      out.add(new CopySignal(kind, d, r.hashes().get(d), r.quality(), cell));
    }
  }
}
