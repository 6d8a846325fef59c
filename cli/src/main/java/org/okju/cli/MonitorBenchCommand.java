package org.okju.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.okju.bench.MonitorThroughputBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code okju bench monitor}: a web capture's import beside jwarc alone and okju ingest. */
@Command(
    name = "monitor",
    mixinStandardHelpOptions = true,
    description = {
      "Measures okju monitor import of a WARC beside jwarc alone and okju ingest of the same media.",
      "Makes pictures (windows of the reference photos under random shapes, all different to"
          + " the copy detector) and H.264 clips at run time, a case whose tapes are the first of"
          + " them, and one gzipped WARC holding them all; then times jwarc reading every record"
          + " and payload (the floor), okju monitor import of the WARC against the case, and okju"
          + " ingest of the same media as a folder: records/s, MB/s, CPU-seconds, cores busy,"
          + " threads wanting a core and ms a media record. The corpus, case and WARC stay under"
          + " --dir and a later run with the same counts reuses them."
    })
final class MonitorBenchCommand implements Callable<Integer> {
  @Option(
      names = "--images",
      paramLabel = "N",
      description = "Pictures in the WARC (default ${DEFAULT-VALUE}).")
  int images = 2000;

  @Option(
      names = "--videos",
      paramLabel = "N",
      description = "Clips of 4 s in the WARC (default ${DEFAULT-VALUE}).")
  int videos = 20;

  @Option(
      names = "--tapes",
      paramLabel = "N",
      description = "Pictures in the case's seized folder (default ${DEFAULT-VALUE}).")
  int tapes = 100;

  @Option(
      names = "--rounds",
      paramLabel = "N",
      description =
          "Import and ingest this many times each, import first in odd rounds and ingest first in"
              + " even ones (2 cancels a steady drift of the machine's load); the ratio is the"
              + " median (default ${DEFAULT-VALUE}).")
  int rounds = 1;

  @Option(
      names = "--dir",
      paramLabel = "DIR",
      description =
          "Work directory, kept for later runs (default: okju-bench-monitor under the system's"
              + " temporary directory).")
  Path dir = Path.of(System.getProperty("java.io.tmpdir"), "okju-bench-monitor");

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Path vectors = TestVectorLocation.threatExchange();
    Path work = Files.createDirectories(dir);
    MonitorThroughputBench.run(
        work,
        vectors.resolve("pdq/data"),
        Math.max(1, images),
        Math.max(1, videos),
        Math.max(1, tapes),
        Math.max(1, rounds),
        out);
    out.println("(corpus, cases and WARC kept under " + work + ")");
    return ExitCode.OK;
  }
}
