package org.okju.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code okju bench}: throughput tables, okju beside the reference figure from the same run. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measures throughput and prints a table.",
    subcommands = {
      PdqBenchCommand.class,
      VpdqBenchCommand.class,
      IndexBenchCommand.class,
      CopiesBenchCommand.class,
      LedgerBenchCommand.class,
      IngestBenchCommand.class,
      WebBenchCommand.class,
      ImageBenchCommand.class,
      StartupBenchCommand.class,
      PagesBenchCommand.class,
      SearchBenchCommand.class,
      MonitorBenchCommand.class
    })
final class BenchCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
