package org.okju.fingerprint;

/**
 * The picture inside bands of one background colour that carry text and icons: a phone's screenshot
 * of a social app (status bar, the poster's name above the picture, buttons and a caption under it,
 * the app's flat background around them) or a meme's caption bands above and below. {@link
 * ContentBox} trims only lines that are uniform and {@link SharpBox} only lines without detail; the
 * text on these bands is detail. Here a band, from a side inward, is mostly its side's background
 * level (text and icons cover a minority of it) and ends where the picture begins sharply: a margin
 * line of background, then lines with little of it. A photo's own shade or sky fades into the rest
 * of it over many lines and is no band.
 *
 * <p>A screenshot of a landscape picture on a portrait phone leaves the picture a third of the
 * screen's height, so a side may lose far more than a border would. Rows are trimmed across the
 * whole width first, then columns across the rows kept (and the other way round when that keeps too
 * little).
 *
 * <p>A dark picture on a dark app has no such edge: its own dark rows are within the tolerance of
 * the background. But an app's background is a solid fill, exact to a level or two, and a photo's
 * dark rows are not: a band is also one whose lines are mostly the fill's exact level, ending at a
 * margin line of it, followed by lines with little of it that have a photo's texture or stand off
 * the fill (a black ground on a grey app). A sky drifts off an exact level within a few lines, and
 * a gradient's lines have no texture. Stateless.
 */
public final class ScreenBox {
  /** Luma distance from the side's background level still counted as background (0-255). */
  static final float LEVEL_TOLERANCE = 12f;

  /**
   * The line just outside the picture is the band's margin: at least this share of it is background
   * (text and icons keep a gap from the picture).
   */
  static final double MARGIN_SHARE = 0.85;

  /**
   * Then the picture: {@link #PICTURE_LINES} lines in a row (or that share of the side, if more),
   * each with at most this share of background. A line of text is background between its strokes,
   * and no line of it is this dark with ink; a photo's row almost never sits on one level.
   */
  static final double MAX_PICTURE_SHARE = 0.35;

  static final int PICTURE_LINES = 6;

  /**
   * The picture's first line is on average this far from the band's background level (0-255), twice
   * the tolerance. A gradient's flat end looked like a band above a stamp, its next rows just off
   * the level (the copies of such a gradient then joined nothing); a rule on how smooth the inside
   * is did the same but took the boxes of smooth wallpapers' screenshots too.
   */
  static final float MIN_STEP = 2 * LEVEL_TOLERANCE;

  /** Luma distance from a solid fill's exact level still counted as the fill. */
  static final float FILL_TOLERANCE = 2f;

  /** Mean difference between neighbouring samples along a photo's line (a gradient's is below). */
  static final float MIN_DETAIL = 2f;

  /** Or a picture's first line off a solid fill by this much on average (a black ground). */
  static final float MIN_FILL_STEP = 3 * FILL_TOLERANCE;

  static final double PICTURE_LINES_SHARE = 0.04;

  /** The band as a whole is mostly background: its text and icons cover a minority of it. */
  static final double MIN_BAND_SHARE = 0.5;

  /**
   * A band with no line below this share is uniform: that is {@link ContentBox}'s to trim (or a
   * photo's flat sky), not a screenshot's or a caption's.
   */
  static final double MARKED_LINE_SHARE = 0.9;

  /** Lines whose commonest level is the band's background. */
  static final int LEVEL_LINES = 4;

  /** A side loses at most this share of its lines (a 3:2 picture on a 9:19.5 screen: 58%). */
  static final double MAX_TRIM = 0.75;

  /** The box keeps at least this share of each side, or there is no box. */
  static final double MIN_KEPT = 0.2;

  /** Thinnest band worth trimming, as a share of the side: thinner is compression at the edge. */
  static final double MIN_BAND = 0.02;

  /** The picture inside is at least this many samples a side. */
  static final int MIN_INSIDE = 64;

  /** A picture this small (an icon) has no screenshot's or meme's frame. */
  static final int MIN_PICTURE_SIDE = 128;

  private ScreenBox() {}

  /**
   * The box inside {@code start}, or {@code start} when no side has a band or the box is too small.
   */
  public static ContentBox within(ReducedLumaPlane plane, ContentBox start) {
    if (start.width() < 16 || start.height() < 16) {
      return start;
    }
    ContentBox box = trimmed(plane, start, true);
    if (box == null) {
      box = trimmed(plane, start, false);
    }
    if (box == null || box.equals(start) || !holdsAPicture(plane, box)) {
      return start;
    }
    return box;
  }

  /**
   * Whether {@code box} can hold a re-posted photo or frame rather than part of a drawing: a
   * picture of more than {@link #MIN_PICTURE_SIDE} samples and an inside of at least {@link
   * #MIN_INSIDE} a side. An icon's flat body around its glyph looks like a band around a picture
   * (Papirus' folder icons, up to 128 pixels: their glyphs, taken for framed pictures, joined
   * folders of other glyphs).
   */
  private static boolean holdsAPicture(ReducedLumaPlane plane, ContentBox box) {
    return Math.max(plane.width(), plane.height()) > MIN_PICTURE_SIDE
        && box.width() >= MIN_INSIDE
        && box.height() >= MIN_INSIDE;
  }

  /** The box after trimming in both directions, or null when it kept too little. */
  private static ContentBox trimmed(ReducedLumaPlane p, ContentBox start, boolean rowsFirst) {
    int[] box = {
      start.x(), start.x() + start.width(), start.y(), start.y() + start.height()
    }; // x0, x1, y0, y1
    boolean rows = rowsFirst;
    for (int pass = 0; pass < 2; pass++, rows = !rows) {
      if (!trimSides(p, box, rows)) {
        return null;
      }
    }
    if (box[0] == start.x()
        && box[1] == start.x() + start.width()
        && box[2] == start.y()
        && box[3] == start.y() + start.height()) {
      return start;
    }
    return new ContentBox(box[0], box[2], box[1] - box[0], box[3] - box[2]);
  }

  /** Trims both ends of one direction in place; false when too little would be left. */
  private static boolean trimSides(ReducedLumaPlane p, int[] box, boolean rows) {
    int from = rows ? box[2] : box[0];
    int to = rows ? box[3] : box[1];
    Lines lines = new Lines(p, rows, rows ? box[0] : box[2], rows ? box[1] : box[3]);
    int start = from + lines.band(from, 1, to - from);
    int end = to - lines.band(to - 1, -1, to - from);
    if (end - start < MIN_KEPT * (to - from)) {
      return false;
    }
    if (rows) {
      box[2] = start;
      box[3] = end;
    } else {
      box[0] = start;
      box[1] = end;
    }
    return true;
  }

  /** The rows (or columns) of a plane, each measured across {@code [from, to)}. */
  private record Lines(ReducedLumaPlane p, boolean rows, int from, int to) {
    /**
     * How many lines from {@code edge} inward ({@code step} 1 or -1) are a band before the picture,
     * of {@code length} lines in all; 0 when there is none.
     */
    int band(int edge, int step, int length) {
      float level = level(edge, step);
      float fill = fill(edge, step, level);
      int limit = (int) (length * MAX_TRIM);
      int minBand = Math.max(2, (int) Math.ceil(length * MIN_BAND));
      int run = Math.max(PICTURE_LINES, (int) Math.ceil(length * PICTURE_LINES_SHARE));
      double bandSum = 0;
      double fillSum = 0;
      boolean marked = false;
      for (int k = 0; k < limit; k++) {
        int line = edge + k * step;
        double share = share(line, level, LEVEL_TOLERANCE);
        double fillShare = share(line, fill, FILL_TOLERANCE);
        bandSum += share;
        fillSum += fillShare;
        marked |= share < MARKED_LINE_SHARE;
        if (k + 1 < minBand || !marked) {
          continue;
        }
        int next = line + step;
        if (share >= MARGIN_SHARE
            && bandSum / (k + 1) >= MIN_BAND_SHARE
            && picture(next, step, run, level, LEVEL_TOLERANCE)
            && steps(next, level)) {
          return k + 1;
        }
        if (fillShare >= MARGIN_SHARE
            && fillSum / (k + 1) >= MIN_BAND_SHARE
            && picture(next, step, run, fill, FILL_TOLERANCE)
            && (detailed(next, step, run) || apart(next, fill, MIN_FILL_STEP))) {
          return k + 1;
        }
      }
      return 0;
    }

    /** Whether {@code run} lines from {@code line} on are all picture. */
    private boolean picture(int line, int step, int run, float level, float tolerance) {
      int count = rows ? p.height() : p.width();
      for (int k = 0; k < run; k++) {
        int l = line + k * step;
        if (l < 0 || l >= count || share(l, level, tolerance) > MAX_PICTURE_SHARE) {
          return false;
        }
      }
      return true;
    }

    /**
     * Whether {@code run} lines from {@code line} on have a photo's texture: on average at least
     * {@link #MIN_DETAIL} between neighbouring samples. A gradient's lines change smoothly.
     */
    private boolean detailed(int line, int step, int run) {
      for (int k = 0; k < run; k++) {
        int l = line + k * step;
        double sum = 0;
        for (int i = from + 1; i < to; i++) {
          sum += Math.abs(at(i, l) - at(i - 1, l));
        }
        if (sum / (to - from - 1) < MIN_DETAIL) {
          return false;
        }
      }
      return true;
    }

    /**
     * The exact level of a solid fill at {@code edge}: the commonest luma, to the level, of the
     * outermost lines' samples near {@code level}.
     */
    private float fill(int edge, int step, float level) {
      LumaLevels levels = outermost(edge, step);
      int lowest = Math.max(0, (int) Math.ceil(level - LEVEL_TOLERANCE));
      int highest = Math.min(255, (int) Math.floor(level + LEVEL_TOLERANCE));
      int best = Math.round(level);
      for (int v = lowest; v <= highest; v++) {
        if (levels.at(v) > levels.at(best)) {
          best = v;
        }
      }
      return best;
    }

    /** The levels of the outermost {@link #LEVEL_LINES}' samples. */
    private LumaLevels outermost(int edge, int step) {
      int count = rows ? p.height() : p.width();
      LumaLevels levels = new LumaLevels();
      for (int k = 0; k < LEVEL_LINES; k++) {
        int line = edge + k * step;
        if (line < 0 || line >= count) {
          break;
        }
        for (int i = from; i < to; i++) {
          levels.add(at(i, line));
        }
      }
      return levels;
    }

    /**
     * Whether the picture's first line stands off the background by a step: on average at least
     * {@link #MIN_STEP} from its level. A gradient's flat end becomes its slope a little beyond the
     * tolerance; a picture pasted on an app's background begins at its own levels.
     */
    private boolean steps(int line, float level) {
      return apart(line, level, MIN_STEP);
    }

    /**
     * Whether {@code line}'s samples are on average at least {@code distance} from {@code level}.
     */
    private boolean apart(int line, float level, float distance) {
      double sum = 0;
      for (int i = from; i < to; i++) {
        sum += Math.abs(at(i, line) - level);
      }
      return sum / (to - from) >= distance;
    }

    /**
     * The background level at {@code edge}: the commonest luma (within the tolerance) of the
     * outermost {@link #LEVEL_LINES} lines, however much text they carry (a caption's first line
     * may be half ink).
     */
    private float level(int edge, int step) {
      return outermost(edge, step).commonest((int) LEVEL_TOLERANCE / 2);
    }

    private double share(int line, float level, float tolerance) {
      int near = 0;
      for (int i = from; i < to; i++) {
        if (Math.abs(at(i, line) - level) <= tolerance) {
          near++;
        }
      }
      return near / (double) (to - from);
    }

    private float at(int along, int line) {
      return rows ? p.at(along, line) : p.at(line, along);
    }
  }
}
