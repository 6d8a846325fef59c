package org.okju.fingerprint;

/**
 * The sharp picture inside a frame of other things that {@link ContentBox} does not trim because
 * they are not uniform: a phone's or a short-video site's <em>blurred fill</em> (the sides are the
 * picture itself, enlarged and heavily blurred), and a <em>screen recording</em> (the clip inside a
 * player's window: a flat background, title and control bars with icons, a progress bar).
 *
 * <p>A line is trimmed from a side while little of it is detail: the share of its samples that
 * differ from their neighbour <em>along the line</em> by more than {@link #DETAIL} is below {@link
 * #MIN_DETAIL_SHARE}. Along the line, because the edge of a bar or of the clip runs along it and
 * changes nothing between neighbours on it, while a row of a photo or a video changes almost
 * everywhere; a blurred fill changes by a level or two at most. Rows are measured within the
 * columns kept and columns within the rows kept, twice, so that the bars beside a clip do not thin
 * its rows' detail.
 *
 * <p>Where a picture has flat parts of its own (a clear sky along the top), its box trims them too:
 * the box is then not the picture's, and its views find nothing (they are extra chances, not the
 * only ones). Stateless.
 */
public final class SharpBox {
  /** Luma difference between neighbours along a line that counts as detail (of 0-255). */
  static final float DETAIL = 6f;

  /** A line with a smaller share of detail than this is trimmed. */
  static final double MIN_DETAIL_SHARE = 0.25;

  /**
   * The shares of the passes: the first, across the whole plane, trims only lines with next to no
   * detail (a clip may fill a third of the lines across: a 16:9 clip in a 9:16 frame); the others,
   * across what is kept, trim the bars' lines.
   */
  private static final double[] PASSES = {0.08, MIN_DETAIL_SHARE, MIN_DETAIL_SHARE};

  /** A side is never trimmed by more than this share (a 16:9 clip in a 9:16 frame: 34%). */
  static final double MAX_TRIM = 0.42;

  /** The box must keep at least this share of each side, or the whole plane is returned. */
  static final double MIN_KEPT = 0.25;

  /**
   * Luma difference between neighbours that counts as detail for {@link #chromeWithin}: a player's
   * chrome is flat between the edges of its bars and icons (a level of compression noise at most),
   * while a clip, even a blurred, smooth one, changes by more than this almost everywhere.
   */
  static final float CHROME_DETAIL = 2f;

  /** A line with a smaller share of detail than this is chrome (its bars' and icons' edges). */
  static final double MAX_CHROME_SHARE = 0.05;

  private static final double[] CHROME_PASSES = {0.08, MAX_CHROME_SHARE, MAX_CHROME_SHARE};

  /**
   * A chrome line also sits on at most two levels: at least this share of its samples lie within
   * {@link #CHROME_DETAIL} of its commonest level or of its next commonest (a bar's and its text's,
   * a progress bar's played and unplayed parts). A clip's smooth sky changes by less than a level
   * between neighbours but drifts across its lines (a fifth to a half of a sky's line on its
   * commonest level, two thirds to four fifths on two), so the flat-line rule alone trimmed a sky
   * as chrome and the box kept the clip's lower half (a seascape in a player: 80 of 196 rows lost,
   * and its recording missed).
   */
  static final double MIN_CHROME_LEVELS_SHARE = 0.9;

  /**
   * The box inside a player's chrome keeps at least this share of each side. Less than {@link
   * #MIN_KEPT}: a phone's portrait clip recorded in a landscape player, its own black bars trimmed
   * with the player's flat background, is about a fifth of the recording's width (the chair sample
   * video in a 1280x720 player: 24%, so its recording got no box); the chrome's lines are flat to
   * two levels, so so small a box is rarely a flat picture's detail.
   */
  static final double MIN_CHROME_KEPT = 0.15;

  /** How many times {@link #insideBands} takes the bands' box inside the last one. */
  static final int BAND_ROUNDS = 3;

  private SharpBox() {}

  /** The sharp box of {@code plane}, or the whole plane when nothing is trimmed or too much is. */
  public static ContentBox of(ReducedLumaPlane plane) {
    return within(plane, new ContentBox(0, 0, plane.width(), plane.height()));
  }

  /**
   * The sharp box inside {@code start} (a {@link ContentBox}: a player's window may have uniform
   * bars around its chrome), or {@code start} when nothing is trimmed or too much is.
   */
  public static ContentBox within(ReducedLumaPlane plane, ContentBox start) {
    return within(plane, start, DETAIL, PASSES, MIN_KEPT, 0, false);
  }

  /**
   * The picture inside a player's chrome only: inside the bands of text and icons that real
   * players' bars carry ({@link ScreenBox}: the file's name, a running clock), then inside the
   * lines around it where next to none of the samples differ from their neighbour by more than
   * {@link #CHROME_DETAIL}. Stricter than {@link #within}, which also trims a blurred fill and so
   * eats into a smooth, blurred clip (a phone's footage of a dim room: the box then missed most of
   * it, or fell back to the whole frame); this one stops at the clip's first line, however smooth,
   * and keeps a blurred fill. Text is detail on a bar's lines, where the flat-line rule alone
   * stopped: the box then held the player's text, and recordings in a player that shows its title
   * and clock matched nothing (0 of 5 held-out clips).
   */
  public static ContentBox chromeWithin(ReducedLumaPlane plane, ContentBox start) {
    ContentBox box = insideChrome(plane, start);
    ContentBox object = FillObjectBox.instead(plane, start, box);
    return object == null ? box : insideChrome(plane, object);
  }

  private static ContentBox insideChrome(ReducedLumaPlane plane, ContentBox start) {
    return within(
        plane,
        insideBands(plane, start),
        CHROME_DETAIL,
        CHROME_PASSES,
        MIN_CHROME_KEPT,
        MIN_CHROME_LEVELS_SHARE,
        true);
  }

  /**
   * {@link ScreenBox}'s box, taken again inside itself until it stays (at most {@link #BAND_ROUNDS}
   * times): on a web page a band may run across part of the width only (the clip's title and view
   * count under it, beside a column of other videos' thumbnails), and is a band once that column is
   * trimmed. A frame without bands costs one pass, as before.
   */
  private static ContentBox insideBands(ReducedLumaPlane plane, ContentBox start) {
    ContentBox box = start;
    for (int round = 0; round < BAND_ROUNDS; round++) {
      ContentBox inside = ScreenBox.within(plane, box);
      if (inside.equals(box)) {
        break;
      }
      box = inside;
    }
    return box;
  }

  private static ContentBox within(
      ReducedLumaPlane plane,
      ContentBox start,
      float detail,
      double[] passes,
      double minKept,
      double levelsShare,
      boolean limitsInStart) {
    int w = plane.width();
    int h = plane.height();
    ContentBox whole = start;
    if (start.width() < 16 || start.height() < 16) {
      return whole;
    }
    int x0 = start.x();
    int x1 = start.x() + start.width();
    int y0 = start.y();
    int y1 = start.y() + start.height();
    int[] colLimits = limits(x0, x1, w, limitsInStart);
    int[] rowLimits = limits(y0, y1, h, limitsInStart);
    for (double share : passes) {
      LineRule rule = new LineRule(detail, share, levelsShare);
      int[] cols = trim(plane, false, x0, x1, y0, y1, colLimits, rule);
      x0 = cols[0];
      x1 = cols[1];
      int[] rows = trim(plane, true, y0, y1, x0, x1, rowLimits, rule);
      y0 = rows[0];
      y1 = rows[1];
    }
    if (x1 - x0 < minKept * w || y1 - y0 < minKept * h) {
      return whole;
    }
    return new ContentBox(x0, y0, x1 - x0, y1 - y0);
  }

  /**
   * How far a side may be trimmed, {@code {first, last}}: no line before {@code first} is left out
   * from the start, none from {@code last} on from the end. {@link #MAX_TRIM} of the plane's side
   * {@code lines}; for the chrome's rules ({@code inStart}) also that share of the box they start
   * from, {@code [from, to)}, whichever reaches further. On a page the chrome's rules start inside
   * the player's object or the bands' box, and a portrait clip between the player's black bars,
   * with the player at the left of the page, ends 57% of the page's width from its right (the
   * pattern sample on the bench's dark page: the box stopped at the plane's 42% and kept a third of
   * the player's black bar, so its views matched nothing).
   */
  private static int[] limits(int from, int to, int lines, boolean inStart) {
    int limit = (int) (lines * MAX_TRIM);
    int first = limit;
    int last = lines - limit;
    if (inStart) {
      int inside = (int) ((to - from) * MAX_TRIM);
      first = Math.max(first, from + inside);
      last = Math.min(last, to - inside);
    }
    return new int[] {first, last};
  }

  /**
   * The first and last-plus-one line kept among {@code [from, to)} rows ({@code rows}) or columns,
   * each measured across {@code [across0, across1)}, within {@code limits} ({@link #limits}).
   */
  private static int[] trim(
      ReducedLumaPlane p,
      boolean rows,
      int from,
      int to,
      int across0,
      int across1,
      int[] limits,
      LineRule rule) {
    int start = from;
    while (start < to && start < limits[0] && !rule.kept(p, rows, start, across0, across1)) {
      start++;
    }
    int end = to;
    while (end > start && end > limits[1] && !rule.kept(p, rows, end - 1, across0, across1)) {
      end--;
    }
    return new int[] {start, end};
  }

  /**
   * When a line is kept rather than trimmed: at least {@code share} of its neighbouring samples
   * differ by more than {@code detail}, or (when {@code levelsShare} is above 0) fewer than {@code
   * levelsShare} of its samples sit on its two commonest levels.
   */
  private record LineRule(float detail, double share, double levelsShare) {
    boolean kept(ReducedLumaPlane p, boolean row, int line, int from, int to) {
      int n = to - from - 1;
      if (n <= 0) {
        return false;
      }
      int changes = 0;
      for (int i = from; i < to - 1; i++) {
        if (Math.abs(sample(p, row, line, i) - sample(p, row, line, i + 1)) > detail) {
          changes++;
        }
      }
      return changes >= share * n || (levelsShare > 0 && offTwoLevels(p, row, line, from, to));
    }

    /**
     * Whether fewer than {@code levelsShare} of the line's samples lie within {@code detail} of its
     * commonest level or of the commonest away from that one.
     */
    private boolean offTwoLevels(ReducedLumaPlane p, boolean row, int line, int from, int to) {
      LumaLevels levels = new LumaLevels();
      for (int i = from; i < to; i++) {
        levels.add(sample(p, row, line, i));
      }
      int radius = (int) detail;
      double need = levelsShare * (to - from);
      int first = levels.commonest(radius);
      int onFirst = levels.near(first, radius);
      if (onFirst >= need) {
        return false;
      }
      int second = levels.commonestApartFrom(first, 2 * radius, radius);
      return onFirst + levels.near(second, radius) < need;
    }

    private static float sample(ReducedLumaPlane p, boolean row, int line, int i) {
      return row ? p.at(i, line) : p.at(line, i);
    }
  }
}
