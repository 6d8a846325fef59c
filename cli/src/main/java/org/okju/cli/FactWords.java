package org.okju.cli;

import java.util.List;
import org.okju.ledger.LedgerView;
import org.okju.ledger.SuggestedFact;
import org.okju.report.ReportContext;
import org.okju.report.Words;

/**
 * A confirmed fact as the report prints it: its type in words, its parties with an arrow where
 * money moves (payer → payee; a victim's takings → the one who gets a share), the amount with
 * thousands separators, and the quoted line it was read from. Every name passes the privacy filter.
 * Stateless.
 */
final class FactWords {
  private FactWords() {}

  static String type(LedgerView.FactView f, Words w) {
    String key = "fact.type." + f.type().code();
    return w.has(key) ? w.get(key) : f.type().code();
  }

  /**
   * A text of the ledger as the report prints it: withheld names as pseudonyms, and the diary's
   * writer, a party to facts but no person, in the report's language ("(author)", "(작성자)").
   */
  static String shown(String text, ReportContext context) {
    return context
        .privacy()
        .text(text)
        .replace(SuggestedFact.AUTHOR, context.words().get("party.author"));
  }

  static String parties(LedgerView.FactView f, ReportContext context) {
    String s = shown(f.subject().orElse(""), context);
    String o = shown(f.object().orElse(""), context);
    if (s.isEmpty() || o.isEmpty()) {
      return s + o;
    }
    return switch (f.type()) {
      case PAYMENT -> s + " \u2192 " + o;
      case SHARE -> o + " \u2192 " + s;
      default -> s + ": " + o;
    };
  }

  static String amount(LedgerView.FactView f, Words w) {
    if (f.type() == org.okju.ledger.FactType.SHARE && f.percent().isPresent()) {
      return f.percent().get().stripTrailingZeros().toPlainString() + "%";
    }
    return f.amount()
        .map(m -> w.amount(m.value()) + " " + m.currency())
        .orElse(f.percent().map(p -> p.stripTrailingZeros().toPlainString() + "%").orElse(""));
  }

  static String source(LedgerView.FactView f, ReportContext context) {
    LedgerView.MentionView p = f.provenance();
    return context.privacy().text(p.doc() + ":" + p.line() + " \u201c" + p.text() + "\u201d");
  }

  static String place(LedgerView.FactView f, ReportContext context) {
    return context.privacy().text(f.place().orElse(""));
  }

  /** "2 payments, 5 shares" in {@code w}'s language, types in their order. */
  static String breakdown(List<LedgerView.FactView> facts, Words w) {
    StringBuilder b = new StringBuilder();
    for (org.okju.ledger.FactType t : org.okju.ledger.FactType.values()) {
      long n = facts.stream().filter(f -> f.type() == t).count();
      if (n > 0) {
        b.append(b.length() == 0 ? "" : ", ").append(w.counted("fact.count." + t.code(), n));
      }
    }
    return b.toString();
  }
}
