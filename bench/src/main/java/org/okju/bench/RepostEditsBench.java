package org.okju.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.okju.bench.EditScore.Sample;
import org.okju.copies.CopyGrouper;
import org.okju.copies.GroupingSettings;
import org.okju.copies.Media;
import org.okju.copies.TapeSplits;
import org.okju.fingerprint.CopySignals;
import org.okju.fingerprint.Dihedral;
import org.okju.fingerprint.ImageLuma;
import org.okju.fingerprint.LumaSource;
import org.okju.fingerprint.PdqDihedralResult;
import org.okju.fingerprint.PdqHasher;
import org.okju.fingerprint.PdqScratch;
import org.okju.fingerprint.PictureBoxes;
import org.okju.fingerprint.ReducedLumaPlane;
import org.okju.testkit.ImageEdits;

/**
 * The harder edits re-posters make ({@link ImageEdits#reposterEdits}), each measured
 * <em>alone</em>: one grouping per edit and split of the originals with that edit's copies only, so
 * that a copy is found through its own views and not through the other copies of its photo (which
 * is how the combined {@link CopiesBench} run finds many of them, and how a case holding a single
 * re-posted copy does not). The sources are split by their position in sorted order: even ones are
 * the development set the views were chosen on, odd ones held out. Deterministic for a seed; not
 * thread-safe.
 */
public final class RepostEditsBench {
  /** Draws per photo of an edit with random shares. */
  static final int RANDOM_DRAWS = 4;

  private final PhotoCorpus corpus = new PhotoCorpus();

  /** One edit's figures on one split. */
  public record Row(
      String edit,
      String split,
      long truePairs,
      long found,
      long predicted,
      long correct,
      List<String> missed,
      List<String> wronglyJoined) {
    public double recall() {
      return truePairs == 0 ? 1 : (double) found / truePairs;
    }

    public double precision() {
      return predicted == 0 ? 1 : (double) correct / predicted;
    }
  }

  /**
   * The rows, edit by edit, development before held-out, the sources left out, and what the copy
   * views cost at ingest: views and CPU milliseconds a source photo at its own size (the median of
   * three runs each, averaged over the sources), the PDQ of the whole picture not included.
   */
  public record Result(
      int sources,
      List<Row> rows,
      Map<String, Integer> excludedLowQuality,
      double viewsPerPicture,
      double viewCpuMillisPerPicture,
      double megapixelsPerPicture) {}

  /** Hashes the sources and their edited copies and groups each edit and split apart. */
  public Result run(List<Path> sources, long seed) throws IOException {
    return run(sources, seed, edit -> true, Set.of("development", "held-out"));
  }

  /**
   * {@link #run(List, long)} for the edits {@code measured} names and the {@code splits} given
   * only: every edit is still made (its random shares drawn), so a seed gives the same copies as a
   * full run, but only the measured ones are hashed and grouped; a split left out is not grouped,
   * so its rows are neither computed nor printed (while tuning, the held-out rows stay unread). The
   * cost of the views at ingest is measured only in a full run.
   */
  public Result run(List<Path> sources, long seed, Predicate<String> measured, Set<String> splits)
      throws IOException {
    Random random = new Random(seed);
    List<Sample> originals = new ArrayList<>();
    Map<String, List<Sample>> copies = new LinkedHashMap<>();
    Map<String, Integer> excluded = new TreeMap<>();
    long id = 1;
    int index = 0;
    boolean everyEdit = true;
    for (Path p : sources) {
      String split = index++ % 2 == 0 ? "development" : "held-out";
      BufferedImage photo = PhotoCorpus.source(p);
      Media original = corpus.media(id++, photo);
      int quality = PhotoCorpus.canonicalQuality(original);
      if (quality < GroupingSettings.DEFAULT.minQuality()) {
        excluded.put(p.getFileName().toString(), quality);
        continue;
      }
      String name = p.getFileName().toString();
      originals.add(new Sample(original, name, split));
      Map<String, UnaryOperator<BufferedImage>> edits = new LinkedHashMap<>();
      edits.put("crop-random-0-10", ImageEdits.all(random).get("crop-random-0-10"));
      edits.putAll(ImageEdits.reposterEdits(random));
      for (Map.Entry<String, UnaryOperator<BufferedImage>> e : edits.entrySet()) {
        everyEdit &= measured.test(e.getKey());
        int draws = e.getKey().contains("random") ? RANDOM_DRAWS : 1;
        for (int d = 0; d < draws; d++) {
          BufferedImage copy = e.getValue().apply(photo);
          long copyId = id++;
          if (measured.test(e.getKey()) && splits.contains(split)) {
            copies
                .computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                .add(new Sample(corpus.media(copyId, copy), name, split));
          }
        }
      }
    }
    List<Row> rows = new ArrayList<>();
    for (Map.Entry<String, List<Sample>> e : copies.entrySet()) {
      for (String split : List.of("development", "held-out")) {
        if (splits.contains(split)) {
          rows.add(score(e.getKey(), split, originals, e.getValue()));
        }
      }
    }
    boolean full = splits.size() == 2 && everyEdit;
    double[] cost = full ? viewCost(sources) : new double[] {Double.NaN, Double.NaN, Double.NaN};
    return new Result(originals.size(), rows, excluded, cost[0], cost[1], cost[2]);
  }

  /** Views, CPU ms and megapixels a source photo at its own size, averaged. */
  private static double[] viewCost(List<Path> sources) throws IOException {
    PdqHasher hasher = new PdqHasher();
    CopySignals signals = new CopySignals(hasher);
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    double views = 0;
    double millis = 0;
    double pixels = 0;
    for (Path p : sources) {
      BufferedImage photo = PhotoCorpus.decode(p);
      LumaSource luma = ImageLuma.of(photo);
      PdqScratch scratch = new PdqScratch();
      PdqDihedralResult full = hasher.dihedral(luma, EnumSet.allOf(Dihedral.class), scratch);
      long[] runs = new long[3];
      int n = 0;
      for (int i = 0; i < runs.length; i++) {
        long start = cpu.getCurrentThreadCpuTime();
        // The reduced plane is made by ingest for the profile and thumbnail too; timed with the
        // views all the same, as the part of the work that the views need.
        ReducedLumaPlane plane = ReducedLumaPlane.of(luma);
        n = signals.of(luma, plane, PictureBoxes.of(plane), full, scratch).size();
        runs[i] = cpu.getCurrentThreadCpuTime() - start;
      }
      Arrays.sort(runs);
      views += n;
      millis += runs[1] / 1e6;
      pixels += photo.getWidth() * (double) photo.getHeight() / 1e6;
    }
    int k = Math.max(1, sources.size());
    return new double[] {views / k, millis / k, pixels / k};
  }

  private Row score(String edit, String split, List<Sample> originals, List<Sample> copies) {
    return EditScore.score(
        edit,
        split,
        EditScore.ofSplit(split, originals, copies),
        originals,
        media ->
            new CopyGrouper(GroupingSettings.DEFAULT)
                .group(media, corpus.thumbnails(), TapeSplits.NONE));
  }

  /** The table: per edit, development and held-out. */
  public static void print(Result r, PrintStream out) {
    out.printf(
        Locale.ROOT,
        "re-posters' edits, each grouped alone with its split's originals: %d source photos%n",
        r.sources());
    EditScore.printRows(r.rows(), out);
    if (Double.isNaN(r.viewsPerPicture())) {
      out.println("copy views at ingest: not measured (some edits or a split left out)");
    } else {
      out.printf(
          Locale.ROOT,
          "copy views at ingest: %.0f a picture, %.1f CPU-ms a picture of %.2f MP on average"
              + " (the reduced plane and every view but the whole picture's PDQ)%n",
          r.viewsPerPicture(),
          r.viewCpuMillisPerPicture(),
          r.megapixelsPerPicture());
    }
    for (Row row : r.rows()) {
      if (!row.missed().isEmpty()) {
        out.println("missed " + row.edit() + " (" + row.split() + "): " + row.missed());
      }
      if (!row.wronglyJoined().isEmpty()) {
        out.println(
            "wrongly joined " + row.edit() + " (" + row.split() + "): " + row.wronglyJoined());
      }
    }
  }
}
