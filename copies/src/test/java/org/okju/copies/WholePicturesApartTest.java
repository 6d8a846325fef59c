package org.okju.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.okju.casefile.Progress;
import org.okju.fingerprint.Pdq256;

/**
 * Above {@link PairFinder#WIDE_SPLIT_ABOVE} views (a case of about 300,000 images) the whole
 * upright pictures are indexed apart from the other views: every whole-picture lookup, exact, finds
 * the same views as in one index, so the pairs are the same (here forced on a small case, with near
 * copies whose whole pictures lie 0-31 bits apart and whose other views lie within 20).
 */
class WholePicturesApartTest {
  private static final String[] ORIENTATIONS = {
    "orig", "rot90", "rot180", "rot270", "flipx", "flipy", "flipplus", "flipminus"
  };

  @Test
  void theSamePairsAsOneIndex() {
    SplittableRandom random = new SplittableRandom(17);
    List<Media> media = new ArrayList<>();
    long[][] previous = null;
    for (int i = 0; i < 3_000; i++) {
      long[][] words = new long[12][4];
      boolean copy = previous != null && i % 4 == 3;
      for (int v = 0; v < words.length; v++) {
        for (int w = 0; w < 4; w++) {
          words[v][w] = copy ? previous[v][w] : random.nextLong();
        }
        if (copy) {
          // The whole picture anywhere up to the canonical radius, the other views within 20.
          int flips = v == 0 ? random.nextInt(32) : random.nextInt(21);
          for (int f = 0; f < flips; f++) {
            int bit = random.nextInt(256);
            words[v][bit >>> 6] ^= 1L << (bit & 63);
          }
        }
      }
      List<Media.View> views = new ArrayList<>();
      for (int v = 0; v < words.length; v++) {
        String kind =
            v < 8 ? "full" : List.of("content", "center-90", "center-80", "top-90").get(v - 8);
        String orientation = v < 8 ? ORIENTATIONS[v] : "orig";
        views.add(
            new Media.View(
                0,
                0,
                kind,
                orientation,
                Pdq256.ofWords(words[v][0], words[v][1], words[v][2], words[v][3]),
                100));
      }
      media.add(new Media(i + 1, "image-" + i, String.format("%064x", i), 1000, false, views));
      previous = words;
    }
    ViewTable table = ViewTables.of(media);

    Map<Long, List<PairFinder.Hit>> one =
        PairFinder.find(table, GroupingSettings.DEFAULT, Progress.NONE, Long.MAX_VALUE);
    Map<Long, List<PairFinder.Hit>> apart =
        PairFinder.find(table, GroupingSettings.DEFAULT, Progress.NONE, 0);

    assertThat(one).hasSizeGreaterThan(700);
    assertThat(apart).isEqualTo(one);
  }
}
