package org.okju.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
      "Makes pictures (crops of the reference photos) and H.264 clips at run time, a case whose"
          + " tapes are the first of them, and one gzipped WARC holding them all; then times"
          + " jwarc reading every record and payload (the floor), okju monitor import of the WARC"
          + " against the case, and okju ingest of the same media as a folder: records/s, MB/s"
          + " and ms a media record. Everything is written under a temporary directory."
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

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Path vectors = TestVectorLocation.threatExchange();
    Path work = Files.createTempDirectory("okju-bench-monitor-");
    Path photos = vectors.resolve("pdq/data/bridge-mods");
    MonitorThroughputBench.run(
        work,
        vectors.resolve("pdq/data"),
        List.of(photos.resolve("aaa-orig.jpg")),
        Math.max(1, images),
        Math.max(1, videos),
        Math.max(1, tapes),
        out);
    out.println("(corpus and cases under " + work + ")");
    return ExitCode.OK;
  }
}
