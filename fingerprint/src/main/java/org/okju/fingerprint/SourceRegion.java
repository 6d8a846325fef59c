package org.okju.fingerprint;

/**
 * A box found on a {@link ReducedLumaPlane}, read back from the picture the plane was reduced from:
 * for a view that must be hashed at the picture's own resolution. A photo inside a phone's
 * screenshot is a third of the screenshot's height; on the plane it is a few hundred samples wide,
 * and the PDQ of a labelme street scene averaged down that far was 26-30 bits from the photo's own,
 * beyond the content views' radius, while the same box read at full resolution was 0 bits away.
 * Reads whole rows of the source; not thread-safe (one row buffer).
 */
final class SourceRegion implements LumaSource {
  private final LumaSource source;
  private final int x0;
  private final int y0;
  private final int width;
  private final int height;
  private final float[] row;

  private SourceRegion(LumaSource source, int x0, int y0, int width, int height) {
    this.source = source;
    this.x0 = x0;
    this.y0 = y0;
    this.width = width;
    this.height = height;
    this.row = new float[source.width()];
  }

  /** {@code box}, in the plane's samples, as the region of {@code source} it averages. */
  static SourceRegion of(LumaSource source, ContentBox box) {
    int factor = ReducedLumaPlane.factor(source.width(), source.height());
    int x0 = box.x() * factor;
    int y0 = box.y() * factor;
    int x1 = Math.min(source.width(), (box.x() + box.width()) * factor);
    int y1 = Math.min(source.height(), (box.y() + box.height()) * factor);
    return new SourceRegion(source, x0, y0, x1 - x0, y1 - y0);
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
    source.readRow(y0 + y, row);
    System.arraycopy(row, x0, dst, 0, width);
  }
}
