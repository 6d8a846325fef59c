package org.okju.fingerprint;

/**
 * Working memory for hashing one image at a time: the Jarosz filter's intermediate planes. Reusing
 * one per thread avoids allocating (and zeroing) tens of megabytes per photo.
 *
 * <p>Planes are arrays of rows, not one flat array: HotSpot's C2 on Java 17 vectorises a loop only
 * when its array accesses share one index, so the column passes index whole rows from 0.
 *
 * <p>Not thread-safe: give each worker thread its own. Buffers grow to the largest image seen.
 */
public final class PdqScratch {
  private static final int GROUP = RowBoxFilter.ROWS;

  float[][] firstPassRing = new float[0][0];
  float[][] lumaRows = new float[0][0];
  float[][] ringRows = new float[0][0];
  float[][] filteredRows = new float[0][0];
  float[][] sampledColumns = new float[0][0];
  float[][] sampledColumnsFiltered = new float[0][0];
  float[] sums = new float[64];
  final float[] block64 = new float[64 * 64];
  final float[] dct16x64 = new float[16 * 64];
  final float[] dct16x16 = new float[16 * 16];
  final float[] dihedral16x16 = new float[16 * 16];
  final int[] sampledRowIndex = new int[64];
  final int[] sampledColumnIndex = new int[64];

  void ensure(int width, int height) {
    ensure(width, height, JaroszDownsampler.windowSize(height));
  }

  void ensure(int width, int height, int columnWindow) {
    // The second pass reads rows [i - window, i]; a group of eight is computed ahead of it.
    int depth = columnWindow + 2 * GROUP + 1;
    if (firstPassRing.length != depth || firstPassRing[0].length < width) {
      firstPassRing =
          new float[depth]
              [Math.max(width, firstPassRing.length == 0 ? 0 : firstPassRing[0].length)];
    }
    lumaRows = grow(lumaRows, GROUP, width);
    ringRows = grow(ringRows, GROUP, width);
    filteredRows = grow(filteredRows, GROUP + 1, width);
    sampledColumns = grow(sampledColumns, height, 64);
    sampledColumnsFiltered = grow(sampledColumnsFiltered, height, 64);
    if (sums.length < width) {
      sums = new float[width];
    }
  }

  private static float[][] grow(float[][] a, int rows, int cols) {
    if (a.length >= rows && (a.length == 0 || a[0].length >= cols)) {
      return a;
    }
    int keepCols = a.length == 0 ? 0 : a[0].length;
    return new float[Math.max(rows, a.length)][Math.max(cols, keepCols)];
  }
}
