package org.okju.copies;

import java.util.Optional;
import org.okju.fingerprint.Dihedral;
import org.okju.fingerprint.PictureRegion;
import org.okju.fingerprint.PictureThumbnail;

/**
 * Where a point of one picture lies in another (both in shares of width and height), as two matched
 * views say: view region {@code ra} of A turned by {@code oa} shows what region {@code rb} of B
 * turned by {@code ob} shows. An axis-aligned affine map (a scale and shift per axis, the axes
 * possibly swapped or reversed by the turn); two chain into one, so that a picture matched to a
 * member of a tape can be compared pixel by pixel with the representative. Immutable.
 */
final class PictureAlignment {
  // p' = (a * x + b * y + c, d * x + e * y + f)
  private final double a;
  private final double b;
  private final double c;
  private final double d;
  private final double e;
  private final double f;

  private PictureAlignment(double a, double b, double c, double d, double e, double f) {
    this.a = a;
    this.b = b;
    this.c = c;
    this.d = d;
    this.e = e;
    this.f = f;
  }

  /** The map from A to B that a match of A's region {@code ra} (turned) with B's says. */
  static PictureAlignment of(PictureRegion ra, Dihedral oa, PictureRegion rb, Dihedral ob) {
    // A point of the shared turned square g comes from A at ra + beforeTurn(oa, g) and from B at
    // rb + beforeTurn(ob, g); both maps are affine, so three points fix the map from A to B.
    double[][] g = {{0, 0}, {1, 0}, {0, 1}};
    double[][] inA = new double[3][];
    double[][] inB = new double[3][];
    for (int i = 0; i < 3; i++) {
      inA[i] = at(ra, PictureThumbnail.beforeTurn(oa, g[i][0], g[i][1]));
      inB[i] = at(rb, PictureThumbnail.beforeTurn(ob, g[i][0], g[i][1]));
    }
    return through(inA, inB);
  }

  private static double[] at(PictureRegion r, double[] u) {
    return new double[] {r.x0() + u[0] * (r.x1() - r.x0()), r.y0() + u[1] * (r.y1() - r.y0())};
  }

  /** The affine map taking the three points {@code from} to {@code to}. */
  private static PictureAlignment through(double[][] from, double[][] to) {
    // Solve [x y 1] * [a d; b e; c f] = [x' y'] for the three points.
    double x1 = from[1][0] - from[0][0];
    double y1 = from[1][1] - from[0][1];
    double x2 = from[2][0] - from[0][0];
    double y2 = from[2][1] - from[0][1];
    double det = x1 * y2 - x2 * y1;
    if (Math.abs(det) < 1e-12) {
      throw new IllegalArgumentException("a view region has no area");
    }
    double u1 = to[1][0] - to[0][0];
    double u2 = to[2][0] - to[0][0];
    double v1 = to[1][1] - to[0][1];
    double v2 = to[2][1] - to[0][1];
    double a = (u1 * y2 - u2 * y1) / det;
    double b = (x1 * u2 - x2 * u1) / det;
    double d = (v1 * y2 - v2 * y1) / det;
    double e = (x1 * v2 - x2 * v1) / det;
    double c = to[0][0] - a * from[0][0] - b * from[0][1];
    double f = to[0][1] - d * from[0][0] - e * from[0][1];
    return new PictureAlignment(a, b, c, d, e, f);
  }

  /** This map, then {@code next} (A to B, then B to C: A to C). */
  PictureAlignment then(PictureAlignment next) {
    return new PictureAlignment(
        next.a * a + next.b * d,
        next.a * b + next.b * e,
        next.a * c + next.b * f + next.c,
        next.d * a + next.e * d,
        next.d * b + next.e * e,
        next.d * c + next.e * f + next.f);
  }

  /** The map back. */
  PictureAlignment inverse() {
    double det = a * e - b * d;
    double ia = e / det;
    double ib = -b / det;
    double id = -d / det;
    double ie = a / det;
    return new PictureAlignment(ia, ib, -(ia * c + ib * f), id, ie, -(id * c + ie * f));
  }

  /**
   * Whether the map keeps the picture upright: no turn and no mirror, only a scale and shift per
   * axis (a match through a flipped or turned view gives a map that reverses or swaps the axes).
   */
  boolean upright() {
    return a > 0 && e > 0 && Math.abs(b) < 1e-9 && Math.abs(d) < 1e-9;
  }

  double[] apply(double x, double y) {
    return new double[] {a * x + b * y + c, d * x + e * y + f};
  }

  /** Where {@code r} lies in the other picture, clipped to it; empty when it lies outside. */
  Optional<PictureRegion> image(PictureRegion r) {
    double[] p = apply(r.x0(), r.y0());
    double[] q = apply(r.x1(), r.y1());
    double x0 = Math.max(0, Math.min(p[0], q[0]));
    double y0 = Math.max(0, Math.min(p[1], q[1]));
    double x1 = Math.min(1, Math.max(p[0], q[0]));
    double y1 = Math.min(1, Math.max(p[1], q[1]));
    return x0 < x1 && y0 < y1 ? Optional.of(new PictureRegion(x0, y0, x1, y1)) : Optional.empty();
  }
}
