package org.okju.fingerprint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The largest object on a page's solid fill: a screen recording of a video site's whole page (the
 * player, its title and view count under it, a column of other videos' thumbnails beside it, all on
 * the page's white or dark background). {@link ScreenBox} reads bands across the whole width or
 * height, and a clip whose own lines are half the page's level (black and white stripes, a white
 * room) reads as the page's background with marks, so its box went round a thumbnail instead. Here
 * the samples off the fill's level are joined into objects (8-connected), and the box is the
 * largest object's bounding box: a clip is one object however much of the fill's level it holds,
 * since its other samples, its edges and the player's progress bar join them; text is many small
 * objects, and a thumbnail is smaller than the player.
 *
 * <p>Only where there is a fill: most of the box's outermost lines sit on one exact level (a page's
 * margins). A frame of a film, a player whose bars differ side to side or a picture in uniform bars
 * ({@link ContentBox}) has none and keeps its box. Stateless.
 */
public final class FillObjectBox {
  /** Luma distance from the fill's level still counted as the fill (compression's noise). */
  static final float FILL_TOLERANCE = 3f;

  /**
   * Luma distance from the fill's level that makes a sample part of an object: just beyond the
   * fill's own noise. A dim clip on a dark theme's page lies mostly within a dozen levels of it (at
   * 12, its objects were a few bright parts and the box a corner of the clip).
   */
  static final float OBJECT_STEP = 4f;

  /** The share of the outermost lines' samples on the fill's level for a page to have a fill. */
  static final double MIN_FILL_SHARE = 0.6;

  /**
   * The share of the outermost lines' samples on the fill's level, leaving out the side least on
   * it, that also makes a fill: a site's header (an address bar, a dark theme's lighter top bar)
   * runs along one side of the recorded page, and its lines took the dark page's share to 0.60 on
   * one frame and just under it on the next, so the page had a fill on some frames only and its
   * clip's box went round the thumbnails' column or the whole page on the others (the bench's dark
   * page, development pairs: the other three sides were 93-94% on the page's level). Nearly all,
   * not most: three sides of a film's dark night scene are not a page.
   */
  static final double MIN_THREE_SIDES_SHARE = 0.85;

  /** How many lines a side the fill's level is read from. */
  static final int EDGE_LINES = 2;

  /**
   * A frame with more objects than this is a pattern (dots, a halftone, confetti), not a page: a
   * page's player, thumbnails and words are a few hundred at most. Merging many objects costs the
   * square of their number, and no hostile frame may take seconds.
   */
  static final int MAX_OBJECTS = 1000;

  /** Objects of no more samples than this are left out (letters' strokes, specks). */
  static final int MIN_OBJECT = 64;

  /**
   * Another object at least this share of the largest's area, inside the chrome's box, makes that
   * box a page's rather than the clip's.
   */
  static final double OTHER_OBJECT_SHARE = 0.1;

  /** The object keeps at least this share of each side (as {@link SharpBox#MIN_CHROME_KEPT}). */
  static final double MIN_KEPT = SharpBox.MIN_CHROME_KEPT;

  private FillObjectBox() {}

  /**
   * The largest object's box where the chrome's rules should look instead of {@code start}, or null
   * where they should keep {@code chrome}, the box they found inside {@code start}: when there is
   * no fill or no object large enough, and when {@code chrome} holds the largest object and no
   * other. A dark clip on a dark page is an object of its bright parts alone, inside the box the
   * chrome's rules found; a page's box holds the thumbnails too.
   */
  static ContentBox instead(ReducedLumaPlane plane, ContentBox start, ContentBox chrome) {
    List<ContentBox> objects = objects(plane, start);
    if (objects.isEmpty()) {
      return null;
    }
    ContentBox largest = objects.get(0);
    if (largest.equals(start)
        || largest.width() < MIN_KEPT * plane.width()
        || largest.height() < MIN_KEPT * plane.height()) {
      return null;
    }
    boolean alone =
        objects.stream()
            .skip(1)
            .noneMatch(o -> o.area() >= OTHER_OBJECT_SHARE * largest.area() && chrome.overlaps(o));
    return chrome.contains(largest) && alone ? null : largest;
  }

  /**
   * The objects on the fill inside {@code start}, objects whose boxes overlap made one, largest
   * first; none when there is no fill.
   */
  static List<ContentBox> objects(ReducedLumaPlane plane, ContentBox start) {
    int w = start.width();
    int h = start.height();
    if (w < 16 || h < 16) {
      return List.of();
    }
    float fill = fillLevel(plane, start);
    if (Float.isNaN(fill)) {
      return List.of();
    }
    boolean[] object = new boolean[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        object[y * w + x] = Math.abs(plane.at(start.x() + x, start.y() + y) - fill) > OBJECT_STEP;
      }
    }
    List<int[]> boxes = objectBoxes(object, w, h);
    if (boxes.size() > MAX_OBJECTS) {
      return List.of();
    }
    List<ContentBox> out = new ArrayList<>();
    for (int[] b : merged(boxes)) {
      out.add(new ContentBox(start.x() + b[0], start.y() + b[1], b[2] - b[0] + 1, b[3] - b[1] + 1));
    }
    out.sort(Comparator.comparingLong(ContentBox::area).reversed());
    return out;
  }

  /**
   * The commonest level of the outermost lines, or NaN when it is neither most of them nor nearly
   * all of three sides' ({@link #MIN_THREE_SIDES_SHARE}).
   */
  private static float fillLevel(ReducedLumaPlane plane, ContentBox box) {
    LumaLevels levels = new LumaLevels();
    int x0 = box.x();
    int y0 = box.y();
    int x1 = x0 + box.width();
    int y1 = y0 + box.height();
    for (int k = 0; k < EDGE_LINES; k++) {
      for (int x = x0; x < x1; x++) {
        levels.add(plane.at(x, y0 + k));
        levels.add(plane.at(x, y1 - 1 - k));
      }
      for (int y = y0 + EDGE_LINES; y < y1 - EDGE_LINES; y++) {
        levels.add(plane.at(x0 + k, y));
        levels.add(plane.at(x1 - 1 - k, y));
      }
    }
    int fill = levels.commonest((int) FILL_TOLERANCE);
    int[] on = new int[4];
    int[] lines = new int[4];
    for (int k = 0; k < EDGE_LINES; k++) {
      for (int x = x0; x < x1; x++) {
        count(plane.at(x, y0 + k), fill, on, lines, 0);
        count(plane.at(x, y1 - 1 - k), fill, on, lines, 1);
      }
      for (int y = y0 + EDGE_LINES; y < y1 - EDGE_LINES; y++) {
        count(plane.at(x0 + k, y), fill, on, lines, 2);
        count(plane.at(x1 - 1 - k, y), fill, on, lines, 3);
      }
    }
    int worst = 0;
    for (int side = 1; side < 4; side++) {
      if ((long) on[side] * lines[worst] < (long) on[worst] * lines[side]) {
        worst = side;
      }
    }
    int allOn = on[0] + on[1] + on[2] + on[3];
    int all = lines[0] + lines[1] + lines[2] + lines[3];
    boolean most = allOn >= MIN_FILL_SHARE * all;
    boolean threeSides =
        allOn - on[worst] >= MIN_THREE_SIDES_SHARE * Math.max(1, all - lines[worst]);
    return most || threeSides ? fill : Float.NaN;
  }

  /** Counts a sample of side {@code side} in {@code lines}, and in {@code on} when on the fill. */
  private static void count(float sample, int fill, int[] on, int[] lines, int side) {
    lines[side]++;
    if (Math.abs(Math.round(sample) - fill) <= FILL_TOLERANCE) {
      on[side]++;
    }
  }

  /**
   * The boxes {@code {x0, y0, x1, y1}} (inclusive), those that overlap made one: the stripes of a
   * zebra or a barcode are objects of their own between the fill's white, and their boxes overlap
   * all over the clip; a word's letters make a line's box; the page's margins keep the thumbnails
   * apart.
   */
  private static List<int[]> merged(List<int[]> boxes) {
    boolean merging = true;
    while (merging) {
      merging = false;
      for (int i = 0; i < boxes.size(); i++) {
        int[] a = boxes.get(i);
        for (int j = i + 1; j < boxes.size(); j++) {
          if (overlap(a, boxes.get(j))) {
            int[] b = boxes.remove(j);
            a[0] = Math.min(a[0], b[0]);
            a[1] = Math.min(a[1], b[1]);
            a[2] = Math.max(a[2], b[2]);
            a[3] = Math.max(a[3], b[3]);
            merging = true;
            j = i; // the grown box may now overlap one passed over
          }
        }
      }
    }
    return boxes;
  }

  private static boolean overlap(int[] a, int[] b) {
    return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
  }

  /**
   * The boxes of the 8-connected objects of more than {@link #MIN_OBJECT} samples (a letter's
   * stroke, compression's speck and a thumbnail's caption stay out of the merging).
   */
  private static List<int[]> objectBoxes(boolean[] object, int w, int h) {
    List<int[]> boxes = new ArrayList<>();
    boolean[] seen = new boolean[w * h];
    int[] stack = new int[w * h];
    for (int start = 0; start < object.length; start++) {
      if (!object[start] || seen[start]) {
        continue;
      }
      int x0 = w;
      int y0 = h;
      int x1 = -1;
      int y1 = -1;
      int size = 0;
      int top = 0;
      stack[top++] = start;
      seen[start] = true;
      while (top > 0) {
        int i = stack[--top];
        size++;
        int x = i % w;
        int y = i / w;
        x0 = Math.min(x0, x);
        x1 = Math.max(x1, x);
        y0 = Math.min(y0, y);
        y1 = Math.max(y1, y);
        for (int dy = -1; dy <= 1; dy++) {
          int ny = y + dy;
          if (ny < 0 || ny >= h) {
            continue;
          }
          for (int dx = -1; dx <= 1; dx++) {
            int nx = x + dx;
            if (nx < 0 || nx >= w) {
              continue;
            }
            int n = ny * w + nx;
            if (object[n] && !seen[n]) {
              seen[n] = true;
              stack[top++] = n;
            }
          }
        }
      }
      if (size > MIN_OBJECT) {
        boxes.add(new int[] {x0, y0, x1, y1});
      }
    }
    return boxes;
  }
}
