package org.okju.fingerprint;

/**
 * The picture inside letterbox/pillarbox bars or a frame border of any uniform colour: the region
 * left after trimming, from each side, the lines whose luma is flat and equal to that side's edge.
 * Copies re-posted with bars (or with bars removed) hash alike once both are trimmed to their
 * content; plain PDQ does not see past bars.
 *
 * @param x left column of the content, in the reduced plane's pixels
 * @param y top row of the content
 * @param width content width
 * @param height content height
 */
public record ContentBox(int x, int y, int width, int height) {
  /** Largest luma deviation along a line still counted as flat (compression noise). */
  static final float FLAT_TOLERANCE = 10f;

  /** Thinnest border worth trimming, as a share of the side: thinner lines are picture. */
  static final double MIN_BORDER_SHARE = 0.02;

  /** A side is never trimmed by more than this share: beyond it, it is a flat picture. */
  static final double MAX_BORDER_SHARE = 0.40;

  /** Finds the content box of {@code plane}, or the whole plane when it has no border. */
  public static ContentBox of(ReducedLumaPlane plane) {
    int w = plane.width();
    int h = plane.height();
    int top = flatLines(plane, h, true, false);
    int bottom = flatLines(plane, h, true, true);
    int left = flatLines(plane, w, false, false);
    int right = flatLines(plane, w, false, true);
    if (top + bottom >= h - 8 || left + right >= w - 8) {
      return new ContentBox(0, 0, w, h);
    }
    return new ContentBox(left, top, w - left - right, h - top - bottom);
  }

  /** Whether any border was found. */
  public boolean trimmedFrom(ReducedLumaPlane plane) {
    return x > 0 || y > 0 || width < plane.width() || height < plane.height();
  }

  /** Its area in samples. */
  public long area() {
    return (long) width * height;
  }

  /** Whether {@code other} lies wholly inside this box. */
  public boolean contains(ContentBox other) {
    return other.x >= x
        && other.y >= y
        && other.x + other.width <= x + width
        && other.y + other.height <= y + height;
  }

  /** Whether this box and {@code other} share a sample. */
  public boolean overlaps(ContentBox other) {
    return x < other.x + other.width
        && other.x < x + width
        && y < other.y + other.height
        && other.y < y + height;
  }

  private static int flatLines(ReducedLumaPlane p, int lines, boolean rows, boolean fromEnd) {
    int limit = (int) (lines * MAX_BORDER_SHARE);
    int first = fromEnd ? lines - 1 : 0;
    float edge = mean(p, first, rows);
    int n = 0;
    while (n < limit) {
      int line = fromEnd ? lines - 1 - n : n;
      if (!flatAround(p, line, rows, edge)) {
        break;
      }
      n++;
    }
    return n >= Math.max(2, (int) Math.ceil(lines * MIN_BORDER_SHARE)) ? n : 0;
  }

  private static float mean(ReducedLumaPlane p, int line, boolean row) {
    int len = row ? p.width() : p.height();
    double sum = 0;
    for (int i = 0; i < len; i++) {
      sum += row ? p.at(i, line) : p.at(line, i);
    }
    return (float) (sum / len);
  }

  private static boolean flatAround(ReducedLumaPlane p, int line, boolean row, float level) {
    int len = row ? p.width() : p.height();
    for (int i = 0; i < len; i++) {
      float v = row ? p.at(i, line) : p.at(line, i);
      if (Math.abs(v - level) > FLAT_TOLERANCE) {
        return false;
      }
    }
    return true;
  }
}
