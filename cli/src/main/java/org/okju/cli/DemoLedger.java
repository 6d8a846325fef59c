package org.okju.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.okju.casefile.CaseStore;
import org.okju.ledger.LedgerCase;
import org.okju.ledger.LedgerView;
import org.okju.ledger.MoneyNetwork;
import org.okju.ledger.Timeline;
import org.okju.report.ReportLanguage;
import org.okju.report.Words;

/**
 * The demo's reading of the fictional diary: the facts suggested from the catalogued documents,
 * confirmed by a demo reviewer (in a real case a person decides each one with {@code okju ledger
 * confirm|reject|edit}), then the money network and the timeline, printed.
 */
final class DemoLedger {
  static final String REVIEWER = "okju-demo-reviewer";

  /** Amounts as the report writes them: 3,300,000. */
  private static final Words AMOUNTS = Words.of(ReportLanguage.EN);

  private DemoLedger() {}

  static void confirmAllAndPrint(CaseStore store, PrintWriter out) {
    LedgerCase ledger = new LedgerCase(store, OkjuVersion.current(), java.time.Clock.systemUTC());
    LedgerView view = LedgerView.load(store.ledger());
    int suggested = 0;
    for (LedgerView.FactView f : view.facts()) {
      if (f.status().equals("suggested")) {
        ledger.confirm(f.id(), REVIEWER);
        suggested++;
      }
    }
    int roles = ledger.confirmSuggestedRoles(REVIEWER);
    out.println();
    out.println(
        "Ledger: "
            + suggested
            + " facts suggested from the diary and "
            + roles
            + " people's roles; the demo confirms them all as '"
            + REVIEWER
            + "' (logged). Victims and people of unknown role stay pseudonymised.");
    LedgerView confirmed = LedgerView.load(store.ledger());
    MoneyNetwork network = MoneyNetwork.of(confirmed);
    out.println();
    out.println("Money network (who received what; victims by pseudonym):");
    for (Map.Entry<String, MoneyNetwork.Totals> p : network.people().entrySet()) {
      MoneyNetwork.Totals t = p.getValue();
      if (t.received().isEmpty() && t.paid().isEmpty()) {
        continue;
      }
      out.printf(
          "  %-12s received %-18s paid %-28s%s%n",
          p.getKey(),
          amounts(t.received()),
          amounts(t.paid()),
          t.victims().isEmpty() ? "" : " money from " + String.join(", ", t.victims()));
    }
    network.inconsistencies().forEach(i -> out.println("  ! " + i.message()));
    out.println();
    out.println("Timeline (date, fact, who, whom, how much):");
    for (LedgerView.FactView f : Timeline.of(confirmed).events()) {
      out.printf(
          "  %-10s %-9s %s%s%s%s%n",
          f.date().orElse("?"),
          f.type().code(),
          f.subject().orElse(""),
          f.object().map(o -> " -> " + o).orElse(""),
          f.amount().map(m -> "  " + AMOUNTS.amount(m.value()) + " " + m.currency()).orElse(""),
          f.percent().map(p -> "  " + p.stripTrailingZeros().toPlainString() + "%").orElse(""));
    }
    List<TapeLinks.Link> links = TapeLinks.of(store, confirmed);
    if (!links.isEmpty()) {
      out.println();
      out.println("Tapes named in the diary, found in the case:");
      for (TapeLinks.Link l : links) {
        out.printf(
            "  F%d %-8s -> %s%s%n",
            l.fact(),
            l.title(),
            confirmed.disclosure().text(l.item().path().display()),
            l.tape().map(t -> " (" + t + ")").orElse(""));
      }
    }
  }

  private static String amounts(Map<String, BigDecimal> byCurrency) {
    if (byCurrency.isEmpty()) {
      return "-";
    }
    StringBuilder b = new StringBuilder();
    byCurrency.forEach(
        (currency, value) ->
            b.append(b.length() == 0 ? "" : " + ")
                .append(AMOUNTS.amount(value))
                .append(' ')
                .append(currency));
    return b.toString();
  }
}
