package org.okju.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.okju.bench.IngestThroughputBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code okju bench ingest DIR}. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Measures okju ingest beside hashdeep on the same tree.",
      "okju ingest beside hashdeep -r -c md5,sha1,sha256 on DIR in the same run, warm "
          + "cache: crypto hashes only, after okju's warm-up runs, the two alternated and their "
          + "medians compared; then (without --no-fingerprints) runs with fingerprints reading "
          + "every document's text and OCR of pages, alternated with runs that do not "
          + "(--no-text), and the worker time per media type."
    })
final class IngestBenchCommand implements Callable<Integer> {
  @Parameters(paramLabel = "DIR", description = "The tree to ingest (read-only).")
  Path dir;

  @Option(names = "--no-fingerprints", description = "Only the crypto-hash comparison.")
  boolean noFingerprints;

  @Option(
      names = "--runs",
      description = "Alternated runs of hashdeep and okju compared (default ${DEFAULT-VALUE}).")
  int runs = 5;

  @Option(
      names = "--warmup",
      description = "okju runs before the measured ones (default ${DEFAULT-VALUE}).")
  int warmups = 5;

  @Option(
      names = "--text-runs",
      paramLabel = "N",
      description =
          "Alternated runs with fingerprints, reading documents' text and not (--no-text),"
              + " compared (default ${DEFAULT-VALUE}).")
  int textRuns = 3;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    long[] totals = new long[2];
    try (var walk = Files.walk(dir)) {
      walk.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
          .forEach(
              p -> {
                totals[0]++;
                totals[1] += p.toFile().length();
              });
    }
    IngestThroughputBench bench = new IngestThroughputBench();
    IngestThroughputBench.Comparison comparison =
        bench.compare(dir, totals[0], totals[1], warmups, Math.max(1, runs));
    List<IngestThroughputBench.Runs> extra = new ArrayList<>();
    java.util.Map<String, IngestThroughputBench.KindRow> kinds = new java.util.TreeMap<>();
    if (!noFingerprints) {
      extra.addAll(bench.textOnAndOff(dir, Math.max(1, textRuns), kinds));
    }
    IngestThroughputBench.print(comparison, extra, kinds, out);
    return ExitCode.OK;
  }
}
