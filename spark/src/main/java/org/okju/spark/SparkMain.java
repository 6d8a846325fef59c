package org.okju.spark;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code okju spark ...} and {@code okju bench spark}: the Spark module's own entry point, started
 * by the launcher with Spark's class path (never part of the okju CLI jar). Exit codes as okju's: 0
 * ok, 1 failure with no result, 2 bad usage, 3 partial (some files are error rows).
 */
@Command(
    name = "okju spark",
    mixinStandardHelpOptions = true,
    description = {
      "Fingerprinting and matching on Apache Spark: okju's own fingerprint and index code on the",
      "executors, Parquet in and out."
    },
    subcommands = {
      FingerprintCommand.class,
      MatchCommand.class,
      SparkBenchCommand.class,
      CaseExportCommand.class,
      ImportCommand.class
    })
public final class SparkMain implements Callable<Integer> {
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs one command line and returns its exit code. */
  public static int run(String... args) {
    CommandLine cl = new CommandLine(new SparkMain());
    cl.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println("okju spark: " + e.getMessage());
          commandLine.getErr().flush();
          return e instanceof IllegalArgumentException ? 2 : 1;
        });
    return cl.execute(args);
  }

  @Override
  public Integer call() {
    throw new CommandLine.ParameterException(
        new CommandLine(this), "a command is required: fingerprint or match");
  }
}
