package org.okju.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.okju.casefile.CaseStore;
import org.okju.monitor.Platforms;
import org.okju.monitor.TakedownDecisions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code okju sightings confirm|reject}: a reviewer's decision on one sighting. */
final class SightingReviewCommands {
  private SightingReviewCommands() {}

  /** The options both decisions take, and the run. */
  abstract static class Decision implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin CaseWriteOption caseOption;

    @Parameters(index = "0", paramLabel = "URL", description = "The sighting's media URL.")
    String url;

    @Option(
        names = "--tape",
        required = true,
        paramLabel = "T-001",
        description = "The tape the sighting is a copy of.")
    String tape;

    abstract String decision();

    abstract String reason();

    @Override
    public Integer call() throws InterruptedException {
      PrintWriter stdout = spec.commandLine().getOut();
      try (CaseStore store = caseOption.openForWriting()) {
        try {
          new TakedownDecisions(store, caseOption.user, OkjuVersion.current())
              .review(url, tape, decision(), reason(), Instant.now());
        } catch (IllegalArgumentException e) {
          throw CliException.usage(e.getMessage());
        } catch (Platforms.BadRegistryException e) {
          throw CliException.failure("the case's platform registry: " + e.getMessage());
        }
      }
      stdout.println(decision() + " the sighting of " + tape + " at " + url);
      stdout.flush();
      return ExitCode.OK;
    }
  }

  @Command(
      name = "confirm",
      mixinStandardHelpOptions = true,
      description = {
        "Records that a reviewer confirmed a sighting shows the tape.",
        "A confirmed sighting goes to partners as confirmed (okju export takedown --format"
            + " hma-bank|stopncii); the decision replaces an earlier one and is a custody entry."
      })
  static final class Confirm extends Decision {
    @Option(
        names = "--reason",
        paramLabel = "TEXT",
        description = "Why, for the custody log (default: none given).")
    String reason = "";

    @Override
    String decision() {
      return "confirmed";
    }

    @Override
    String reason() {
      return reason;
    }
  }

  @Command(
      name = "reject",
      mixinStandardHelpOptions = true,
      description = {
        "Records that a reviewer found a sighting is not a copy of the tape.",
        "A rejected sighting is no sighting any more: it leaves the list, the notices, the"
            + " statistics and the exports. The decision replaces an earlier one and is a custody"
            + " entry; to keep the same picture from matching again, add its hashes to the"
            + " negative bank (okju takedown negative)."
      })
  static final class Reject extends Decision {
    @Option(
        names = "--reason",
        required = true,
        paramLabel = "TEXT",
        description = "Why, for the custody log.")
    String reason;

    @Override
    String decision() {
      return "rejected";
    }

    @Override
    String reason() {
      return reason;
    }
  }
}
