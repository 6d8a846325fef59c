package org.okju.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
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
 * media type. Each measured run ingests into a fresh temporary case.
 */
public final class IngestThroughputBench {
  /** One measured run. */
  public record Row(String what, long files, long bytes, double seconds) {
    double megabytesPerSecond() {
      return bytes / 1e6 / seconds;
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

  private final int threads = Runtime.getRuntime().availableProcessors();

  /** hashdeep's time over {@code dir}, or -1 when hashdeep is not installed. */
  public Row hashdeep(Path dir, long files, long bytes) throws IOException, InterruptedException {
    List<String> cmd = List.of("hashdeep", "-r", "-c", "md5,sha1,sha256", dir.toString());
    try {
      run(cmd); // warm-up: also brings the tree into the page cache
    } catch (IOException e) {
      return new Row("hashdeep (not installed)", files, bytes, Double.NaN);
    }
    long t = System.nanoTime();
    run(cmd);
    return new Row("hashdeep -r -c md5,sha1,sha256", files, bytes, (System.nanoTime() - t) / 1e9);
  }

  /** okju ingest into a fresh case. */
  public Row okju(Path dir, boolean fingerprints, Map<String, KindRow> kinds)
      throws IOException, InterruptedException {
    Path tmp = Files.createTempDirectory("okju-bench-ingest");
    try (CaseStore store = CaseStore.open(CaseLocation.directory(tmp.resolve("case")))) {
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
                          .observer(timing)
                          .provenance("bench", "okju bench ingest", "bench"))
              .run(dir);
      double seconds = (System.nanoTime() - t) / 1e9;
      perKind.forEach((k, v) -> kinds.put(k, new KindRow(k, v[0], v[1], v[2] / 1e9, threads)));
      return new Row(
          "okju ingest" + (fingerprints ? " (fingerprints)" : " --no-fingerprints"),
          s.readThisRun(),
          s.bytesThisRun(),
          seconds);
    } finally {
      try (Stream<Path> walk = Files.walk(tmp)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  /** Prints the side-by-side table and, when measured, the per-kind table. */
  public static void print(List<Row> rows, Map<String, KindRow> kinds, PrintStream out) {
    out.printf(Locale.ROOT, "%-40s %10s %10s %9s %9s%n", "tool", "files", "MB", "seconds", "MB/s");
    for (Row r : rows) {
      out.printf(
          Locale.ROOT,
          "%-40s %10d %10.1f %9.2f %9.1f%n",
          r.what(),
          r.files(),
          r.bytes() / 1e6,
          r.seconds(),
          r.megabytesPerSecond());
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
