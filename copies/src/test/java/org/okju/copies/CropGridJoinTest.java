package org.okju.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.okju.casefile.Progress;
import org.okju.fingerprint.Pdq256;
import org.okju.testkit.ImageEdits;

/**
 * Both ways of joining the crop grid ({@link CropGridJoin}) find the same pairs and give the same
 * tapes: on photos cropped at uneven offsets (with re-encodes, flips and distinct photos beside
 * them), and on many synthetic pictures whose probes lie near other pictures' anchors.
 */
class CropGridJoinTest {
  private static Map<Long, List<PairFinder.Hit>> pairs(ViewTable table, CropGridJoin join) {
    return PairFinder.find(
        table, GroupingSettings.DEFAULT, Progress.NONE, PairFinder.WIDE_SPLIT_ABOVE, join);
  }

  private static long gridHits(Map<Long, List<PairFinder.Hit>> pairs) {
    return pairs.values().stream()
        .flatMap(List::stream)
        .filter(h -> h.view().equals("crop-grid/orig"))
        .count();
  }

  @Test
  void photosCroppedAtUnevenOffsetsGroupTheSameEitherWay() {
    SplittableRandom random = new SplittableRandom(5);
    List<Media> media = new ArrayList<>();
    long id = 1;
    for (String o : CopyGrouperImagesTest.ORIGINALS) {
      BufferedImage photo =
          ImageEdits.resize(Pictures.photo(o), 480.0 / Pictures.photo(o).getWidth());
      media.add(Pictures.media(id++, o, photo));
      for (int c = 0; c < 6; c++) {
        BufferedImage crop =
            ImageEdits.crop(
                photo,
                random.nextDouble(0.1),
                random.nextDouble(0.1),
                random.nextDouble(0.1),
                random.nextDouble(0.1));
        if (c % 3 == 1) {
          crop = ImageEdits.jpeg(crop, 0.6f);
        } else if (c % 3 == 2) {
          crop = ImageEdits.flipHorizontal(crop);
        }
        media.add(Pictures.media(id++, o + " crop " + c, crop));
      }
    }
    for (String d : Pictures.DISTINCT.subList(0, 4)) {
      if (!CopyGrouperImagesTest.ORIGINALS.contains(d)) {
        media.add(Pictures.media(id++, d, Pictures.photo(d)));
      }
    }
    ViewTable table = ViewTables.of(media);

    Map<Long, List<PairFinder.Hit>> indexed = pairs(table, CropGridJoin.PROBES_INDEXED);
    Map<Long, List<PairFinder.Hit>> streamed = pairs(table, CropGridJoin.SUBSTRING_TABLES);

    assertThat(gridHits(indexed)).isGreaterThan(50);
    assertThat(streamed).isEqualTo(indexed);
    String before =
        TapesJson.of(
                new CopyGrouper(
                        GroupingSettings.DEFAULT,
                        PictureMatchPolicy.DEFAULT,
                        CropGridJoin.PROBES_INDEXED)
                    .group(media),
                GroupingSettings.DEFAULT)
            .toString();
    String after =
        TapesJson.of(
                new CopyGrouper(GroupingSettings.DEFAULT).group(media), GroupingSettings.DEFAULT)
            .toString();
    assertThat(after).isEqualTo(before).contains("crop-grid");
  }

  @Test
  void manySyntheticPicturesGiveTheSamePairsEitherWay() {
    // Every third picture's probes lie 0-40 bits from anchors of the picture before (some beyond
    // the crop radius), the rest random: many buckets hold candidates, few of them near.
    SplittableRandom random = new SplittableRandom(23);
    List<Media> media = new ArrayList<>();
    List<Pdq256> previousAnchors = List.of();
    for (int i = 0; i < 2_000; i++) {
      List<Media.View> views = new ArrayList<>();
      views.add(new Media.View(0, 0, "full", "orig", random(random), 100));
      List<Pdq256> anchors = new ArrayList<>();
      for (int a = 0; a < 121; a++) {
        Pdq256 h = random(random);
        anchors.add(h);
        views.add(
            new Media.View(
                0, 0, String.format(Locale.ROOT, "crop-anchor-%03d", a), "orig", h, 25 + a % 75));
      }
      boolean copy = i % 3 == 2;
      for (int p = 0; p < 11; p++) {
        Pdq256 h =
            copy
                ? flip(previousAnchors.get(random.nextInt(121)), random.nextInt(41), random)
                : random(random);
        views.add(
            new Media.View(
                0, 0, String.format(Locale.ROOT, "crop-probe-%02d", p), "orig", h, 25 + p * 7));
      }
      media.add(new Media(i + 1, "image-" + i, String.format("%064x", i), 1000, false, views));
      previousAnchors = anchors;
    }
    ViewTable table = ViewTables.of(media);

    Map<Long, List<PairFinder.Hit>> indexed = pairs(table, CropGridJoin.PROBES_INDEXED);
    Map<Long, List<PairFinder.Hit>> streamed = pairs(table, CropGridJoin.SUBSTRING_TABLES);

    assertThat(gridHits(indexed)).isGreaterThan(1_000);
    assertThat(streamed).isEqualTo(indexed);
  }

  private static Pdq256 random(SplittableRandom r) {
    return Pdq256.ofWords(r.nextLong(), r.nextLong(), r.nextLong(), r.nextLong());
  }

  private static Pdq256 flip(Pdq256 h, int bits, SplittableRandom r) {
    long[] w = h.words();
    for (int i = 0; i < bits; i++) {
      int bit = r.nextInt(256);
      w[bit >>> 6] ^= 1L << (bit & 63);
    }
    return Pdq256.ofWords(w[0], w[1], w[2], w[3]);
  }
}
