package org.okju.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.okju.casefile.CaseStore;
import org.okju.monitor.TakedownDecisions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code okju takedown victim T-001 V-001}: a tape shows a victim. */
@Command(
    name = "victim",
    mixinStandardHelpOptions = true,
    description = {
      "Records that a tape shows a victim, by pseudonym.",
      "The notices name the victim by this pseudonym, okju report victim counts the tape's copies,"
          + " and the tape's copies on the drive count as confirmed for okju export takedown"
          + " --format hma-bank|stopncii. A name is refused: it must not leave the identity table."
          + " A custody entry."
    })
final class TakedownVictimCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CaseWriteOption caseOption;

  @Parameters(index = "0", paramLabel = "TAPE", description = "The tape (T-001).")
  String tape;

  @Parameters(index = "1", paramLabel = "VICTIM", description = "The victim's pseudonym (V-001).")
  String pseudonym;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter stdout = spec.commandLine().getOut();
    try (CaseStore store = caseOption.openForWriting()) {
      try {
        new TakedownDecisions(store, caseOption.user, OkjuVersion.current())
            .linkVictim(tape, pseudonym, Instant.now());
      } catch (IllegalArgumentException e) {
        throw CliException.usage(e.getMessage());
      }
    }
    stdout.println(tape + " shows " + pseudonym);
    stdout.flush();
    return ExitCode.OK;
  }
}
