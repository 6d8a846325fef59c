package org.okju.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.okju.casefile.CaseLocation;
import org.okju.casefile.CaseStore;
import org.okju.copies.CaseCopies;
import org.okju.copies.GroupingSettings;
import org.okju.ingest.Ingest;
import org.okju.ingest.IngestSummary;
import org.okju.monitor.CaptureImport;
import org.okju.monitor.ImportSummary;
import org.okju.monitor.MonitorConfig;

/**
 * {@code okju monitor import} of one gzipped WARC beside the floor (jwarc alone reading every
 * record and its whole payload, what any WARC reader must do) and beside {@code okju ingest} of the
 * same media saved as a folder (the same hashing and fingerprinting from files): records/s, MB/s,
 * CPU-seconds, and the import's time per media record. The media are made at run time ({@link
 * WebCorpus}: pictures that are all different to the copy detector, H.264 clips); the case's tapes
 * are the first of them, ingested and grouped, so the WARC holds copies of the tapes beside other
 * media. The corpus, the case of tapes and the WARC are kept under the work directory and reused by
 * a later run with the same counts (each run imports into a fresh copy of the case and ingests into
 * a fresh case). One run each; the ratio from the same run is what counts, in CPU time as well as
 * wall time on a shared machine.
 */
public final class MonitorThroughputBench {
  private MonitorThroughputBench() {}

  /**
   * One measured way: what it read, how long it took, the CPU time it used and the mean number of
   * its threads that wanted a core ({@link ThreadDemand}).
   */
  public record Row(
      String way, long records, long bytes, double seconds, double cpuSeconds, double demand) {
    /** The cores the way kept busy on average: what the machine gave it. */
    double coresBusy() {
      return cpuSeconds / seconds;
    }

    double recordsPerSecond() {
      return records / seconds;
    }

    double megabytesPerSecond() {
      return bytes / 1e6 / seconds;
    }
  }

  /**
   * Builds the corpus under {@code work} (or reuses what an earlier run with the same counts left
   * there), runs the floor once then import and ingest {@code rounds} times each, alternately, and
   * prints the table with the median ratios.
   *
   * @param photoSources the reference photos the pictures are cut from
   */
  public static List<Row> run(
      Path work, Path photoSources, int images, int videos, int tapes, int rounds, PrintStream out)
      throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    out.printf(Locale.ROOT, "making (or reusing) %d pictures and %d clips...%n", images, videos);
    List<Path> files =
        WebCorpus.in(work.resolve("media"), PdqCorpus.sourcePhotos(photoSources), images, videos);
    Path pristine = tapesCase(work, files, images, videos, tapes, out);
    Path warc = work.resolve("site.warc.gz");
    String warcStamp = String.format(Locale.ROOT, "v1 images=%d videos=%d%n", images, videos);
    Path warcDone = work.resolve("warc.done");
    if (!Files.exists(warcDone) || !Files.readString(warcDone).equals(warcStamp)) {
      writeWarc(warc, files);
      Files.writeString(warcDone, warcStamp, StandardCharsets.UTF_8);
    }
    out.printf(Locale.ROOT, "corpus ready in %.0f s%n", (System.nanoTime() - t0) / 1e9);
    long mediaBytes = 0;
    for (Path f : files) {
      mediaBytes += Files.size(f);
    }
    warmUp(work, pristine, files, out);
    List<Row> rows = new ArrayList<>();
    out.printf(Locale.ROOT, "load average before the runs: %.1f%n", ProcessCpu.loadAverage());
    rows.add(floor(warc));
    List<Double> wallRatios = new ArrayList<>();
    List<Double> cpuRatios = new ArrayList<>();
    List<Double> importDemand = new ArrayList<>();
    List<Double> ingestDemand = new ArrayList<>();
    // The media records: the WARC's page record is not a file of the ingested folder.
    long media = files.size();
    for (int round = 1; round <= rounds; round++) {
      // Import first in odd rounds, ingest first in even ones: on a shared machine whose load
      // rises or falls during the run, the way timed first would otherwise always meet the other
      // load (--rounds 2 cancels a steady drift).
      Row imp;
      Row ing;
      if (round % 2 == 1) {
        imp = importRow(work, pristine, warc, round, out);
        ing = ingestRow(work, mediaBytes, round);
      } else {
        ing = ingestRow(work, mediaBytes, round);
        imp = importRow(work, pristine, warc, round, out);
      }
      rows.add(imp);
      rows.add(ing);
      importDemand.add(imp.demand());
      ingestDemand.add(ing.demand());
      wallRatios.add((media / imp.seconds()) / (ing.records() / ing.seconds()));
      cpuRatios.add((media / imp.cpuSeconds()) / (ing.records() / ing.cpuSeconds()));
    }
    out.printf(Locale.ROOT, "load average after the runs: %.1f%n", ProcessCpu.loadAverage());
    out.println();
    out.println(
        "| way | records | MB | s | CPU-s | cores busy | threads wanting a core | records/s | MB/s"
            + " | records/CPU-s |");
    out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (Row r : rows) {
      out.printf(
          Locale.ROOT,
          "| %s | %d | %.1f | %.2f | %.2f | %.2f | %.2f | %.1f | %.1f | %.1f |%n",
          r.way(),
          r.records(),
          r.bytes() / 1e6,
          r.seconds(),
          r.cpuSeconds(),
          r.coresBusy(),
          r.demand(),
          r.recordsPerSecond(),
          r.megabytesPerSecond(),
          r.records() / r.cpuSeconds());
    }
    out.printf(
        Locale.ROOT,
        "import over ingest, media per second (median of %d rounds): %.2f wall, %.2f CPU"
            + " (goal >= 0.8); jwarc floor over import: %.3f%n",
        rounds,
        median(wallRatios),
        median(cpuRatios),
        rows.get(0).seconds() / rows.get(1).seconds());
    out.printf(
        Locale.ROOT,
        "threads wanting a core (median): import %.2f, ingest %.2f; the parallelism each way asks"
            + " for, whatever the machine's other load gives it (cores busy)%n",
        median(importDemand),
        median(ingestDemand));
    return rows;
  }

  /**
   * Imports and ingests the first pictures and clips once, untimed: the first way timed would
   * otherwise pay the JIT's compiling of the fingerprinting code both ways share.
   */
  private static void warmUp(Path work, Path pristine, List<Path> files, PrintStream out)
      throws IOException, InterruptedException {
    Path dir = work.resolve("warm-up");
    delete(dir);
    Path media = Files.createDirectories(dir.resolve("media"));
    List<Path> some = new ArrayList<>();
    int pictures = 0;
    int clips = 0;
    for (Path f : files) {
      boolean clip = f.getFileName().toString().endsWith(".mp4");
      if (clip ? clips++ < 2 : pictures++ < 100) {
        some.add(Files.copy(f, media.resolve(f.getFileName())));
      }
    }
    long t0 = System.nanoTime();
    importRow(dir, pristine, writeWarc(dir.resolve("warm-up.warc.gz"), some), 0, out);
    ingestRow(dir, 0, 0);
    out.printf(
        Locale.ROOT,
        "warm-up (%d media each way, untimed) in %.0f s%n",
        some.size(),
        (System.nanoTime() - t0) / 1e9);
    delete(dir);
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(Comparator.naturalOrder());
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /** okju monitor import of the WARC into a fresh copy of the case of tapes, detector included. */
  private static Row importRow(Path work, Path pristine, Path warc, int round, PrintStream out)
      throws IOException {
    Path casePath = work.resolve("import-case");
    delete(casePath);
    copy(pristine, casePath);
    try (CaseStore store = CaseStore.open(CaseLocation.directory(casePath));
        ThreadDemand demand = ThreadDemand.start()) {
      long w0 = System.nanoTime();
      long c0 = ProcessCpu.nanos() - demand.ownCpuNanos();
      CaptureImport imp = new CaptureImport(store, MonitorConfig.defaults(), Clock.systemUTC());
      CaptureImport.WebMatcherHandle matcher;
      try {
        matcher = imp.matcher();
      } catch (CaptureImport.NoTapesException e) {
        throw new IOException("the bench case has no tapes", e);
      }
      double loadSecs = (System.nanoTime() - w0) / 1e9;
      ImportSummary s = imp.run(warc, Optional.of("bench"), matcher, "bench", "bench");
      double secs = (System.nanoTime() - w0) / 1e9;
      double cpu = (ProcessCpu.nanos() - demand.ownCpuNanos() - c0) / 1e9;
      if (round == 0) {
        return new Row("warm-up", s.records(), Files.size(warc), secs, cpu, demand.mean());
      }
      out.printf(
          Locale.ROOT,
          "import %d: %d media fingerprinted, %d matched, %d problems; case's detector loaded in"
              + " %.2f s; %.1f ms (%.1f CPU-ms) a media record%n",
          round,
          s.mediaHashed(),
          s.matchedMedia(),
          s.problems().size(),
          loadSecs,
          secs * 1000 / Math.max(1, s.mediaHashed()),
          cpu * 1000 / Math.max(1, s.mediaHashed()));
      return new Row(
          "okju monitor import (" + round + ")",
          s.records(),
          Files.size(warc),
          secs,
          cpu,
          demand.mean());
    }
  }

  /** okju ingest of the media folder into a fresh case. */
  private static Row ingestRow(Path work, long mediaBytes, int round)
      throws IOException, InterruptedException {

    Path ingested = work.resolve("ingest-case");
    delete(ingested);
    try (CaseStore store = CaseStore.open(CaseLocation.directory(ingested));
        ThreadDemand demand = ThreadDemand.start()) {
      long w0 = System.nanoTime();
      long c0 = ProcessCpu.nanos() - demand.ownCpuNanos();
      IngestSummary s =
          Ingest.create(store, c -> c.provenance("bench", "okju bench monitor", "bench"))
              .run(work.resolve("media"));
      double secs = (System.nanoTime() - w0) / 1e9;
      double cpu = (ProcessCpu.nanos() - demand.ownCpuNanos() - c0) / 1e9;
      return new Row(
          "okju ingest, same media as a folder (" + round + ")",
          s.items(),
          mediaBytes,
          secs,
          cpu,
          demand.mean());
    }
  }

  /**
   * The case the capture is matched against, made once per size and reused: its seized folder holds
   * the first pictures and clips of the corpus (so the WARC holds copies of them beside unrelated
   * media), ingested and grouped into tapes.
   */
  private static Path tapesCase(
      Path work, List<Path> files, int images, int videos, int tapes, PrintStream out)
      throws IOException, InterruptedException {
    Path pristine = work.resolve("tapes-case");
    String stamp =
        String.format(Locale.ROOT, "v1 images=%d videos=%d tapes=%d%n", images, videos, tapes);
    Path done = work.resolve("tapes.done");
    if (Files.exists(done) && Files.readString(done).equals(stamp)) {
      return pristine;
    }
    delete(pristine);
    Path seized = work.resolve("seized");
    delete(seized);
    Files.createDirectories(seized);
    int tapeVideos = Math.min(videos, Math.max(1, tapes / 20));
    int tapeImages = Math.max(0, Math.min(images, tapes - tapeVideos));
    for (int i = 0; i < tapeImages; i++) {
      Files.copy(files.get(i), seized.resolve("p" + i + ".jpg"));
    }
    for (int i = 0; i < tapeVideos; i++) {
      Files.copy(files.get(images + i), seized.resolve("v" + i + ".mp4"));
    }
    long t0 = System.nanoTime();
    try (CaseStore store = CaseStore.open(CaseLocation.directory(pristine))) {
      Ingest.create(store, c -> c.provenance("bench", "okju bench monitor", "bench")).run(seized);
      new CaseCopies(store, GroupingSettings.DEFAULT).run("bench", "bench");
      out.printf(
          Locale.ROOT,
          "case: %d tapes from %d pictures and %d clips (made in %.0f s)%n",
          store.copies().tapes().size(),
          tapeImages,
          tapeVideos,
          (System.nanoTime() - t0) / 1e9);
    }
    Files.writeString(done, stamp, StandardCharsets.UTF_8);
    return pristine;
  }

  /** Deletes {@code dir} and everything under it, if it exists. */
  static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  /** A page linking every file, then a 200 response per file, gzipped per record. */
  private static Path writeWarc(Path file, List<Path> media) throws IOException {
    String base = "http://board.bench.invalid/";
    Instant at = Instant.parse("2026-03-01T10:00:00Z");
    StringBuilder page = new StringBuilder("<!doctype html><html><body>");
    for (int i = 0; i < media.size(); i++) {
      String name = media.get(i).getFileName().toString();
      page.append(name.endsWith(".mp4") ? "<video src=\"" : "<img src=\"")
          .append("/m/")
          .append(i)
          .append('/')
          .append(name)
          .append("\">");
    }
    page.append("</body></html>");
    try (FileChannel ch =
            FileChannel.open(
                file,
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        WarcWriter w = new WarcWriter(ch, WarcCompression.GZIP)) {
      w.write(
          response(
              base + "index.html",
              "text/html",
              page.toString().getBytes(StandardCharsets.UTF_8),
              at));
      for (int i = 0; i < media.size(); i++) {
        Path m = media.get(i);
        String name = m.getFileName().toString();
        w.write(
            response(
                base + "m/" + i + "/" + name,
                name.endsWith(".mp4") ? "video/mp4" : "image/jpeg",
                Files.readAllBytes(m),
                at.plusSeconds(i + 1)));
      }
    }
    return file;
  }

  private static WarcResponse response(String url, String type, byte[] body, Instant at)
      throws IOException {
    HttpResponse http =
        new HttpResponse.Builder(200, "OK").body(MediaType.parse(type), body).build();
    return new WarcResponse.Builder(URI.create(url))
        .date(at)
        .ipAddress(InetAddress.getLoopbackAddress())
        .body(http)
        .build();
  }

  /** jwarc alone: every record parsed and its payload read to the end. */
  private static Row floor(Path warc) throws IOException {
    long records = 0;
    byte[] buffer = new byte[1 << 16];
    try (ThreadDemand demand = ThreadDemand.start()) {
      long t0 = System.nanoTime();
      long c0 = ProcessCpu.nanos() - demand.ownCpuNanos();
      try (WarcReader reader = new WarcReader(warc)) {
        for (WarcRecord r : reader) {
          records++;
          try (InputStream in = r.body().stream()) {
            while (in.read(buffer) >= 0) {
              // drained: the floor reads what an import reads
            }
          }
        }
      }
      return new Row(
          "jwarc alone (floor)",
          records,
          Files.size(warc),
          (System.nanoTime() - t0) / 1e9,
          (ProcessCpu.nanos() - demand.ownCpuNanos() - c0) / 1e9,
          demand.mean());
    }
  }
}
