package org.okju.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code okju takedown stats}: how the takedowns of the case went. */
@Command(
    name = "takedown",
    mixinStandardHelpOptions = true,
    description = "Reports how the takedowns of the copies found on the web went.",
    subcommands = {TakedownStatsCommand.class})
final class TakedownGroupCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(), "okju takedown: stats is required");
  }
}
