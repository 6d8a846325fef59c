package org.okju.ledger;

import java.util.List;

/**
 * Something in the confirmed facts that cannot all be true, for a person to look at.
 *
 * @param kind {@code share-over-100}, {@code sum-mismatch} or {@code date-out-of-order}
 * @param facts the ids of the facts involved
 * @param message what is wrong, in words
 */
public record Inconsistency(String kind, List<Long> facts, String message) {
  public Inconsistency {
    facts = List.copyOf(facts);
  }

  /** Finds every inconsistency among {@code facts}. */
  static List<Inconsistency> find(List<LedgerView.FactView> facts) {
    List<Inconsistency> out = new java.util.ArrayList<>();
    java.util.Map<String, List<LedgerView.FactView>> deals = new java.util.TreeMap<>();
    List<LedgerView.FactView> shares =
        facts.stream()
            .filter(f -> f.type() == FactType.SHARE && f.percent().isPresent())
            .sorted(java.util.Comparator.comparingInt(f -> f.provenance().line()))
            .toList();
    java.util.Map<String, Integer> lastLine = new java.util.HashMap<>();
    java.util.Map<String, Integer> run = new java.util.HashMap<>();
    for (LedgerView.FactView f : shares) {
      String deal =
          f.provenance().doc() + "|" + f.date().orElse("?") + "|" + f.object().orElse("?");
      if (f.date().isEmpty()) {
        // An undated deal (lines under no date at all) is the shares written on one line or on
        // lines one after another: a cut written early and a list written later are two deals.
        int line = f.provenance().line();
        Integer last = lastLine.put(deal, line);
        if (last != null && line - last > 1) {
          run.merge(deal, 1, Integer::sum);
        }
        deal = deal + "|" + run.getOrDefault(deal, 0);
      }
      deals.computeIfAbsent(deal, k -> new java.util.ArrayList<>()).add(f);
    }
    for (var e : deals.entrySet()) {
      java.math.BigDecimal sum =
          e.getValue().stream()
              .map(f -> f.percent().get())
              .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
      if (sum.compareTo(java.math.BigDecimal.valueOf(100)) > 0) {
        out.add(
            new Inconsistency(
                "share-over-100",
                ids(e.getValue()),
                "shares of one deal add up to " + sum.toPlainString() + "%"));
      }
    }
    for (LedgerView.FactView s : facts) {
      if (s.type() != FactType.SHARE || s.amount().isEmpty() || s.percent().isEmpty()) {
        continue;
      }
      java.math.BigDecimal expected =
          s.amount().get().value().multiply(s.percent().get()).movePointLeft(2);
      for (LedgerView.FactView p : facts) {
        if (p.type() == FactType.PAYMENT
            && p.object().equals(s.subject())
            && p.date().equals(s.date())
            && p.amount().isPresent()
            && p.amount().get().currency().equals(s.amount().get().currency())
            && p.amount().get().value().compareTo(expected) != 0) {
          out.add(
              new Inconsistency(
                  "sum-mismatch",
                  List.of(s.id(), p.id()),
                  s.percent().get().toPlainString()
                      + "% of "
                      + s.amount().get()
                      + " is "
                      + new Money(expected, s.amount().get().currency())
                      + " but "
                      + p.amount().get()
                      + " was paid"));
        }
      }
    }
    java.util.Map<String, LedgerView.FactView> last = new java.util.HashMap<>();
    facts.stream()
        .sorted(
            java.util.Comparator.comparing((LedgerView.FactView f) -> f.provenance().doc())
                .thenComparingInt(f -> f.provenance().start()))
        .forEach(
            f -> {
              // 1/3 after 12/30 in a notebook of no written year is the new year, not disorder.
              if (f.calendarDate().isEmpty()) {
                return;
              }
              LedgerView.FactView before = last.get(f.provenance().doc());
              if (before != null
                  && f.date().get().compareTo(before.date().get()) < 0
                  && !f.flags().contains("relative")) {
                out.add(
                    new Inconsistency(
                        "date-out-of-order",
                        List.of(before.id(), f.id()),
                        f.date().get() + " is written after " + before.date().get()));
              }
              last.put(f.provenance().doc(), f);
            });
    return out;
  }

  private static List<Long> ids(List<LedgerView.FactView> fs) {
    return fs.stream().map(LedgerView.FactView::id).toList();
  }
}
