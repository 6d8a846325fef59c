package org.okju.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.okju.bench.EditScore.Sample;
import org.okju.copies.CopyGrouper;
import org.okju.copies.GroupingSettings;
import org.okju.copies.Media;
import org.okju.fingerprint.video.VideoDecodeException;
import org.okju.fingerprint.video.VpdqHasher;
import org.okju.fingerprint.video.VpdqOptions;
import org.okju.testkit.VideoEdits;

/**
 * The re-posters' edits of videos ({@link VideoEdits#reposterEdits}), each measured <em>alone</em>
 * as {@link RepostEditsBench} measures the pictures': one grouping per edit and split of the
 * split's source clips with that edit's copies only. The sources are clips made at run time: a slow
 * pan and zoom over each photo given, and the first seconds of each video given; in that order,
 * even positions are the development set, odd ones held out. Every clip is written to a temporary
 * directory, hashed as ingest hashes it and deleted. Also measures what hashing costs at ingest:
 * CPU seconds a minute of video (the whole process: decoding, vPDQ and the copy views) with and
 * without the copy views. Deterministic for a seed; not thread-safe.
 */
public final class RepostVideoEditsBench {
  /** Length of every clip, in seconds. */
  static final int SECONDS = 6;

  private final BenchMedia hashing = new BenchMedia();

  /** Figures of a run: rows as {@link RepostEditsBench}'s, and the cost of hashing. */
  public record Result(
      int sources,
      List<RepostEditsBench.Row> rows,
      Map<String, String> leftOut,
      double videoMinutes,
      double cpuSecondsPerMinute,
      double cpuSecondsPerMinuteWithoutViews,
      double viewsPerSecond) {}

  /** Makes the sources and their edited copies in {@code work}, hashes and groups them. */
  public Result run(List<Path> photos, List<Path> videos, long seed, Path work) throws IOException {
    return run(photos, videos, seed, work, name -> true);
  }

  /**
   * The same for the edits {@code measured} names only; the others are still drawn (their random
   * shares), so a measured edit's copies are those of a full run with the same seed.
   */
  public Result run(
      List<Path> photos, List<Path> videos, long seed, Path work, Predicate<String> measured)
      throws IOException {
    Random random = new Random(seed);
    Random later = new Random(~seed);
    Random overlays = new Random(seed * 1_000_003L + 19);
    List<Sample> originals = new ArrayList<>();
    List<Path> originalFiles = new ArrayList<>();
    Map<String, List<Sample>> copies = new LinkedHashMap<>();
    Map<String, String> leftOut = new LinkedHashMap<>();
    List<Path> sources = new ArrayList<>(photos);
    sources.addAll(videos);
    long id = 1;
    int index = 0;
    try {
      for (Path s : sources) {
        String name = s.getFileName().toString();
        Path source = work.resolve(String.format(Locale.ROOT, "source-%02d.mp4", index));
        if (photos.contains(s)) {
          VideoEdits.panOver(s, 640, 360, SECONDS, source);
        } else {
          VideoEdits.firstSeconds(s, SECONDS, source);
        }
        String split = index++ % 2 == 0 ? "development" : "held-out";
        Media original = hashing.video(id++, source);
        double quality = meanCanonicalQuality(original);
        if (quality < GroupingSettings.DEFAULT.minQuality()) {
          leftOut.put(name, String.format(Locale.ROOT, "mean vPDQ frame quality %.0f", quality));
          Files.delete(source);
          continue;
        }
        originals.add(new Sample(original, name, split));
        originalFiles.add(source);
        for (VideoEdits.Edit e :
            VideoEdits.reposterEdits(random, later, overlays, SECONDS).values()) {
          if (!measured.test(e.name())) {
            continue;
          }
          Path copy = work.resolve("copy.mp4");
          VideoEdits.apply(source, e, SECONDS, copy);
          copies
              .computeIfAbsent(e.name(), k -> new ArrayList<>())
              .add(new Sample(hashing.video(id++, copy), name, split));
          Files.delete(copy);
        }
      }
      double[] cost = cost(originalFiles);
      List<RepostEditsBench.Row> rows = new ArrayList<>();
      for (Map.Entry<String, List<Sample>> e : copies.entrySet()) {
        for (String split : List.of("development", "held-out")) {
          rows.add(score(e.getKey(), split, originals, e.getValue()));
        }
      }
      return new Result(originals.size(), rows, leftOut, cost[0], cost[1], cost[2], cost[3]);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while making the clips", e);
    } finally {
      try (Stream<Path> left = Files.list(work)) {
        for (Path p : left.toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private static double meanCanonicalQuality(Media m) {
    return m.views().stream()
        .filter(Media.View::canonical)
        .mapToInt(Media.View::quality)
        .average()
        .orElse(0);
  }

  /**
   * Minutes of video, process CPU seconds a minute with the copy views (as ingest) and without them
   * (vPDQ alone, same decode), and copy views a second of video; the median of three runs each.
   */
  private double[] cost(List<Path> files) throws IOException {
    double seconds = 0;
    VpdqHasher vpdq = new VpdqHasher();
    for (Path f : files) {
      try {
        List<org.okju.fingerprint.video.VpdqFrame> frames =
            vpdq.hash(f, VpdqOptions.everySeconds(1.0));
        seconds += frames.isEmpty() ? 0 : frames.get(frames.size() - 1).timestampSeconds() + 1;
      } catch (VideoDecodeException e) {
        throw new IOException("cannot decode " + f, e);
      }
    }
    double minutes = Math.max(seconds, 1e-9) / 60;
    long[] with = new long[3];
    long[] without = new long[3];
    long views = 0;
    for (int run = 0; run < 3; run++) {
      long start = ProcessCpu.nanos();
      views = 0;
      for (Path f : files) {
        views += hashing.video(0, f).views().size();
      }
      with[run] = ProcessCpu.nanos() - start;
      start = ProcessCpu.nanos();
      for (Path f : files) {
        try {
          vpdq.hash(f, VpdqOptions.everySeconds(1.0), 4, (frame, luma, inVpdq) -> {});
        } catch (VideoDecodeException e) {
          throw new IOException("cannot decode " + f, e);
        }
      }
      without[run] = ProcessCpu.nanos() - start;
    }
    java.util.Arrays.sort(with);
    java.util.Arrays.sort(without);
    return new double[] {
      minutes, with[1] / 1e9 / minutes, without[1] / 1e9 / minutes, views / Math.max(seconds, 1e-9)
    };
  }

  private static RepostEditsBench.Row score(
      String edit, String split, List<Sample> originals, List<Sample> copies) {
    return EditScore.score(
        edit,
        split,
        EditScore.ofSplit(split, originals, copies),
        originals,
        media -> new CopyGrouper(GroupingSettings.DEFAULT).group(media));
  }

  /** The table: per edit, development and held-out; then the cost of hashing. */
  public static void print(Result r, PrintStream out) {
    out.printf(
        Locale.ROOT,
        "re-posters' video edits, each grouped alone with its split's source clips: %d sources"
            + " of %d s%n",
        r.sources(),
        SECONDS);
    r.leftOut().forEach((k, v) -> out.println("left out " + k + ": " + v));
    EditScore.printRows(r.rows(), out);
    out.printf(
        Locale.ROOT,
        "video hashing as ingest (decode, vPDQ every second, copy views; process CPU, median of 3,"
            + " %.2f min of source clips): %.2f CPU-s a minute of video with the copy views"
            + " (%.0f views a second), %.2f without them%n",
        r.videoMinutes(),
        r.cpuSecondsPerMinute(),
        r.viewsPerSecond(),
        r.cpuSecondsPerMinuteWithoutViews());
    for (RepostEditsBench.Row row : r.rows()) {
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
