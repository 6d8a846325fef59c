package org.okju.fingerprint;

/**
 * Working memory for hashing one image at a time: the Jarosz filter's intermediate planes. Reusing
 * one per thread avoids allocating (and zeroing) tens of megabytes per photo.
 *
 * <p>Not thread-safe: give each worker thread its own. Buffers grow to the largest image seen.
 */
public final class PdqScratch {
  /** Rows filtered together in a row pass; the inner loops run across these lanes. */
  static final int LANES = 32;

  float[] plane = new float[0];
  float[] laneBlockIn = new float[0];
  float[] laneBlockOut = new float[0];
  float[] ringRows = new float[0];
  float[] sampledColumns = new float[0];
  float[] sampledColumnsFiltered = new float[0];
  float[] sums = new float[0];
  float[] innerSums = new float[0];
  final float[] block64 = new float[64 * 64];
  final float[] dct16x64 = new float[16 * 64];
  final float[] dct16x16 = new float[16 * 16];
  final float[] dihedral16x16 = new float[16 * 16];
  final int[] sampledRowIndex = new int[64];
  final int[] sampledColumnIndex = new int[64];

  void ensure(int width, int height) {
    plane = grow(plane, (long) width * height);
    laneBlockIn = grow(laneBlockIn, (long) width * LANES);
    laneBlockOut = grow(laneBlockOut, (long) width * LANES);
    ringRows = grow(ringRows, (long) width * LANES);
    sampledColumns = grow(sampledColumns, (long) height * 64);
    sampledColumnsFiltered = grow(sampledColumnsFiltered, (long) height * 64);
    int widest = Math.max(width, 64);
    sums = grow(sums, widest);
    innerSums = grow(innerSums, widest);
  }

  private static float[] grow(float[] a, long size) {
    if (size > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException("image too large to hash: " + size + " samples");
    }
    return a.length >= size ? a : new float[(int) size];
  }
}
