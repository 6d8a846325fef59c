package org.okju.fingerprint;

/**
 * A rectangle of a picture in shares of its width and height ({@code 0 <= x0 < x1 <= 1}), so that
 * the same part can be found in a thumbnail of any size.
 *
 * @param x0 left edge, as a share of the width
 * @param y0 top edge, as a share of the height
 * @param x1 right edge (exclusive)
 * @param y1 bottom edge (exclusive)
 */
public record PictureRegion(double x0, double y0, double x1, double y1) {
  /** The whole picture. */
  public static final PictureRegion WHOLE = new PictureRegion(0, 0, 1, 1);

  public PictureRegion {
    // Written so that NaN fails too.
    if (!(x0 >= 0 && y0 >= 0 && x1 <= 1 && y1 <= 1 && x0 < x1 && y0 < y1)) {
      throw new IllegalArgumentException(
          "not a region of a picture: " + x0 + "," + y0 + " to " + x1 + "," + y1);
    }
  }

  /**
   * The region of a {@code width} x {@code height} pixel rectangle at {@code (x, y)} in a picture
   * of {@code pictureWidth} x {@code pictureHeight}, clipped to the picture.
   */
  public static PictureRegion ofPixels(
      double x, double y, double width, double height, int pictureWidth, int pictureHeight) {
    return new PictureRegion(
        Math.max(0, x / pictureWidth),
        Math.max(0, y / pictureHeight),
        Math.min(1, (x + width) / pictureWidth),
        Math.min(1, (y + height) / pictureHeight));
  }

  /** The part this region shares with {@code other}, when they overlap. */
  public java.util.Optional<PictureRegion> intersect(PictureRegion other) {
    double a0 = Math.max(x0, other.x0);
    double b0 = Math.max(y0, other.y0);
    double a1 = Math.min(x1, other.x1);
    double b1 = Math.min(y1, other.y1);
    return a0 < a1 && b0 < b1
        ? java.util.Optional.of(new PictureRegion(a0, b0, a1, b1))
        : java.util.Optional.empty();
  }

  /** Its area as a share of the picture's. */
  public double area() {
    return (x1 - x0) * (y1 - y0);
  }

  /** {@code inner}, given in shares of this region, in shares of the whole picture. */
  public PictureRegion within(PictureRegion inner) {
    double w = x1 - x0;
    double h = y1 - y0;
    return new PictureRegion(
        x0 + inner.x0 * w, y0 + inner.y0 * h, x0 + inner.x1 * w, y0 + inner.y1 * h);
  }
}
