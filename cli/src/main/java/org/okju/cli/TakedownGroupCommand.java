package org.okju.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code okju takedown stats|victim|negative}: the takedown team's statistics and records. */
@Command(
    name = "takedown",
    mixinStandardHelpOptions = true,
    description = {
      "Reports on and records the takedown of the copies found on the web.",
      "stats: how the takedowns went; victim: which victim a tape shows; negative: hashes never"
          + " exported nor matched."
    },
    subcommands = {
      TakedownStatsCommand.class,
      TakedownVictimCommand.class,
      TakedownNegativeCommand.class
    })
final class TakedownGroupCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(), "okju takedown: stats, victim or negative is required");
  }
}
