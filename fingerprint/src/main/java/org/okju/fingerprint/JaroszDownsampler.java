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
 *   <li>Every pass runs "down" a row-major matrix with one running sum per column, so the inner
 *       loops run across columns and the JIT vectorises them. Passes along a row transpose blocks
 *       of {@link PdqScratch#LANES} rows first.
 *   <li>The first pass pulls luma straight from the decoded raster; no luma plane is stored.
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
    final int lanes = PdqScratch.LANES;
    for (int i = 0; i < 64; i++) {
      // Target centres, not corners, computed in double as the reference does.
      scratch.sampledRowIndex[i] = (int) (((i + 0.5) * h) / 64);
      scratch.sampledColumnIndex[i] = (int) (((i + 0.5) * w) / 64);
    }

    // Pass 1, along rows: luma from the source, transposed into lane blocks, written to the plane.
    final float[] plane = scratch.plane;
    final float[] in = scratch.laneBlockIn;
    final float[] out = scratch.laneBlockOut;
    for (int y0 = 0; y0 < h; y0 += lanes) {
      int count = Math.min(lanes, h - y0);
      for (int k = 0; k < count; k++) {
        source.readRow(y0 + k, in, k, lanes);
      }
      boxDown(in, lanes, w, count, windowAlongRows, scratch.sums, out, lanes, w, null);
      for (int k = 0; k < count; k++) {
        int rowBase = (y0 + k) * w;
        for (int x = 0, p = k; x < w; x++, p += lanes) {
          plane[rowBase + x] = out[p];
        }
      }
    }

    // Pass 2, along columns, feeding pass 3 (along rows) a block of rows at a time.
    final float[] ring = scratch.ringRows;
    final float[] sampled = scratch.sampledColumns;
    final int[] columns = scratch.sampledColumnIndex;
    IntConsumer rowDone =
        row -> {
          int slot = row % lanes;
          if (slot != lanes - 1 && row != h - 1) {
            return;
          }
          int first = row - slot;
          int count = slot + 1;
          for (int k = 0; k < count; k++) {
            int rowBase = k * w;
            for (int x = 0, p = k; x < w; x++, p += lanes) {
              in[p] = ring[rowBase + x];
            }
          }
          boxDown(in, lanes, w, count, windowAlongRows, scratch.innerSums, out, lanes, w, null);
          for (int k = 0; k < count; k++) {
            int sampledBase = (first + k) * 64;
            for (int j = 0; j < 64; j++) {
              sampled[sampledBase + j] = out[columns[j] * lanes + k];
            }
          }
        };
    boxDown(plane, w, h, w, windowAlongCols, scratch.sums, ring, w, lanes, rowDone);

    // Pass 4, along columns, over the 64 sampled columns only; then decimate the rows.
    final float[] filtered = scratch.sampledColumnsFiltered;
    boxDown(sampled, 64, h, 64, windowAlongCols, scratch.sums, filtered, 64, h, null);
    for (int i = 0; i < 64; i++) {
      System.arraycopy(filtered, scratch.sampledRowIndex[i] * 64, scratch.block64, i * 64, 64);
    }
  }

  /**
   * A 1-D box filter along the row index of a row-major matrix, for {@code cols} columns at once;
   * the four phases and the operation order of the reference's {@code box1DFloat}. Output row
   * {@code r} goes to {@code out[(r % ringRows) * outStride]}, after which {@code rowDone} (if any)
   * is told.
   */
  static void boxDown(
      float[] in,
      int inStride,
      int rows,
      int cols,
      int window,
      float[] sums,
      float[] out,
      int outStride,
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
      add(in, ri++ * inStride, sums, cols);
      count++;
    }
    for (int n = 0; n < phase2; n++) {
      add(in, ri++ * inStride, sums, cols);
      count++;
      emit(sums, cols, count, out, (oi % ringRows) * outStride);
      if (rowDone != null) {
        rowDone.accept(oi);
      }
      oi++;
    }
    for (int n = 0; n < phase3; n++) {
      addThenSubtract(in, ri++ * inStride, li++ * inStride, sums, cols);
      emit(sums, cols, count, out, (oi % ringRows) * outStride);
      if (rowDone != null) {
        rowDone.accept(oi);
      }
      oi++;
    }
    for (int n = 0; n < phase4; n++) {
      subtract(in, li++ * inStride, sums, cols);
      count--;
      emit(sums, cols, count, out, (oi % ringRows) * outStride);
      if (rowDone != null) {
        rowDone.accept(oi);
      }
      oi++;
    }
  }

  private static void add(float[] in, int base, float[] sums, int cols) {
    for (int k = 0; k < cols; k++) {
      sums[k] += in[base + k];
    }
  }

  private static void subtract(float[] in, int base, float[] sums, int cols) {
    for (int k = 0; k < cols; k++) {
      sums[k] -= in[base + k];
    }
  }

  // Two roundings, as in the reference's "sum += in[ri]; sum -= in[li];".
  private static void addThenSubtract(
      float[] in, int addBase, int subBase, float[] sums, int cols) {
    for (int k = 0; k < cols; k++) {
      float s = sums[k] + in[addBase + k];
      sums[k] = s - in[subBase + k];
    }
  }

  private static void emit(float[] sums, int cols, int count, float[] out, int base) {
    final float divisor = count;
    for (int k = 0; k < cols; k++) {
      out[base + k] = sums[k] / divisor;
    }
  }
}
