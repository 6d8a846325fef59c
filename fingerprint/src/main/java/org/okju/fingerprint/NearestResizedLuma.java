package org.okju.fingerprint;

/**
 * A nearest-neighbour resize of another source, as CImg's {@code resize(w, h)} does with its
 * default interpolation (source index {@code floor(x * srcWidth / dstWidth)}). The C++ PDQ tool
 * applies it to every image over 512 pixels a side before hashing. Resampling commutes with the
 * per-pixel luma, so resizing luma gives the bits the C++ tool gets by resizing RGB.
 */
final class NearestResizedLuma implements LumaSource {
  private final LumaSource source;
  private final int width;
  private final int height;
  private final int[] sourceColumn;
  private final float[] sourceRow;

  NearestResizedLuma(LumaSource source, int width, int height) {
    this.source = source;
    this.width = width;
    this.height = height;
    this.sourceColumn = new int[width];
    long sw = source.width();
    for (int x = 0; x < width; x++) {
      sourceColumn[x] = (int) (x * sw / width);
    }
    this.sourceRow = new float[source.width()];
  }

  @Override
  public int width() {
    return width;
  }

  @Override
  public int height() {
    return height;
  }

  @Override
  public void readRow(int y, float[] dst) {
    int sy = (int) ((long) y * source.height() / height);
    source.readRow(sy, sourceRow);
    for (int x = 0; x < width; x++) {
      dst[x] = sourceRow[sourceColumn[x]];
    }
  }
}
