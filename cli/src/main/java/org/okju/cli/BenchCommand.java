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
import org.okju.bench.PdqCorpus;
import org.okju.bench.PdqThroughputBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code okju bench}: throughput tables, okju beside the reference figure from the same run. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measures throughput and prints a table.",
    subcommands = {BenchCommand.Pdq.class, BenchCommand.IngestBench.class})
final class BenchCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code okju bench pdq [DIR]}. */
  @Command(
      name = "pdq",
      mixinStandardHelpOptions = true,
      description = {
        "PDQ images/s and MB/s, full resolution and --downsample-512, 1 thread and all cores,",
        "beside JDK decoding alone. Without DIR, builds a corpus of 2560x1600 and 512x320 JPEGs",
        "from the reference test photos in a temporary directory."
      })
  static final class Pdq implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "DIR", description = "Images to hash instead.")
    Path dir;

    @Option(
        names = "--large",
        description = "Number of 2560x1600 images (default ${DEFAULT-VALUE}).")
    int large = 60;

    @Option(names = "--small", description = "Number of 512x320 images (default ${DEFAULT-VALUE}).")
    int small = 400;

    @Option(
        names = "--sources",
        paramLabel = "DIR",
        description = "Photos to build the corpus from (default: the shared test vectors).")
    Path sources;

    @Override
    public Integer call() throws IOException, InterruptedException {
      PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
      PdqThroughputBench bench = new PdqThroughputBench();
      List<PdqThroughputBench.Row> rows = new ArrayList<>();
      if (dir != null) {
        List<Path> files =
            InputFiles.expand(List.of(dir), spec.commandLine().getErr(), "bench").files();
        rows.addAll(bench.run(dir.getFileName().toString(), files));
      } else {
        Path sourceDir = sources != null ? sources : TestVectorLocation.pdqData();
        var photos = PdqCorpus.sourcePhotos(sourceDir);
        Path tmp = Files.createTempDirectory("okju-bench-pdq");
        try {
          rows.addAll(
              bench.run("2560x1600 JPEG", PdqCorpus.large(photos, large, tmp.resolve("large"))));
          rows.addAll(
              bench.run("512x320 JPEG", PdqCorpus.small(photos, small, tmp.resolve("small"))));
        } finally {
          TempTree.delete(tmp);
        }
      }
      PdqThroughputBench.print(rows, out);
      return ExitCode.OK;
    }
  }

  /** {@code okju bench ingest DIR}. */
  @Command(
      name = "ingest",
      mixinStandardHelpOptions = true,
      description = {
        "okju ingest beside hashdeep -r -c md5,sha1,sha256 on DIR in the same run, warm cache:",
        "crypto hashes only (--no-fingerprints), then with fingerprints, per media type."
      })
  static final class IngestBench implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "The tree to ingest (read-only).")
    Path dir;

    @Option(names = "--no-fingerprints", description = "Only the crypto-hash comparison.")
    boolean noFingerprints;

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
      List<IngestThroughputBench.Row> rows = new ArrayList<>();
      java.util.Map<String, IngestThroughputBench.KindRow> kinds = new java.util.TreeMap<>();
      rows.add(bench.hashdeep(dir, totals[0], totals[1]));
      bench.okju(dir, false, new java.util.TreeMap<>()); // warm-up: JIT and page cache
      rows.add(bench.okju(dir, false, new java.util.TreeMap<>()));
      if (!noFingerprints) {
        rows.add(bench.okju(dir, true, kinds));
      }
      IngestThroughputBench.print(rows, kinds, out);
      return ExitCode.OK;
    }
  }
}
