package org.okju.fingerprint;

/**
 * A luma plane averaged down by an integer factor so that its longer side is at most {@link
 * #MAX_SIDE}: the working picture for okju's own copy-detection signals (content boxes, crops),
 * which do not have to be bit-exact with any reference and so can skip the full-resolution filter.
 *
 * <p>Also a {@link LumaSource} for a rectangular region of itself. Not thread-safe.
 */
public final class ReducedLumaPlane {
  /** Longest side kept. */
  public static final int MAX_SIDE = 512;

  private final float[] plane;
  private final int width;
  private final int height;

  private ReducedLumaPlane(float[] plane, int width, int height) {
    this.plane = plane;
    this.width = width;
    this.height = height;
  }

  /** Averages {@code source} over square blocks of the smallest integer size that fits. */
  public static ReducedLumaPlane of(LumaSource source) {
    return of(source, MAX_SIDE);
  }

  /** This plane averaged down again so that its longer side is at most {@code maxSide}. */
  ReducedLumaPlane reducedTo(int maxSide) {
    return Math.max(width, height) <= maxSide ? this : of(region(0, 0, width, height), maxSide);
  }

  private static ReducedLumaPlane of(LumaSource source, int maxSide) {
    int w = source.width();
    int h = source.height();
    int factor = Math.max(1, (Math.max(w, h) + maxSide - 1) / maxSide);
    int rw = (w + factor - 1) / factor;
    int rh = (h + factor - 1) / factor;
    float[] sums = new float[rw * rh];
    int[] counts = new int[rw * rh];
    float[] row = new float[w];
    for (int y = 0; y < h; y++) {
      source.readRow(y, row);
      int base = (y / factor) * rw;
      for (int x = 0; x < w; x++) {
        sums[base + x / factor] += row[x];
        counts[base + x / factor]++;
      }
    }
    for (int i = 0; i < sums.length; i++) {
      sums[i] /= counts[i];
    }
    return new ReducedLumaPlane(sums, rw, rh);
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }

  float at(int x, int y) {
    return plane[y * width + x];
  }

  /** The region {@code [x0, x0+w) x [y0, y0+h)} as a luma source. */
  public LumaSource region(int x0, int y0, int w, int h) {
    if (x0 < 0 || y0 < 0 || w <= 0 || h <= 0 || x0 + w > width || y0 + h > height) {
      throw new IllegalArgumentException(
          "region " + x0 + "," + y0 + " " + w + "x" + h + " outside " + width + "x" + height);
    }
    return new LumaSource() {
      @Override
      public int width() {
        return w;
      }

      @Override
      public int height() {
        return h;
      }

      @Override
      public void readRow(int y, float[] dst) {
        System.arraycopy(plane, (y0 + y) * width + x0, dst, 0, w);
      }
    };
  }
}
