package org.okju.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code okju} command. Exit codes (DESIGN.md): 0 ok, 1 failure with no finding, 2 bad usage, 3
 * partial (some items failed, the rest were done).
 */
@Command(
    name = "okju",
    mixinStandardHelpOptions = true,
    versionProvider = OkjuVersion.class,
    description = "Case workbench for taking down non-consensual intimate recordings.",
    subcommands = {
      PdqCommand.class,
      IngestCommand.class,
      FilesCommand.class,
      CopiesCommand.class,
      HashsetCommand.class,
      MatchCommand.class,
      DemoCommand.class,
      VpdqCommand.class,
      VpdqMatchCommand.class,
      VerifyCommand.class,
      ReportCommand.class,
      ExportCommand.class,
      LedgerCommand.class,
      NetworkCommand.class,
      TimelineCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class,
    })
public final class Okju implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs one command line and returns its exit code (for tests and the launcher). */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Okju());
    cl.setExecutionExceptionHandler(new UnexpectedErrorHandler());
    return cl;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a verb is required");
  }
}
