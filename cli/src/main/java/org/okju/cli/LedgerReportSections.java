package org.okju.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.okju.casefile.CaseStore;
import org.okju.ledger.LedgerView;
import org.okju.ledger.MoneyNetwork;
import org.okju.report.Html;
import org.okju.report.IdentityTable;
import org.okju.report.ReportContext;
import org.okju.report.ReportPlugins;
import org.okju.report.ReportSection;

/**
 * The ledger's part of the court report: confirmed facts with their quoted provenance, and the
 * money network as a figure. Only confirmed facts appear; victims appear by pseudonym (the identity
 * table feeds the report's privacy filter, so a real name left in a quote is replaced).
 */
final class LedgerReportSections {
  private LedgerReportSections() {}

  /** {@code plugins} with the ledger sections and identities of {@code store} when it has any. */
  static ReportPlugins addTo(ReportPlugins plugins, CaseStore store) {
    Map<String, String> realToPseudonym = new HashMap<>();
    store.ledger().identities().forEach((pseudonym, real) -> realToPseudonym.put(real, pseudonym));
    IdentityTable identities = () -> Map.copyOf(realToPseudonym);
    ReportPlugins with = plugins.withIdentities(identities);
    LedgerView view = LedgerView.load(store.ledger());
    List<LedgerView.FactView> confirmed = view.confirmed();
    if (view.facts().isEmpty()) {
      return with;
    }
    List<TapeLinks.Link> links = TapeLinks.of(store, LedgerView.load(store.ledger()));
    return with.withLedgerFacts(facts(confirmed, view.facts().size(), links))
        .withMoneyNetwork(network(MoneyNetwork.of(view)));
  }

  private static ReportSection facts(
      List<LedgerView.FactView> confirmed, int all, List<TapeLinks.Link> links) {
    return new ReportSection() {
      @Override
      public String id() {
        return "ledger-facts";
      }

      @Override
      public String title() {
        return "Confirmed ledger facts";
      }

      @Override
      public void render(ReportContext context, Html out) {
        out.element(
            "p",
            confirmed.size()
                + " of "
                + all
                + " suggested facts were confirmed by a reviewer; only those are listed. Each"
                + " quotes the line of the document it was read from.");
        out.open("table")
            .header("fact", "type", "who", "whom", "amount", "date", "place", "source");
        for (LedgerView.FactView f : confirmed) {
          String amount =
              f.amount()
                  .map(m -> m.value().toPlainString() + " " + m.currency())
                  .orElse(f.percent().map(p -> p.toPlainString() + "%").orElse(""));
          LedgerView.MentionView p = f.provenance();
          out.row(
              "F" + f.id(),
              f.type().code(),
              context.privacy().text(f.subject().orElse("")),
              context.privacy().text(f.object().orElse("")),
              amount,
              f.date().orElse(""),
              context.privacy().text(f.place().orElse("")),
              context.privacy().text(p.doc() + ":" + p.line() + " \u201c" + p.text() + "\u201d"));
        }
        out.close("table");
        if (!links.isEmpty()) {
          out.element("p", "Tapes the diary names, matched to catalogued files by their names:");
          out.open("table").header("fact", "title in the diary", "file", "tape");
          for (TapeLinks.Link l : links) {
            out.row(
                "F" + l.fact(), l.title(), context.privacy().path(l.item()), l.tape().orElse(""));
          }
          out.close("table");
        }
      }
    };
  }

  private static ReportSection network(MoneyNetwork network) {
    return new ReportSection() {
      @Override
      public String id() {
        return "money-network";
      }

      @Override
      public String title() {
        return "Money network";
      }

      @Override
      public void render(ReportContext context, Html out) {
        out.element(
            "p",
            "People as nodes, payments and shares from confirmed facts as edges; victims by"
                + " pseudonym.");
        out.open("div", "class", "figure").svgFigure(network.svg()).close("div");
        for (var i : network.inconsistencies()) {
          out.element("p", "Inconsistency: " + context.privacy().text(i.message()));
        }
      }
    };
  }
}
