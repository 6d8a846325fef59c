package org.okju.cli;

import java.util.concurrent.Callable;
import org.okju.casefile.CaseStore;
import org.okju.ledger.LedgerView;
import org.okju.ledger.MoneyNetwork;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code okju network}: the money network of confirmed payments and shares. */
@Command(
    name = "network",
    mixinStandardHelpOptions = true,
    description = {
      "The money network: people, and the confirmed payments and shares between them.",
      "People as nodes, confirmed payments and shares as edges, with per-person totals and "
          + "the victims their money came from; inconsistencies (shares over 100%%, sums that do "
          + "not add up, dates out of order) are listed. Victims appear as pseudonyms."
    })
final class NetworkCommand implements Callable<Integer> {
  enum Format {
    json,
    dot,
    graphml,
    svg
  }

  @Spec CommandLine.Model.CommandSpec spec;
  @Mixin CaseOption options;

  @Option(names = "--format", description = "json, dot, graphml or svg (default ${DEFAULT-VALUE}).")
  Format format = Format.json;

  @Override
  public Integer call() {
    try (CaseStore store = options.openExisting()) {
      MoneyNetwork n = MoneyNetwork.of(LedgerView.load(store.ledger()));
      spec.commandLine()
          .getOut()
          .print(
              switch (format) {
                case json -> n.json() + "\n";
                case dot -> n.dot();
                case graphml -> n.graphml();
                case svg -> n.svg();
              });
      n.inconsistencies()
          .forEach(
              i ->
                  spec.commandLine()
                      .getErr()
                      .println("okju network: " + i.kind() + ": " + i.message()));
    }
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }
}
