package org.okju.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import org.okju.copies.CopyGrouper;
import org.okju.copies.GroupingSettings;
import org.okju.copies.Media;
import org.okju.copies.ViewTable;
import org.okju.copies.ViewTableWriter;
import org.okju.fingerprint.CropGrid;

/**
 * How long copy grouping takes for a case of many images, beyond ingest: synthetic images with the
 * views ingest stores for a photo (8 orientations of the whole, 6 fixed crops, the crop grid's
 * anchors and probes), one in ten a re-encoded copy of the image before it (every view a few bits
 * away). The views go to a memory-mapped view table as a case's do ({@code okju copies} writes one
 * from the case's packed records), then are grouped. Random hashes are the index's easy case (real
 * PDQ hashes cluster), so this is a lower bound. Not thread-safe.
 */
public final class CopiesScaleBench {
  private static final String[] ORIENTATIONS = {
    "orig", "rot90", "rot180", "rot270", "flipx", "flipy", "flipplus", "flipminus"
  };
  private static final String[] CROPS = {
    "center-90", "center-80", "top-90", "bottom-90", "left-90", "right-90"
  };

  /**
   * One size's figures.
   *
   * @param writeSeconds writing the views to the table file
   * @param seconds grouping (from the mapped table to tapes)
   * @param tableBytes the table file's size
   * @param peakHeapBytes the most heap in use at once (after collections), over the whole run
   * @param maxHeapBytes the heap the JVM was allowed
   */
  public record Row(
      int images,
      long views,
      int tapes,
      double writeSeconds,
      double seconds,
      long tableBytes,
      long peakHeapBytes,
      long maxHeapBytes) {}

  /** Groups {@code images} synthetic images, with or without the crop grid's views. */
  public Row run(int images, boolean cropGrid, long seed) throws IOException {
    resetPeaks();
    SplittableRandom random = new SplittableRandom(seed);
    String[] kinds = kinds(cropGrid);
    String[] orientations = new String[kinds.length];
    for (int i = 0; i < kinds.length; i++) {
      orientations[i] = i < ORIENTATIONS.length ? ORIENTATIONS[i] : "orig";
    }
    Path file = Files.createTempFile("okju-bench-views-", ".bin");
    long start = System.nanoTime();
    ViewTable table;
    long bytes;
    try (ViewTableWriter w = new ViewTableWriter(file)) {
      long[] previous = new long[4 * kinds.length];
      long[] words = new long[4 * kinds.length];
      for (int i = 0; i < images; i++) {
        if (i % 10 == 9) {
          System.arraycopy(previous, 0, words, 0, words.length);
          for (int v = 0; v < kinds.length; v++) {
            for (int flip = 0; flip < 8; flip++) {
              int bit = random.nextInt(256);
              words[4 * v + (bit >>> 6)] ^= 1L << (bit & 63);
            }
          }
        } else {
          for (int v = 0; v < words.length; v++) {
            words[v] = random.nextLong();
          }
        }
        w.add(new Synthetic(kinds, orientations, words));
        long[] t = previous;
        previous = words;
        words = t;
      }
      table = w.finish();
      bytes = Files.size(file);
    } finally {
      Files.deleteIfExists(file);
    }
    double writeSeconds = (System.nanoTime() - start) / 1e9;
    start = System.nanoTime();
    List<Media> media = new ArrayList<>(images);
    for (int i = 0; i < images; i++) {
      media.add(
          Media.of(
              table,
              i,
              i + 1,
              "image-" + i,
              String.format("%064x", i),
              1000 + i,
              false,
              0,
              Optional.empty()));
    }
    int tapes = new CopyGrouper(GroupingSettings.DEFAULT).group(media).size();
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Row(
        images,
        table.views(),
        tapes,
        writeSeconds,
        seconds,
        bytes,
        peakHeap(),
        Runtime.getRuntime().maxMemory());
  }

  private static String[] kinds(boolean cropGrid) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < ORIENTATIONS.length; i++) {
      out.add("full");
    }
    out.addAll(List.of(CROPS));
    if (cropGrid) {
      for (int a = 0; a < CropGrid.STEPS * CropGrid.STEPS; a++) {
        out.add(String.format(Locale.ROOT, "crop-anchor-%03d", a));
      }
      for (int p = 0; p < CropGrid.SCALES; p++) {
        out.add(String.format(Locale.ROOT, "crop-probe-%02d", p));
      }
    }
    return out.toArray(String[]::new);
  }

  /** One synthetic image's views. */
  private static final class Synthetic implements ViewTableWriter.Views {
    private final String[] kinds;
    private final String[] orientations;
    private final long[] words;

    Synthetic(String[] kinds, String[] orientations, long[] words) {
      this.kinds = kinds;
      this.orientations = orientations;
      this.words = words;
    }

    @Override
    public int size() {
      return kinds.length;
    }

    @Override
    public long frame(int i) {
      return 0;
    }

    @Override
    public double seconds(int i) {
      return 0;
    }

    @Override
    public String kind(int i) {
      return kinds[i];
    }

    @Override
    public String orientation(int i) {
      return orientations[i];
    }

    @Override
    public int quality(int i) {
      return 100;
    }

    @Override
    public long word(int i, int w) {
      return words[4 * i + w];
    }
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        p.resetPeakUsage();
      }
    }
  }

  /**
   * The sum of the heap pools' peaks: an upper bound of the heap in use at once (the pools need not
   * peak together), which is what must fit under {@code -Xmx}.
   */
  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /** The table. */
  public static void print(List<Row> rows, boolean cropGrid, PrintStream out) {
    out.println(
        "copy grouping time (synthetic images, "
            + (cropGrid ? "with" : "without")
            + " the crop grid; "
            + Runtime.getRuntime().availableProcessors()
            + " cores; heap limit "
            + mib(Runtime.getRuntime().maxMemory())
            + " MiB)");
    out.println(
        "| images | views | tapes | view table MiB | writing s | grouping s | images/s"
            + " | peak heap MiB |");
    out.println("|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (Row r : rows) {
      out.printf(
          Locale.ROOT,
          "| %d | %d | %d | %d | %.1f | %.1f | %.0f | %d |%n",
          r.images(),
          r.views(),
          r.tapes(),
          mib(r.tableBytes()),
          r.writeSeconds(),
          r.seconds(),
          r.images() / r.seconds(),
          mib(r.peakHeapBytes()));
    }
  }

  private static long mib(long bytes) {
    return bytes >> 20;
  }
}
