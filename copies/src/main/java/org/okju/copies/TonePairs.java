package org.okju.copies;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Candidate pairs of pictures whose {@link ToneHistogram}s are close (session 33): a copy cropped
 * at uneven offsets and then covered by a box, on a dense fine pattern or a texture (a field of
 * flowers, a wallpaper of small tiles), whose strips, inset strips and crop grid all lie far from
 * its photo's, keeps its photo's lightness and colours. Only proposals: {@link
 * PictureMatchPolicy#judgeOverlay} decides, as for the strips' candidates.
 */
final class TonePairs {
  /**
   * The largest distance of a candidate (hundredths, {@link ToneHistogram#distance}). The copies
   * under a box that no other stage proposed (16, on the diagnosed sets) lay 21-32 from their photo
   * (one framed copy, not layout-eligible, 42), the nearest other photo of their set 49-139; of
   * 2,926 pairs of different photos (the diagnosed sets' originals) one in a thousand lay within 39
   * (copies/README.md, session 33).
   */
  static final int RADIUS = 35;

  /**
   * The most candidates a picture gets, its nearest: many pictures of one palette (a folder of
   * scanned pages, one app's screenshots) would otherwise pair every two of them.
   */
  static final int NEAREST = 8;

  /**
   * The most pictures compared, every two of them (96 bins a pair: about 0.2 billion additions at
   * 2,048); above, this stage proposes nothing.
   */
  static final int ALL_PAIRS_UP_TO = 2048;

  /** Two pictures by index, {@code a < b}, {@code distance} apart. */
  record Pair(int a, int b, int distance) {}

  private record Near(int other, int distance) {}

  private TonePairs() {}

  /**
   * The candidate pairs among {@code tones} (null for a picture not compared): each picture's
   * {@link #NEAREST} nearest within {@link #RADIUS}, each pair once.
   */
  static List<Pair> within(ToneHistogram[] tones) {
    List<Integer> present = new ArrayList<>();
    for (int i = 0; i < tones.length; i++) {
      if (tones[i] != null) {
        present.add(i);
      }
    }
    if (present.size() < 2 || present.size() > ALL_PAIRS_UP_TO) {
      return List.of();
    }
    List<List<Near>> near = new ArrayList<>(tones.length);
    for (int i = 0; i < tones.length; i++) {
      near.add(new ArrayList<>());
    }
    for (int x = 0; x < present.size(); x++) {
      int a = present.get(x);
      for (int y = x + 1; y < present.size(); y++) {
        int b = present.get(y);
        int d = tones[a].distance(tones[b]);
        if (d <= RADIUS) {
          near.get(a).add(new Near(b, d));
          near.get(b).add(new Near(a, d));
        }
      }
    }
    Set<Pair> out = new LinkedHashSet<>();
    for (int a : present) {
      near.get(a).stream()
          .sorted(Comparator.comparingInt(Near::distance).thenComparingInt(Near::other))
          .limit(NEAREST)
          .forEach(
              n -> out.add(new Pair(Math.min(a, n.other()), Math.max(a, n.other()), n.distance())));
    }
    return List.copyOf(out);
  }
}
