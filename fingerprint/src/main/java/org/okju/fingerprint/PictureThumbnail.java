package org.okju.fingerprint;

import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * A {@value #SIDE} x {@value #SIDE} picture of the whole of a picture (stretched to a square): its
 * luma as PDQ reads it (colour without alpha) and, for a picture with transparency, its alpha; and
 * a coarser {@value #COLOUR_SIDE} x {@value #COLOUR_SIDE} grid of its colour (chroma), which luma
 * does not see: a blue and a green folder icon have one luma. What a pixel-level check compares
 * when a 256-bit hash says too little, as between two icons that share a badge: two regions that
 * views matched are sampled at the same size and orientation ({@link #sample}). About 4.5 KiB;
 * immutable and thread-safe.
 */
public final class PictureThumbnail {
  /** Cells a side. */
  public static final int SIDE = 64;

  /**
   * Colour cells a side: colour changes slowly across a picture and a copy's chroma is often
   * subsampled (JPEG), so a coarse grid says what colour each part is at 512 bytes.
   */
  public static final int COLOUR_SIDE = 16;

  private final byte[] luma;
  private final byte[] alpha;
  private final byte[] chroma;

  /**
   * A thumbnail without colour (one stored before colour was kept).
   *
   * @param luma {@code SIDE * SIDE} luma values, rows top to bottom
   * @param alpha as many alpha values, or an empty array for an opaque picture
   */
  public PictureThumbnail(byte[] luma, byte[] alpha) {
    this(luma, alpha, new byte[0]);
  }

  /**
   * @param luma {@code SIDE * SIDE} luma values, rows top to bottom
   * @param alpha as many alpha values, or an empty array for an opaque picture
   * @param chroma {@code 2 * COLOUR_SIDE * COLOUR_SIDE} values: the cells' blue-difference (Cb)
   *     then their red-difference (Cr), 128 for grey, rows top to bottom; empty when not known
   */
  public PictureThumbnail(byte[] luma, byte[] alpha, byte[] chroma) {
    if (luma.length != SIDE * SIDE || (alpha.length != 0 && alpha.length != SIDE * SIDE)) {
      throw new IllegalArgumentException(
          "a thumbnail has " + SIDE * SIDE + " cells, not " + luma.length + "/" + alpha.length);
    }
    if (chroma.length != 0 && chroma.length != CHROMA_LENGTH) {
      throw new IllegalArgumentException(
          "a thumbnail's colour has " + CHROMA_LENGTH + " values, not " + chroma.length);
    }
    this.luma = luma.clone();
    this.alpha = alpha.clone();
    this.chroma = chroma.clone();
  }

  /** Values of a thumbnail's colour: Cb and Cr for each of its cells. */
  public static final int CHROMA_LENGTH = 2 * COLOUR_SIDE * COLOUR_SIDE;

  /** The thumbnail of {@code image}, whose luma was reduced to {@code plane}. */
  public static PictureThumbnail of(BufferedImage image, ReducedLumaPlane plane) {
    byte[] luma = cells(plane.width(), plane.height(), plane::at);
    byte[] chroma = chroma(image);
    if (!image.getColorModel().hasAlpha()) {
      return new PictureThumbnail(luma, new byte[0], chroma);
    }
    int w = image.getWidth();
    int h = image.getHeight();
    // Alpha sampled on a grid of at most 256 a side: a thumbnail cell averages 8x8 samples or more.
    int step = Math.max(1, Math.max(w, h) / 256);
    int sw = (w + step - 1) / step;
    int sh = (h + step - 1) / step;
    boolean seeThrough = false;
    float[] samples = new float[sw * sh];
    for (int y = 0; y < sh; y++) {
      for (int x = 0; x < sw; x++) {
        int a = image.getRGB(x * step, y * step) >>> 24;
        seeThrough |= a < 255;
        samples[y * sw + x] = a;
      }
    }
    if (!seeThrough) {
      return new PictureThumbnail(luma, new byte[0], chroma);
    }
    return new PictureThumbnail(luma, cells(sw, sh, (x, y) -> samples[y * sw + x]), chroma);
  }

  /**
   * The colour of {@code image} on a {@value #COLOUR_SIDE} grid: samples on a grid of at most 256 a
   * side, each cell the mean Cb and Cr (ITU-R BT.601, 128 for grey) of the samples whose centre
   * lies in it, weighted by their opacity (what is transparent has no colour to see; a fully
   * transparent cell is grey). Integer sums and one division a cell: the same bytes on every
   * machine.
   */
  static byte[] chroma(BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    int step = Math.max(1, Math.max(w, h) / 256);
    int sw = (w + step - 1) / step;
    int sh = (h + step - 1) / step;
    boolean hasAlpha = image.getColorModel().hasAlpha();
    int cells = COLOUR_SIDE * COLOUR_SIDE;
    long[] cb = new long[cells];
    long[] cr = new long[cells];
    long[] weight = new long[cells];
    int[] seen = new int[cells];
    for (int y = 0; y < sh; y++) {
      int cy = (2 * y + 1) * COLOUR_SIDE / (2 * sh);
      for (int x = 0; x < sw; x++) {
        int c = cy * COLOUR_SIDE + (2 * x + 1) * COLOUR_SIDE / (2 * sw);
        int argb = image.getRGB(x * step, y * step);
        long a = hasAlpha ? argb >>> 24 : 255;
        cb[c] += a * blueDifference(argb);
        cr[c] += a * redDifference(argb);
        weight[c] += a;
        seen[c]++;
      }
    }
    byte[] out = new byte[CHROMA_LENGTH];
    for (int cy = 0; cy < COLOUR_SIDE; cy++) {
      for (int cx = 0; cx < COLOUR_SIDE; cx++) {
        int c = cy * COLOUR_SIDE + cx;
        long b;
        long r;
        if (seen[c] == 0) {
          // A picture narrower than the grid: the sample under the cell's centre.
          int argb =
              image.getRGB(
                  Math.min(w - 1, (2 * cx + 1) * w / (2 * COLOUR_SIDE)),
                  Math.min(h - 1, (2 * cy + 1) * h / (2 * COLOUR_SIDE)));
          b = Math.round(blueDifference(argb) / 256.0);
          r = Math.round(redDifference(argb) / 256.0);
        } else if (weight[c] == 0) {
          b = 0;
          r = 0;
        } else {
          b = Math.round(cb[c] / (256.0 * weight[c]));
          r = Math.round(cr[c] / (256.0 * weight[c]));
        }
        out[c] = (byte) Math.max(0, Math.min(255, 128 + b));
        out[cells + c] = (byte) Math.max(0, Math.min(255, 128 + r));
      }
    }
    return out;
  }

  /** 256 times the blue difference Cb - 128 of a pixel (BT.601, integer weights). */
  private static int blueDifference(int rgb) {
    return -43 * ((rgb >> 16) & 0xff) - 85 * ((rgb >> 8) & 0xff) + 128 * (rgb & 0xff);
  }

  /** 256 times the red difference Cr - 128 of a pixel. */
  private static int redDifference(int rgb) {
    return 128 * ((rgb >> 16) & 0xff) - 107 * ((rgb >> 8) & 0xff) - 21 * (rgb & 0xff);
  }

  /** A source of values on a pixel grid. */
  private interface Grid {
    float at(int x, int y);
  }

  /**
   * Averages a {@code w} x {@code h} grid over {@code SIDE x SIDE} cells: every pixel whose centre
   * lies in a cell counts; a cell with none (a grid smaller than the thumbnail) takes the pixel
   * under its centre.
   */
  private static byte[] cells(int w, int h, Grid grid) {
    float[] sums = new float[SIDE * SIDE];
    int[] counts = new int[SIDE * SIDE];
    for (int y = 0; y < h; y++) {
      int cy = (int) ((y + 0.5) * SIDE / h);
      for (int x = 0; x < w; x++) {
        int c = cy * SIDE + (int) ((x + 0.5) * SIDE / w);
        sums[c] += grid.at(x, y);
        counts[c]++;
      }
    }
    byte[] out = new byte[SIDE * SIDE];
    for (int cy = 0; cy < SIDE; cy++) {
      for (int cx = 0; cx < SIDE; cx++) {
        int c = cy * SIDE + cx;
        float v =
            counts[c] > 0
                ? sums[c] / counts[c]
                : grid.at((int) ((cx + 0.5) * w / SIDE), (int) ((cy + 0.5) * h / SIDE));
        out[c] = (byte) Math.max(0, Math.min(255, Math.round(v)));
      }
    }
    return out;
  }

  /**
   * This thumbnail smoothed by a 1-2-1 filter across and down: detail at the scale of one cell
   * depends on where the cell grid fell on the picture, so two thumbnails of one picture cut at
   * different offsets (a crop) agree only once it is smoothed away.
   */
  public PictureThumbnail smoothed() {
    return new PictureThumbnail(smooth(luma), alpha.length == 0 ? alpha : smooth(alpha), chroma);
  }

  private static byte[] smooth(byte[] cells) {
    float[] across = new float[cells.length];
    for (int y = 0; y < SIDE; y++) {
      for (int x = 0; x < SIDE; x++) {
        across[y * SIDE + x] =
            (value(cells, Math.max(0, x - 1), y)
                    + 2 * value(cells, x, y)
                    + value(cells, Math.min(SIDE - 1, x + 1), y))
                / 4f;
      }
    }
    byte[] out = new byte[cells.length];
    for (int y = 0; y < SIDE; y++) {
      for (int x = 0; x < SIDE; x++) {
        float v =
            (across[Math.max(0, y - 1) * SIDE + x]
                    + 2 * across[y * SIDE + x]
                    + across[Math.min(SIDE - 1, y + 1) * SIDE + x])
                / 4f;
        out[y * SIDE + x] = (byte) Math.round(v);
      }
    }
    return out;
  }

  /** The luma cells (a copy). */
  public byte[] luma() {
    return luma.clone();
  }

  /** The alpha cells (a copy), empty for an opaque picture. */
  public byte[] alpha() {
    return alpha.clone();
  }

  /** The colour values (a copy): {@link #CHROMA_LENGTH} of them, or none when not known. */
  public byte[] chroma() {
    return chroma.clone();
  }

  /** Whether the thumbnail knows the picture's colour. */
  public boolean hasColour() {
    return chroma.length > 0;
  }

  /**
   * Cb and Cr, each minus 128, at {@code n} points given in shares of the picture's width and
   * height (as {@link #sampleAt}), bilinearly from the colour cells: {@code {cb[], cr[]}}.
   *
   * @throws IllegalStateException when the thumbnail has no colour
   */
  public float[][] colourAt(double[] xs, double[] ys) {
    if (chroma.length == 0) {
      throw new IllegalStateException("this thumbnail has no colour");
    }
    int cells = COLOUR_SIDE * COLOUR_SIDE;
    float[][] out = new float[2][xs.length];
    for (int i = 0; i < xs.length; i++) {
      double x = Math.max(0, Math.min(COLOUR_SIDE - 1, xs[i] * COLOUR_SIDE - 0.5));
      double y = Math.max(0, Math.min(COLOUR_SIDE - 1, ys[i] * COLOUR_SIDE - 0.5));
      int x0 = Math.min(COLOUR_SIDE - 2, (int) x);
      int y0 = Math.min(COLOUR_SIDE - 2, (int) y);
      double fx = x - x0;
      double fy = y - y0;
      for (int channel = 0; channel < 2; channel++) {
        int base = channel * cells;
        double top =
            (chroma[base + y0 * COLOUR_SIDE + x0] & 0xff) * (1 - fx)
                + (chroma[base + y0 * COLOUR_SIDE + x0 + 1] & 0xff) * fx;
        double bottom =
            (chroma[base + (y0 + 1) * COLOUR_SIDE + x0] & 0xff) * (1 - fx)
                + (chroma[base + (y0 + 1) * COLOUR_SIDE + x0 + 1] & 0xff) * fx;
        out[channel][i] = (float) (top * (1 - fy) + bottom * fy - 128);
      }
    }
    return out;
  }

  /** Whether the picture has transparent or translucent pixels. */
  public boolean hasAlpha() {
    return alpha.length > 0;
  }

  /**
   * {@code region} sampled bilinearly at {@code n} x {@code n} points and turned by {@code
   * orientation} as the dihedral PDQ variant of that name turns the picture: if view {@code v} of
   * picture A matched the {@code orientation} variant of view {@code w} of picture B, {@code
   * A.sample(v's region, ORIGINAL)} shows what {@code B.sample(w's region, orientation)} shows.
   *
   * @param ofAlpha the alpha cells instead of the luma (all 255 for an opaque picture)
   */
  public float[] sample(PictureRegion region, Dihedral orientation, int n, boolean ofAlpha) {
    byte[] cells = ofAlpha ? alpha : luma;
    float[] upright = new float[n * n];
    if (ofAlpha && cells.length == 0) {
      Arrays.fill(upright, 255f);
      return upright;
    }
    double w = region.x1() - region.x0();
    double h = region.y1() - region.y0();
    for (int j = 0; j < n; j++) {
      double y = (region.y0() + (j + 0.5) * h / n) * SIDE - 0.5;
      for (int i = 0; i < n; i++) {
        double x = (region.x0() + (i + 0.5) * w / n) * SIDE - 0.5;
        upright[j * n + i] = bilinear(cells, x, y);
      }
    }
    return turn(upright, orientation, n);
  }

  private static float bilinear(byte[] cells, double x, double y) {
    double cx = Math.max(0, Math.min(SIDE - 1, x));
    double cy = Math.max(0, Math.min(SIDE - 1, y));
    int x0 = Math.min(SIDE - 2, (int) cx);
    int y0 = Math.min(SIDE - 2, (int) cy);
    double fx = cx - x0;
    double fy = cy - y0;
    double top = value(cells, x0, y0) * (1 - fx) + value(cells, x0 + 1, y0) * fx;
    double bottom = value(cells, x0, y0 + 1) * (1 - fx) + value(cells, x0 + 1, y0 + 1) * fx;
    return (float) (top * (1 - fy) + bottom * fy);
  }

  private static int value(byte[] cells, int x, int y) {
    return cells[y * SIDE + x] & 0xff;
  }

  /**
   * The values at {@code n} points of the picture given in shares of its width and height ({@code
   * xs[i]}, {@code ys[i]}), bilinearly from the cells; points outside are clamped to the edge.
   *
   * @param ofAlpha the alpha cells instead of the luma (all 255 for an opaque picture)
   */
  public float[] sampleAt(double[] xs, double[] ys, boolean ofAlpha) {
    byte[] cells = ofAlpha ? alpha : luma;
    float[] out = new float[xs.length];
    if (ofAlpha && cells.length == 0) {
      Arrays.fill(out, 255f);
      return out;
    }
    for (int i = 0; i < xs.length; i++) {
      out[i] = bilinear(cells, xs[i] * SIDE - 0.5, ys[i] * SIDE - 0.5);
    }
    return out;
  }

  /**
   * Where the point {@code (x, y)} of a square turned by {@code d} (both in shares of the side) was
   * before the turn: the continuous form of {@link #turn}.
   */
  public static double[] beforeTurn(Dihedral d, double x, double y) {
    return switch (d) {
      case ORIGINAL -> new double[] {x, y};
      case ROTATE_90 -> new double[] {1 - y, x};
      case ROTATE_180 -> new double[] {1 - x, 1 - y};
      case ROTATE_270 -> new double[] {y, 1 - x};
      case FLIP_X -> new double[] {x, 1 - y};
      case FLIP_Y -> new double[] {1 - x, y};
      case FLIP_PLUS_1 -> new double[] {y, x};
      case FLIP_MINUS_1 -> new double[] {1 - y, 1 - x};
    };
  }

  /**
   * {@code grid} as the picture turned by {@code d}: the geometric meaning of the reference's sign
   * and transposition table (pinned by a test that hashes turned pictures).
   */
  static float[] turn(float[] grid, Dihedral d, int n) {
    float[] out = new float[n * n];
    int m = n - 1;
    for (int y = 0; y < n; y++) {
      for (int x = 0; x < n; x++) {
        int at =
            switch (d) {
              case ORIGINAL -> y * n + x;
              case ROTATE_90 -> x * n + (m - y);
              case ROTATE_180 -> (m - y) * n + (m - x);
              case ROTATE_270 -> (m - x) * n + y;
              case FLIP_X -> (m - y) * n + x;
              case FLIP_Y -> y * n + (m - x);
              case FLIP_PLUS_1 -> x * n + y;
              case FLIP_MINUS_1 -> (m - x) * n + (m - y);
            };
        out[y * n + x] = grid[at];
      }
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PictureThumbnail t
        && Arrays.equals(luma, t.luma)
        && Arrays.equals(alpha, t.alpha)
        && Arrays.equals(chroma, t.chroma);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Arrays.hashCode(luma) + Arrays.hashCode(alpha)) + Arrays.hashCode(chroma);
  }

  @Override
  public String toString() {
    return "PictureThumbnail[" + SIDE + "x" + SIDE + (hasAlpha() ? ", with alpha]" : "]");
  }
}
