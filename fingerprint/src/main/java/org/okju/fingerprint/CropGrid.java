package org.okju.fingerprint;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Views that find a copy cropped by up to {@link #MAX_CROP} on each side at arbitrary offsets,
 * where PDQ alone moves by about 30 bits for every 2-3% of shift.
 *
 * <p>A copy cropped by at most 10% a side always contains the original's central square of 80% of
 * its short side, somewhere within 5% of the centre; and that square fills the same share of the
 * copy's short side, magnified by at most 1.25. So the original keeps <em>anchors</em>: that square
 * at {@link #STEPS}x{@link #STEPS} centres across the ±5% range; every picture keeps
 * <em>probes</em>: its own centred square at {@link #STEPS} magnifications from 1 to 1.25. A probe
 * of the copy then lies within half a step (0.5% of the side, 1.1% of scale) of an anchor of the
 * original. Measured on the reference photos with random 0-10% crops and JPEG re-encoding: the
 * closest anchor-probe pair is within 31 bits for 94% of crops and within 40 for all of them;
 * unrelated photos stay above 86 (see copies/README.md).
 *
 * <p>Squares, not the picture's shape, because a crop changes the aspect ratio and a square's scale
 * is the same on both axes: one scale to search instead of two.
 */
final class CropGrid {
  /** Largest share cropped off any one side that the grid is built for. */
  static final double MAX_CROP = 0.10;

  /** Centres per axis and magnifications. */
  static final int STEPS = 11;

  private static final double SQUARE = 1 - 2 * MAX_CROP;
  private static final double MAX_MAGNIFICATION = 1 / SQUARE;
  private static final EnumSet<Dihedral> UPRIGHT = EnumSet.of(Dihedral.ORIGINAL);

  private final PdqHasher hasher;

  CropGrid(PdqHasher hasher) {
    this.hasher = hasher;
  }

  /** The anchors and the probes of {@code plane}; none when the picture is too small to crop. */
  List<CopySignal> views(ReducedLumaPlane plane, PdqScratch scratch) {
    int w = plane.width();
    int h = plane.height();
    int shortSide = Math.min(w, h);
    int side = (int) Math.round(SQUARE * shortSide);
    List<CopySignal> out = new ArrayList<>(STEPS * STEPS + STEPS);
    if (side < 16) {
      return out;
    }
    for (int row = 0; row < STEPS; row++) {
      int y0 = clamp((int) Math.round(centre(row) * h - side / 2.0), h - side);
      for (int col = 0; col < STEPS; col++) {
        int x0 = clamp((int) Math.round(centre(col) * w - side / 2.0), w - side);
        out.add(hash(plane, x0, y0, side, CopySignalKind.CROP_ANCHOR, row * STEPS + col, scratch));
      }
    }
    for (int step = 0; step < STEPS; step++) {
      double magnification = Math.pow(MAX_MAGNIFICATION, step / (double) (STEPS - 1));
      int probe = Math.min(shortSide, (int) Math.round(side * magnification));
      out.add(
          hash(
              plane,
              (w - probe) / 2,
              (h - probe) / 2,
              probe,
              CopySignalKind.CROP_PROBE,
              step,
              scratch));
    }
    return out;
  }

  /** The {@code i}-th centre, as a share of the side: 0.45 to 0.55. */
  private static double centre(int i) {
    return 0.5 - MAX_CROP / 2 + MAX_CROP * i / (STEPS - 1);
  }

  private static int clamp(int origin, int max) {
    return Math.max(0, Math.min(origin, max));
  }

  private CopySignal hash(
      ReducedLumaPlane plane,
      int x0,
      int y0,
      int side,
      CopySignalKind kind,
      int cell,
      PdqScratch scratch) {
    PdqDihedralResult r = hasher.dihedral(plane.region(x0, y0, side, side), UPRIGHT, scratch);
    return new CopySignal(
        kind, Dihedral.ORIGINAL, r.hashes().get(Dihedral.ORIGINAL), r.quality(), cell);
  }
}
