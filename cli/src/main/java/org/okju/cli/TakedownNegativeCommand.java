package org.okju.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.okju.casefile.CaseStore;
import org.okju.monitor.TakedownDecisions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code okju takedown negative HASH...}: hashes that must never be exported nor matched. */
@Command(
    name = "negative",
    mixinStandardHelpOptions = true,
    description = {
      "Adds hashes to the case's negative bank, which is never exported and suppresses matches.",
      "For hashes a partner reported as false matches, or a reviewer found match unrelated"
          + " pictures: web copies near them (PDQ within 31 bits) or equal to them (MD5, SHA-256)"
          + " make no sighting in later imports, and okju export takedown --format"
          + " hma-bank|stopncii never offers them. Uniform, black and low-quality pictures and"
          + " frames are in the bank by rule. A custody entry."
    })
final class TakedownNegativeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CaseWriteOption caseOption;

  @Parameters(paramLabel = "HASH", arity = "1..*", description = "The hashes, lower-case hex.")
  List<String> hashes = new ArrayList<>();

  @Option(
      names = "--kind",
      required = true,
      paramLabel = "md5|sha256|pdq",
      description = "What the hashes are.")
  String kind;

  @Option(
      names = "--reason",
      paramLabel = "partner-false|reviewer-rejected|...",
      description = "Why they are negative (default: partner-false).")
  String reason = "partner-false";

  @Option(
      names = "--source",
      required = true,
      paramLabel = "NAME",
      description = "Who reported them: a partner's name, a reviewer.")
  String source;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter stdout = spec.commandLine().getOut();
    int added;
    try (CaseStore store = caseOption.openForWriting()) {
      try {
        added =
            new TakedownDecisions(store, caseOption.user, OkjuVersion.current())
                .addNegatives(kind, hashes, reason, source, Instant.now());
      } catch (IllegalArgumentException e) {
        throw CliException.usage(e.getMessage());
      }
    }
    stdout.println(
        "added "
            + added
            + " of "
            + hashes.size()
            + " "
            + kind
            + " hashes to the negative bank ("
            + reason
            + ", "
            + source
            + ")");
    stdout.flush();
    return ExitCode.OK;
  }
}
