package org.okju.copies;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.okju.fingerprint.PictureThumbnail;

/**
 * Pairs of pictures that no view of theirs matched but whose {@link ThumbnailLayout}s are close:
 * candidates for a pixel comparison, which alone decides ({@link EdgeClassifier}). They find the
 * small, heavily compressed copies whose PDQ moved beyond every radius.
 *
 * <p>The layouts are read from the thumbnails at grouping time, a batch at a time, so only 63 bytes a
 * picture stay in memory. Candidates come from an index of the layouts cut into {@value #CHUNKS}
 * chunks of four frequencies each (one of the 16 lowest in every chunk): two layouts within {@link
 * #RADIUS} of each other agree exactly on at least one chunk. A chunk value shared by more than
 * {@link #CROWDED} pictures (blank pages, one app's screenshots) is not used: such pictures are left
 * to their views, and the index stays linear in the case's size.
 */
final class LayoutPairs {
  /** The view label of a layout hit; its regions are the whole pictures. */
  static final String VIEW = "layout/orig";

  /**
   * The largest layout distance of a candidate: {@value #CHUNKS} − 1, so that one chunk of any
   * candidate pair agrees exactly. On the development wallpapers a small compressed copy's layout
   * was at most 7 from its original's (copies/README.md).
   */
  static final int RADIUS = 15;

  static final int CHUNKS = 16;

  /** Pictures above which a chunk value is too common to look candidates up by. */
  static final int CROWDED = 256;

  /** Thumbnails read at once. */
  private static final int BATCH = 1024;

  private LayoutPairs() {}

  /**
   * Adds to {@code pairs} (keyed {@code a * n + b}, {@code a < b}, as {@link PairFinder} keys them)
   * a layout hit for each pair of media satisfying {@code eligible} whose layouts are within {@link
   * #RADIUS} and which has no hit yet.
   */
  static void add(
      List<Media> media,
      IntPredicate eligible,
      ThumbnailSource thumbnails,
      Map<Long, List<PairFinder.Hit>> pairs) {
    ThumbnailLayout[] layouts = layouts(media, eligible, thumbnails);
    List<Map<Integer, List<Integer>>> chunks = new ArrayList<>(CHUNKS);
    for (int c = 0; c < CHUNKS; c++) {
      chunks.add(new HashMap<>());
    }
    for (int i = 0; i < layouts.length; i++) {
      if (layouts[i] != null) {
        for (int c = 0; c < CHUNKS; c++) {
          chunks.get(c).computeIfAbsent(key(layouts[i], c), k -> new ArrayList<>()).add(i);
        }
      }
    }
    long n = media.size();
    Set<Long> seen = new HashSet<>();
    for (Map<Integer, List<Integer>> chunk : chunks) {
      for (List<Integer> bucket : chunk.values()) {
        if (bucket.size() < 2 || bucket.size() > CROWDED) {
          continue;
        }
        for (int x = 0; x < bucket.size(); x++) {
          for (int y = x + 1; y < bucket.size(); y++) {
            int a = bucket.get(x);
            int b = bucket.get(y);
            long key = a * n + b;
            if (pairs.containsKey(key) || !seen.add(key)) {
              continue;
            }
            int d = layouts[a].distance(layouts[b]);
            if (d <= RADIUS) {
              pairs.put(key, List.of(hit(d)));
            }
          }
        }
      }
    }
  }

  /** Whether {@code hit} is a layout hit. */
  static boolean layout(PairFinder.Hit hit) {
    return hit.view().equals(VIEW);
  }

  private static PairFinder.Hit hit(int distance) {
    return new PairFinder.Hit(
        0, 0, 0, 0, distance, false, VIEW, RADIUS, Edge.WHOLE, Edge.WHOLE);
  }

  private static ThumbnailLayout[] layouts(
      List<Media> media, IntPredicate eligible, ThumbnailSource thumbnails) {
    ThumbnailLayout[] out = new ThumbnailLayout[media.size()];
    Map<Long, Integer> batch = new HashMap<>();
    for (int i = 0; i < media.size(); i++) {
      if (eligible.test(i)) {
        batch.put(media.get(i).item(), i);
        if (batch.size() == BATCH) {
          read(batch, thumbnails, out);
        }
      }
    }
    read(batch, thumbnails, out);
    return out;
  }

  private static void read(
      Map<Long, Integer> batch, ThumbnailSource thumbnails, ThumbnailLayout[] out) {
    if (batch.isEmpty()) {
      return;
    }
    for (Map.Entry<Long, PictureThumbnail> t : thumbnails.thumbnails(batch.keySet()).entrySet()) {
      ThumbnailLayout layout = ThumbnailLayout.of(t.getValue());
      if (!layout.flat()) {
        out[batch.get(t.getKey())] = layout;
      }
    }
    batch.clear();
  }

  /** Chunk {@code c}: frequencies c, c + 16, c + 32 and c + 48, base {@link ThumbnailLayout#LEVELS}. */
  private static int key(ThumbnailLayout layout, int c) {
    int key = 0;
    for (int f = c; f < ThumbnailLayout.FREQUENCIES; f += CHUNKS) {
      key = key * ThumbnailLayout.LEVELS + layout.level(f);
    }
    return key;
  }
}
