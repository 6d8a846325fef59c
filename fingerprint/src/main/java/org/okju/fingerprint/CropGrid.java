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
 * share at {@link #STEPS} magnifications from 1 to 1.25 (the copy shows the same content larger). A
 * probe of the copy then lies within half a step (0.5% of the side, 1.1% of scale) of an anchor of
 * the original. Measured in {@code okju bench copies}: see copies/README.md.
 *
 * <p>Squares, not the picture's shape, because a crop changes the aspect ratio and a square's scale
 * is the same on both axes: one scale to search instead of two.
 */
final class CropGrid {
  /** Largest share cropped off any one side that the grid is built for. */
  static final double MAX_CROP = 0.10;

  /** Centres per axis and magnifications. */
  static final int STEPS = 11;

  /**
   * Side of the squares as a share of the short side. A copy cropped by 10% a side would still hold
   * a square of 80%, but the outer bands are where re-posters put logos, captions, watermarks and
   * frames: with 80% squares, smooth pictures carrying the same stamp grouped together in the
   * wallpaper corpus of copies/README.md; with 60% squares none did, and crops were still found.
   */
  private static final double SQUARE = 0.6;

  private static final double MAX_MAGNIFICATION = 1 / (1 - 2 * MAX_CROP);
  private static final EnumSet<Dihedral> UPRIGHT = EnumSet.of(Dihedral.ORIGINAL);

  private final PdqHasher hasher;

  CropGrid(PdqHasher hasher) {
    this.hasher = hasher;
  }

  /**
   * Longest side of the plane the grid is hashed on: PDQ keeps 16 frequencies of each square, so a
   * quarter of the copy-signal plane's pixels is plenty, and 132 hashes cost a quarter as much.
   */
  static final int PLANE_SIDE = 256;

  /** The anchors and the probes of {@code picture}; none when it is too small to crop. */
  List<CopySignal> views(ReducedLumaPlane picture, PdqScratch scratch) {
    ReducedLumaPlane plane = picture.reducedTo(PLANE_SIDE);
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
