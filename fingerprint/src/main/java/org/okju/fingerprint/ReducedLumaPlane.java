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
    int w = source.width();
    int h = source.height();
    int factor = factor(w, h);
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

  /** The averaging block's side for a picture of {@code w} x {@code h}. */
  static int factor(int w, int h) {
    return Math.max(1, (Math.max(w, h) + MAX_SIDE - 1) / MAX_SIDE);
  }

  /** The plane's {@code {width, height}} for a picture of {@code w} x {@code h}, without one. */
  public static int[] size(int w, int h) {
    int factor = factor(w, h);
    return new int[] {(w + factor - 1) / factor, (h + factor - 1) / factor};
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

  /**
   * The square {@code [x0, x0+side)²}, in pixels but at any fractional position, resampled
   * bilinearly at about one sample a pixel: views a fraction of a pixel apart differ by that
   * fraction, not by a whole pixel of rounding.
   */
  LumaSource square(double x0, double y0, double side) {
    // Written so that NaN fails too; bilinear sampling needs two pixels a side.
    if (!(x0 >= 0 && y0 >= 0 && side >= 1)
        || !(x0 + side <= width + 1e-9 && y0 + side <= height + 1e-9)
        || width < 2
        || height < 2) {
      throw new IllegalArgumentException(
          "square " + x0 + "," + y0 + " side " + side + " outside " + width + "x" + height);
    }
    int n = Math.max(16, (int) Math.round(side));
    double step = side / n;
    int[] x = new int[n];
    float[] fx = new float[n];
    for (int i = 0; i < n; i++) {
      // Sample i covers [x0 + i*step, x0 + (i+1)*step); pixel p's centre is at p + 0.5.
      double at = Math.max(0, Math.min(width - 1, x0 + (i + 0.5) * step - 0.5));
      x[i] = Math.min(width - 2, (int) at);
      fx[i] = (float) (at - x[i]);
    }
    return view(
        n,
        n,
        (row, dst) -> {
          double at = Math.max(0, Math.min(height - 1, y0 + (row + 0.5) * step - 0.5));
          int y = Math.min(height - 2, (int) at);
          float fy = (float) (at - y);
          int top = y * width;
          int bottom = top + width;
          for (int i = 0; i < n; i++) {
            int p = x[i];
            float upper = plane[top + p] + fx[i] * (plane[top + p + 1] - plane[top + p]);
            float lower = plane[bottom + p] + fx[i] * (plane[bottom + p + 1] - plane[bottom + p]);
            dst[i] = upper + fy * (lower - upper);
          }
        });
  }

  /**
   * The square of {@code side} pixels centred on {@code (cx, cy)} and turned by {@code radians}
   * (counter-clockwise as the picture is shown), resampled bilinearly at about one sample a pixel;
   * samples that fall outside the plane repeat its edge.
   */
  LumaSource turnedSquare(double cx, double cy, double side, double radians) {
    if (!(side >= 1) || width < 2 || height < 2 || !Double.isFinite(radians)) {
      throw new IllegalArgumentException(
          "turned square of side " + side + " in " + width + "x" + height);
    }
    int n = Math.max(16, (int) Math.round(side));
    double step = side / n;
    double cos = Math.cos(radians);
    double sin = Math.sin(radians);
    return view(
        n,
        n,
        (row, dst) -> {
          // Image rows grow downwards, so a counter-clockwise turn on screen is (cos, -sin; sin,
          // cos)
          // applied to (u, -v) and back.
          double v = (row + 0.5) * step - side / 2;
          for (int i = 0; i < n; i++) {
            double u = (i + 0.5) * step - side / 2;
            double x = cx + u * cos + v * sin - 0.5;
            double y = cy - u * sin + v * cos - 0.5;
            dst[i] = bilinear(x, y);
          }
        });
  }

  private float bilinear(double x, double y) {
    double cx = Math.max(0, Math.min(width - 1, x));
    double cy = Math.max(0, Math.min(height - 1, y));
    int x0 = Math.min(width - 2, (int) cx);
    int y0 = Math.min(height - 2, (int) cy);
    float fx = (float) (cx - x0);
    float fy = (float) (cy - y0);
    int top = y0 * width + x0;
    int bottom = top + width;
    float upper = plane[top] + fx * (plane[top + 1] - plane[top]);
    float lower = plane[bottom] + fx * (plane[bottom + 1] - plane[bottom]);
    return upper + fy * (lower - upper);
  }

  /** The region {@code [x0, x0+w) x [y0, y0+h)} as a luma source. */
  public LumaSource region(int x0, int y0, int w, int h) {
    if (x0 < 0 || y0 < 0 || w <= 0 || h <= 0 || x0 + w > width || y0 + h > height) {
      throw new IllegalArgumentException(
          "region " + x0 + "," + y0 + " " + w + "x" + h + " outside " + width + "x" + height);
    }
    return view(w, h, (y, dst) -> System.arraycopy(plane, (y0 + y) * width + x0, dst, 0, w));
  }

  /** How a view of the plane fills one of its rows: {@link LumaSource#readRow}. */
  private interface RowSampler {
    void readRow(int y, float[] dst);
  }

  /** A {@code w x h} luma source whose rows {@code rows} fills. */
  private static LumaSource view(int w, int h, RowSampler rows) {
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
        rows.readRow(y, dst);
      }
    };
  }
}
