package org.okju.cli;

import java.util.concurrent.Callable;
import org.okju.casefile.CaseStore;
import org.okju.ledger.LedgerView;
import org.okju.ledger.Timeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code okju timeline}: confirmed meetings, recordings and payments in date order. */
@Command(
    name = "timeline",
    mixinStandardHelpOptions = true,
    description = {
      "Confirmed facts in date order, inconsistencies flagged.",
      "Victims appear as pseudonyms."
    })
final class TimelineCommand implements Callable<Integer> {
  enum Format {
    csv,
    json,
    svg
  }

  @Spec CommandLine.Model.CommandSpec spec;
  @Mixin CaseOption options;

  @Option(names = "--format", description = "csv, json or svg (default ${DEFAULT-VALUE}).")
  Format format = Format.csv;

  @Override
  public Integer call() {
    try (CaseStore store = options.openExisting()) {
      Timeline t = Timeline.of(LedgerView.load(store.ledger()));
      spec.commandLine()
          .getOut()
          .print(
              switch (format) {
                case csv -> t.csv();
                case json -> t.json() + "\n";
                case svg -> t.svg();
              });
    }
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }
}
