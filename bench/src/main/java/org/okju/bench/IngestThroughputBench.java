package org.okju.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.okju.casefile.CaseLocation;
import org.okju.casefile.CaseStore;
import org.okju.ingest.Ingest;
import org.okju.ingest.IngestObserver;
import org.okju.ingest.IngestSummary;

/**
 * okju ingest beside {@code hashdeep -r -c md5,sha1,sha256} on the same tree in the same run, warm
 * cache: crypto hashes only ({@code --no-fingerprints}), then (optionally) with fingerprints, per
 * media type. Each okju run ingests into a fresh temporary case.
 *
 * <p>Both tools' times vary by a quarter from run to run on a shared two-core machine, and okju's
 * JIT keeps compiling through its first five or so runs (C2 still took 0.2-0.8 s of CPU in runs 3
 * to 6 of 12 copies of the test vectors); one run each decides nothing. So the JVM is warmed up
 * first (its first run is reported on its own line: what a single {@code okju ingest} of this tree
 * costs in CPU warm-up), then hashdeep and okju run alternately, so that a disturbance falls on
 * both, and the medians are compared.
 */
public final class IngestThroughputBench {
  /** Repeated runs of one tool over the same tree. */
  public record Runs(String what, long files, long bytes, List<Double> seconds) {
    public Runs {
      seconds = List.copyOf(seconds);
    }

    /** The median time; NaN when there was no run. */
    public double medianSeconds() {
      return Medians.of(seconds);
    }

    double megabytesPerSecond(double secs) {
      return bytes / 1e6 / secs;
    }
  }

  /** Worker time per media kind, from an ingest with fingerprints on. */
  public record KindRow(String kind, long files, long bytes, double workerSeconds, int threads) {
    double filesPerSecond() {
      return files / (workerSeconds / threads);
    }

    double megabytesPerSecond() {
      return bytes / 1e6 / (workerSeconds / threads);
    }
  }

  /** What {@link #compare} measured. */
  public record Comparison(Runs hashdeep, Runs okjuFirst, Runs okju) {
    /** okju's median rate over hashdeep's; NaN without hashdeep. */
    public double ratioOfMedians() {
      return hashdeep.medianSeconds() / okju.medianSeconds();
    }

    /** The ratio of each alternated pair of runs, in run order. */
    public List<Double> pairRatios() {
      List<Double> r = new ArrayList<>();
      for (int i = 0; i < Math.min(hashdeep.seconds().size(), okju.seconds().size()); i++) {
        r.add(hashdeep.seconds().get(i) / okju.seconds().get(i));
      }
      return r;
    }
  }

  private static final String HASHDEEP = "hashdeep -r -c md5,sha1,sha256";

  private final int threads = Runtime.getRuntime().availableProcessors();
  private Path emptyCase;

  /**
   * hashdeep once to fill the page cache, okju {@code warmups} times (the first reported), then
   * {@code runs} alternated rounds of hashdeep and okju {@code --no-fingerprints}.
   */
  public Comparison compare(Path dir, long files, long bytes, int warmups, int runs)
      throws IOException, InterruptedException {
    boolean haveHashdeep = hashdeepInstalled();
    if (haveHashdeep) {
      hashdeepSeconds(dir); // fills the page cache
    }
    List<Double> first = new ArrayList<>();
    for (int i = 0; i < Math.max(1, warmups); i++) {
      double s = okju(dir, false, new TreeMap<>()).seconds().get(0);
      if (i == 0) {
        first.add(s);
      }
    }
    List<Double> hashdeep = new ArrayList<>();
    List<Double> okju = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      if (haveHashdeep) {
        hashdeep.add(hashdeepSeconds(dir));
      }
      okju.add(okju(dir, false, new TreeMap<>()).seconds().get(0));
    }
    return new Comparison(
        new Runs(haveHashdeep ? HASHDEEP : "hashdeep (not installed)", files, bytes, hashdeep),
        new Runs("okju ingest --no-fingerprints, JVM's 1st run", files, bytes, first),
        new Runs("okju ingest --no-fingerprints", files, bytes, okju));
  }

  /** Whether a {@code hashdeep} can be started. */
  static boolean hashdeepInstalled() throws InterruptedException {
    try {
      run(List.of("hashdeep", "-V"));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * hashdeep's time over {@code dir} in seconds.
   *
   * @throws IOException when it fails (a failed run has no time to compare)
   */
  double hashdeepSeconds(Path dir) throws IOException, InterruptedException {
    List<String> cmd = List.of("hashdeep", "-r", "-c", "md5,sha1,sha256", dir.toString());
    long t = System.nanoTime();
    run(cmd);
    return (System.nanoTime() - t) / 1e9;
  }

  /**
   * {@code rounds} alternated runs of okju with fingerprints, reading documents' text and OCR of
   * pages, and without ({@code --no-text}): what reading every document at ingest costs. {@code
   * kinds} gets the per-kind worker time of the first run with text.
   */
  public List<Runs> textOnAndOff(Path dir, int rounds, Map<String, KindRow> kinds)
      throws IOException, InterruptedException {
    List<Double> on = new ArrayList<>();
    List<Double> off = new ArrayList<>();
    long[] size = new long[2];
    for (int i = 0; i < Math.max(1, rounds); i++) {
      Runs withText = okju(dir, true, true, i == 0 ? kinds : new TreeMap<>());
      on.add(withText.seconds().get(0));
      size[0] = withText.files();
      size[1] = withText.bytes();
      off.add(okju(dir, true, false, new TreeMap<>()).seconds().get(0));
    }
    return List.of(
        new Runs("okju ingest (fingerprints, text)", size[0], size[1], on),
        new Runs("okju ingest (fingerprints) --no-text", size[0], size[1], off));
  }

  /** One okju ingest into a fresh case; {@code kinds} gets the worker time per media kind. */
  public Runs okju(Path dir, boolean fingerprints, Map<String, KindRow> kinds)
      throws IOException, InterruptedException {
    return okju(dir, fingerprints, fingerprints, kinds);
  }

  /**
   * One okju ingest into a fresh case, reading documents' text when {@code text}; {@code kinds}
   * gets the worker time per media kind.
   */
  public Runs okju(Path dir, boolean fingerprints, boolean text, Map<String, KindRow> kinds)
      throws IOException, InterruptedException {
    Path tmp = Files.createTempDirectory("okju-bench-ingest");
    CaseLocation.Directory caseDir = new CaseLocation.Directory(tmp.resolve("case"));
    try (CaseStore store = openCopyOfEmptyCase(caseDir)) {
      Map<String, long[]> perKind = new TreeMap<>();
      IngestObserver timing =
          new IngestObserver() {
            @Override
            public synchronized void processed(String kind, long bytes, long nanos) {
              long[] k = perKind.computeIfAbsent(kind, x -> new long[3]);
              k[0]++;
              k[1] += bytes;
              k[2] += nanos;
            }
          };
      long t = System.nanoTime();
      IngestSummary s =
          Ingest.create(
                  store,
                  c ->
                      c.threads(threads)
                          .fingerprints(fingerprints)
                          .text(text)
                          .observer(timing)
                          .provenance("bench", "okju bench ingest", "bench"))
              .run(dir);
      double seconds = (System.nanoTime() - t) / 1e9;
      perKind.forEach((k, v) -> kinds.put(k, new KindRow(k, v[0], v[1], v[2] / 1e9, threads)));
      return new Runs(
          "okju ingest"
              + (fingerprints ? " (fingerprints" + (text ? ", text)" : ") --no-text") : "")
              + (fingerprints ? "" : " --no-fingerprints"),
          s.readThisRun(),
          s.bytesThisRun(),
          List.of(seconds));
    } finally {
      try (Stream<Path> walk = Files.walk(tmp)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private CaseStore openCopyOfEmptyCase(CaseLocation.Directory caseDir) throws IOException {
    Files.createDirectories(caseDir.path());
    Files.copy(emptyCase(), caseDir.database());
    return CaseStore.open(caseDir);
  }

  /**
   * A new case's database, made once: each run starts from a copy of it. Creating the schema runs
   * Flyway, whose code the JIT would otherwise go on compiling during the measured runs (a real
   * {@code okju ingest} creates its case once).
   */
  private Path emptyCase() throws IOException {
    if (emptyCase == null) {
      CaseLocation.Directory dir =
          new CaseLocation.Directory(Files.createTempDirectory("okju-bench-empty-case"));
      CaseStore.open(dir).close(); // the schema is created on opening
      emptyCase = dir.database();
      // Deleted at exit in the reverse order: the file, then its directory.
      dir.path().toFile().deleteOnExit();
      emptyCase.toFile().deleteOnExit();
    }
    return emptyCase;
  }

  /** Prints the side-by-side table, the ratio and, when measured, the per-kind table. */
  public static void print(
      Comparison c, List<Runs> extra, Map<String, KindRow> kinds, PrintStream out) {
    out.printf(
        Locale.ROOT,
        "%-46s %7s %8s %5s %9s %9s  %s%n",
        "tool",
        "files",
        "MB",
        "runs",
        "median s",
        "MB/s",
        "MB/s range");
    List<Runs> rows = new ArrayList<>(List.of(c.hashdeep(), c.okju(), c.okjuFirst()));
    rows.addAll(extra);
    for (Runs r : rows) {
      double median = r.medianSeconds();
      DoubleSummaryStatistics range = summary(r.seconds());
      out.printf(
          Locale.ROOT,
          "%-46s %7d %8.1f %5d %9.2f %9.1f  %s%n",
          r.what(),
          r.files(),
          r.bytes() / 1e6,
          r.seconds().size(),
          median,
          r.megabytesPerSecond(median),
          r.seconds().size() < 2
              ? ""
              : String.format(
                  Locale.ROOT,
                  "%.1f-%.1f",
                  r.megabytesPerSecond(range.getMax()),
                  r.megabytesPerSecond(range.getMin())));
    }
    if (!c.hashdeep().seconds().isEmpty()) {
      DoubleSummaryStatistics pairs = summary(c.pairRatios());
      out.printf(
          Locale.ROOT,
          "%nokju / hashdeep, medians: %.2fx (alternated pairs %.2f-%.2fx)%n",
          c.ratioOfMedians(),
          pairs.getMin(),
          pairs.getMax());
    }
    if (!kinds.isEmpty()) {
      out.println();
      out.println("with fingerprints, per media type (worker time, both cores):");
      out.printf(
          Locale.ROOT, "%-12s %8s %10s %10s %9s%n", "kind", "files", "MB", "files/s", "MB/s");
      for (KindRow k : kinds.values()) {
        out.printf(
            Locale.ROOT,
            "%-12s %8d %10.1f %10.1f %9.1f%n",
            k.kind(),
            k.files(),
            k.bytes() / 1e6,
            k.filesPerSecond(),
            k.megabytesPerSecond());
      }
    }
  }

  private static DoubleSummaryStatistics summary(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).summaryStatistics();
  }

  private static void run(List<String> cmd) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(cmd)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (!p.waitFor(1, TimeUnit.HOURS) || p.exitValue() != 0) {
      throw new IOException(String.join(" ", cmd) + " failed");
    }
  }
}
