package org.okju.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code okju bench web}: the workbench under concurrent API clients. */
@Command(
    name = "web",
    mixinStandardHelpOptions = true,
    description = {
      "Measures the workbench's catalogue under concurrent API clients beside a static file.",
      "Generates a case of catalogue rows (1,000,000 by default; no files behind them), starts"
          + " the workbench on it, and runs concurrent API clients paging the catalogue and"
          + " opening an item of every page, beside the same clients fetching a static file from"
          + " the same server (the floor): throughput and p50/p95/p99 latency. Then one client"
          + " times the first page of filtered and sorted views of the whole catalogue."
    })
final class WebBenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--items",
      paramLabel = "N",
      description = "Catalogue rows to generate (default ${DEFAULT-VALUE}).")
  int items = 1_000_000;

  @Option(
      names = "--clients",
      paramLabel = "N",
      description = "Concurrent clients (default ${DEFAULT-VALUE}).")
  int clients = 50;

  @Option(
      names = "--seconds",
      paramLabel = "S",
      description = "Seconds each load is measured (default ${DEFAULT-VALUE}).")
  int seconds = 60;

  @Option(
      names = "--warmup",
      paramLabel = "S",
      description = "Seconds of unmeasured load first (default ${DEFAULT-VALUE}).")
  int warmup = 10;

  @Option(
      names = "--repeats",
      paramLabel = "N",
      description = "Repeats of each filtered first page (default ${DEFAULT-VALUE}).")
  int repeats = 20;

  @Option(
      names = "--work",
      paramLabel = "DIR",
      description =
          "Keep the generated case in DIR and reuse it on the next run with the same --items"
              + " (default: a temporary directory, deleted afterwards).")
  Path work;

  @Option(
      names = "--seed",
      description = "Seed of the generated rows and the clients (default ${DEFAULT-VALUE}).")
  long seed = 12;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (items < 1 || clients < 1 || seconds < 1 || warmup < 0 || repeats < 1) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(),
          "--items, --clients, --seconds and --repeats are at least 1, --warmup at least 0");
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Path dir = work != null ? work : Files.createTempDirectory("okju-bench-web");
    try {
      Files.createDirectories(dir);
      org.okju.bench.WebBench.Result r =
          new org.okju.bench.WebBench()
              .run(
                  new org.okju.bench.WebBench.Options(
                      items,
                      clients,
                      java.time.Duration.ofSeconds(seconds),
                      java.time.Duration.ofSeconds(warmup),
                      repeats,
                      dir,
                      seed),
                  new PrintStream(System.err, true, StandardCharsets.UTF_8));
      org.okju.bench.WebBench.print(r, out);
      return ExitCode.OK;
    } finally {
      if (work == null) {
        TempTree.delete(dir);
      }
    }
  }
}
