package org.okju.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.okju.copies.CopyGrouper;
import org.okju.copies.GroupingSettings;
import org.okju.copies.Media;
import org.okju.fingerprint.CropGrid;
import org.okju.fingerprint.Pdq256;

/**
 * How long copy grouping takes for a case of many images, beyond ingest: synthetic images with the
 * views ingest stores for a photo (8 orientations of the whole, 6 fixed crops, the crop grid's
 * anchors and probes), one in ten a re-encoded copy of the image before it (every view a few bits
 * away). Random hashes are the index's easy case (real PDQ hashes cluster), so this is a lower
 * bound. Not thread-safe.
 */
public final class CopiesScaleBench {
  private static final String[] ORIENTATIONS = {
    "orig", "rot90", "rot180", "rot270", "flipx", "flipy", "flipplus", "flipminus"
  };
  private static final String[] CROPS = {
    "center-90", "center-80", "top-90", "bottom-90", "left-90", "right-90"
  };

  /** One size's figures. */
  public record Row(int images, long views, int tapes, double seconds) {}

  /** Groups {@code images} synthetic images, with or without the crop grid's views. */
  public Row run(int images, boolean cropGrid, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Media> media = new ArrayList<>(images);
    long views = 0;
    for (int i = 0; i < images; i++) {
      List<Media.View> v =
          i % 10 == 9 ? nearCopy(media.get(i - 1).views(), random) : fresh(cropGrid, random);
      views += v.size();
      media.add(new Media(i + 1, "image-" + i, String.format("%064x", i), 1000 + i, false, v));
    }
    long start = System.nanoTime();
    int tapes = new CopyGrouper(GroupingSettings.DEFAULT).group(media).size();
    return new Row(images, views, tapes, (System.nanoTime() - start) / 1e9);
  }

  private static List<Media.View> fresh(boolean cropGrid, SplittableRandom random) {
    List<Media.View> out = new ArrayList<>();
    for (String o : ORIENTATIONS) {
      out.add(view("full", o, random(random)));
    }
    for (String c : CROPS) {
      out.add(view(c, "orig", random(random)));
    }
    if (cropGrid) {
      for (int a = 0; a < CropGrid.STEPS * CropGrid.STEPS; a++) {
        out.add(view(String.format(Locale.ROOT, "crop-anchor-%03d", a), "orig", random(random)));
      }
      for (int p = 0; p < CropGrid.SCALES; p++) {
        out.add(view(String.format(Locale.ROOT, "crop-probe-%02d", p), "orig", random(random)));
      }
    }
    return out;
  }

  private static List<Media.View> nearCopy(List<Media.View> of, SplittableRandom random) {
    List<Media.View> out = new ArrayList<>(of.size());
    for (Media.View v : of) {
      long[] w = v.hash().words().clone();
      for (int flip = 0; flip < 8; flip++) {
        int bit = random.nextInt(256);
        w[bit >>> 6] ^= 1L << (bit & 63);
      }
      out.add(view(v.kind(), v.orientation(), Pdq256.ofWords(w[0], w[1], w[2], w[3])));
    }
    return out;
  }

  private static Pdq256 random(SplittableRandom r) {
    return Pdq256.ofWords(r.nextLong(), r.nextLong(), r.nextLong(), r.nextLong());
  }

  private static Media.View view(String kind, String orientation, Pdq256 hash) {
    return new Media.View(0, 0, kind, orientation, hash, 100);
  }

  /** The table. */
  public static void print(List<Row> rows, boolean cropGrid, PrintStream out) {
    out.println(
        "copy grouping time (synthetic images, "
            + (cropGrid ? "with" : "without")
            + " the crop grid; "
            + Runtime.getRuntime().availableProcessors()
            + " cores)");
    out.println("| images | views | tapes | grouping s | images/s |");
    out.println("|---:|---:|---:|---:|---:|");
    for (Row r : rows) {
      out.printf(
          Locale.ROOT,
          "| %d | %d | %d | %.1f | %.0f |%n",
          r.images(),
          r.views(),
          r.tapes(),
          r.seconds(),
          r.images() / r.seconds());
    }
  }
}
