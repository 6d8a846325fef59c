package org.okju.fingerprint;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * PDQ's blur-and-decimate to 64x64: two X,Y pairs of 1-D box filters (Wojciech Jarosz, "Fast Image
 * Convolutions", SIGGRAPH 2001) then point sampling at block centres.
 *
 * <p>Bit-exact with {@code PDQHasher.jaroszFilterFloat} + {@code decimateFloat} of the Java
 * reference (and the C++ {@code jaroszFilterFloat}): every output sample sees the same float
 * additions, subtractions and division in the same order. What differs is only the schedule:
 *
 * <ul>
 *   <li>Passes along columns keep one running sum per column, so their inner loops run across
 *       columns and the JIT vectorises them; passes along rows filter eight rows in one loop
 *       ({@link RowBoxFilter}).
 *   <li>The first pass pulls luma straight from the decoded raster and runs only as far ahead of
 *       the second as the second's window needs: no full-size plane exists, so memory is a few
 *       dozen rows whatever the image size, and those rows stay in cache.
 *   <li>The second and third passes are fused through a ring of rows, and the third keeps only the
 *       64 columns that decimation samples, so the fourth pass filters 64 columns, not all of them.
 * </ul>
 */
final class JaroszDownsampler {
  /** The reference's window divisor: each of the two passes averages 1/128 of the dimension. */
  static final int WINDOW_SIZE_DIVISOR = 128;

  private JaroszDownsampler() {}

  /** Window of one 1-D pass over a dimension: {@code ceil(dimension / 128)}. */
  static int windowSize(int dimension) {
    return (dimension + WINDOW_SIZE_DIVISOR - 1) / WINDOW_SIZE_DIVISOR;
  }

  /**
   * Filters {@code source} and writes the 64x64 decimation, row-major, to {@code scratch.block64}.
   */
  static void downsample(LumaSource source, PdqScratch scratch) {
    final int w = source.width();
    final int h = source.height();
    if (w <= 0 || h <= 0) {
      throw new IllegalArgumentException("empty image: " + w + "x" + h);
    }
    scratch.ensure(w, h);
    final int windowAlongRows = windowSize(w);
    final int windowAlongCols = windowSize(h);
    final int group = RowBoxFilter.ROWS;
    final double[] rowReciprocals = RowBoxFilter.reciprocals(windowAlongRows);
    for (int i = 0; i < 64; i++) {
      // Target centres, not corners, computed in double as the reference does.
      scratch.sampledRowIndex[i] = (int) (((i + 0.5) * h) / 64);
      scratch.sampledColumnIndex[i] = (int) (((i + 0.5) * w) / 64);
    }

    // Pass 1, along rows, runs lazily: pass 2 pulls its rows through a ring just deep enough
    // for its window, so no full-size plane is ever held.
    final float[] spare = scratch.filteredRows[group];
    FirstPassRows firstPass =
        new FirstPassRows(source, scratch, windowAlongRows, rowReciprocals, spare);
    final float[][] in = new float[group][];
    final float[][] out = new float[group][];

    // Pass 2, along columns, feeding pass 3 (along rows) eight rows at a time; pass 3 keeps only
    // the 64 columns that decimation samples.
    final float[][] ring = scratch.ringRows;
    final float[][] filtered = scratch.filteredRows;
    final float[][] sampled = scratch.sampledColumns;
    final int[] columns = scratch.sampledColumnIndex;
    IntConsumer rowDone =
        y -> {
          int slot = y % group;
          if (slot != group - 1 && y != h - 1) {
            return;
          }
          int first = y - slot;
          int count = slot + 1;
          for (int k = 0; k < group; k++) {
            in[k] = ring[k < count ? k : 0];
            out[k] = k < count ? filtered[k] : spare;
          }
          RowBoxFilter.filter8(in, out, w, windowAlongRows, rowReciprocals);
          for (int k = 0; k < count; k++) {
            float[] source2 = filtered[k];
            float[] target = sampled[first + k];
            for (int j = 0; j < 64; j++) {
              target[j] = source2[columns[j]];
            }
          }
        };
    boxDown(firstPass, h, w, windowAlongCols, scratch.sums, ring, group, rowDone);

    // Pass 4, along columns, over the 64 sampled columns only; then decimate the rows.
    final float[][] done = scratch.sampledColumnsFiltered;
    boxDown(i -> sampled[i], h, 64, windowAlongCols, scratch.sums, done, h, null);
    for (int i = 0; i < 64; i++) {
      System.arraycopy(done[scratch.sampledRowIndex[i]], 0, scratch.block64, i * 64, 64);
    }
  }

  /**
   * A 1-D box filter along the row index, for {@code cols} columns at once, with the four phases
   * and the operation order of the reference's {@code box1DFloat}. Output row {@code r} goes to
   * {@code out[r % ringRows]}, after which {@code rowDone} (if any) is told.
   */
  static void boxDown(
      RowSource in,
      int rows,
      int cols,
      int window,
      float[] sums,
      float[][] out,
      int ringRows,
      IntConsumer rowDone) {
    final int half = (window + 2) / 2;
    final int phase1 = half - 1;
    final int phase2 = window - half + 1;
    final int phase3 = rows - window;
    final int phase4 = half - 1;
    Arrays.fill(sums, 0, cols, 0f);
    int ri = 0;
    int li = 0;
    int oi = 0;
    int count = 0;
    for (int n = 0; n < phase1; n++) {
      add(in.row(ri++), sums, cols);
      count++;
    }
    for (int n = 0; n < phase2; n++) {
      count++;
      addAndEmit(in.row(ri++), sums, cols, count, out[oi % ringRows]);
      notify(rowDone, oi++);
    }
    for (int n = 0; n < phase3; n++) {
      // The newest row first: fetching it may recompute the ring, which never reaches li.
      float[] newest = in.row(ri++);
      slideAndEmit(newest, in.row(li++), sums, cols, count, out[oi % ringRows]);
      notify(rowDone, oi++);
    }
    for (int n = 0; n < phase4; n++) {
      count--;
      subtractAndEmit(in.row(li++), sums, cols, count, out[oi % ringRows]);
      notify(rowDone, oi++);
    }
  }

  /** Rows of a matrix in order; a row stays valid until {@code window + 8} later rows are read. */
  @FunctionalInterface
  interface RowSource {
    float[] row(int index);
  }

  /**
   * The first pass (along rows, from luma) computed eight rows at a time on demand into a ring of
   * rows deep enough for the second pass's window.
   */
  private static final class FirstPassRows implements RowSource {
    private final LumaSource source;
    private final float[][] ring;
    private final float[][] luma;
    private final int width;
    private final int height;
    private final int window;
    private final double[] reciprocals;
    private final float[] spare;
    private final float[][] in = new float[RowBoxFilter.ROWS][];
    private final float[][] out = new float[RowBoxFilter.ROWS][];
    private int produced;

    FirstPassRows(
        LumaSource source, PdqScratch scratch, int window, double[] reciprocals, float[] spare) {
      this.source = source;
      this.ring = scratch.firstPassRing;
      this.luma = scratch.lumaRows;
      this.width = source.width();
      this.height = source.height();
      this.window = window;
      this.reciprocals = reciprocals;
      this.spare = spare;
    }

    @Override
    public float[] row(int index) {
      while (index >= produced) {
        produceGroup();
      }
      return ring[index % ring.length];
    }

    private void produceGroup() {
      int group = RowBoxFilter.ROWS;
      int count = Math.min(group, height - produced);
      for (int k = 0; k < group; k++) {
        if (k < count) {
          source.readRow(produced + k, luma[k]);
        }
        in[k] = luma[k < count ? k : 0];
        out[k] = k < count ? ring[(produced + k) % ring.length] : spare;
      }
      RowBoxFilter.filter8(in, out, width, window, reciprocals);
      produced += count;
    }
  }

  private static void notify(IntConsumer rowDone, int row) {
    if (rowDone != null) {
      rowDone.accept(row);
    }
  }

  private static void add(float[] a, float[] sums, int cols) {
    for (int k = 0; k < cols; k++) {
      sums[k] += a[k];
    }
  }

  private static void addAndEmit(float[] a, float[] sums, int cols, int count, float[] out) {
    final float divisor = count;
    for (int k = 0; k < cols; k++) {
      float s = sums[k] + a[k];
      sums[k] = s;
      out[k] = s / divisor;
    }
  }

  // Two roundings, as in the reference's "sum += in[ri]; sum -= in[li];".
  private static void slideAndEmit(
      float[] a, float[] b, float[] sums, int cols, int count, float[] out) {
    final float divisor = count;
    for (int k = 0; k < cols; k++) {
      float s = sums[k] + a[k];
      s = s - b[k];
      sums[k] = s;
      out[k] = s / divisor;
    }
  }

  private static void subtractAndEmit(float[] b, float[] sums, int cols, int count, float[] out) {
    final float divisor = count;
    for (int k = 0; k < cols; k++) {
      float s = sums[k] - b[k];
      sums[k] = s;
      out[k] = s / divisor;
    }
  }
}
