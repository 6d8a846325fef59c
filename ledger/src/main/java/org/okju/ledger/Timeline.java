package org.okju.ledger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Confirmed meetings, recordings, payments, shares and supplies in date order (undated ones last,
 * in reading order), with the inconsistencies found among them. Renders as CSV, JSON or SVG.
 */
public final class Timeline {
  private final List<LedgerView.FactView> events;
  private final List<Inconsistency> inconsistencies;

  private Timeline(List<LedgerView.FactView> events, List<Inconsistency> inconsistencies) {
    this.events = events;
    this.inconsistencies = inconsistencies;
  }

  /** The timeline of the confirmed facts of {@code view}. */
  public static Timeline of(LedgerView view) {
    List<LedgerView.FactView> facts = view.confirmed();
    List<LedgerView.FactView> sorted =
        facts.stream()
            .sorted(
                // A day of no known year keeps its document's order, after the calendar's.
                Comparator.comparing((LedgerView.FactView f) -> f.calendarDate().orElse("9999"))
                    .thenComparing(f -> f.provenance().doc())
                    .thenComparingInt(f -> f.provenance().start()))
            .toList();
    return new Timeline(sorted, Inconsistency.find(facts));
  }

  public List<LedgerView.FactView> events() {
    return events;
  }

  public List<Inconsistency> inconsistencies() {
    return inconsistencies;
  }

  /** CSV: {@code date,type,fact,subject,object,amount,currency,percent,place,doc,line,flags}. */
  public String csv() {
    StringBuilder b =
        new StringBuilder(
            "date,type,fact,subject,object,amount,currency,percent,place,doc,line,flags\n");
    for (LedgerView.FactView f : events) {
      String flags = String.join(" ", flagsOf(f));
      b.append(
              String.join(
                  ",",
                  List.of(
                      f.date().orElse(""),
                      f.type().code(),
                      "F" + f.id(),
                      csv(f.subject().orElse("")),
                      csv(f.object().orElse("")),
                      f.amount().map(m -> m.value().toPlainString()).orElse(""),
                      f.amount().map(Money::currency).orElse(""),
                      f.percent().map(p -> p.toPlainString()).orElse(""),
                      csv(f.place().orElse("")),
                      csv(f.provenance().doc()),
                      Integer.toString(f.provenance().line()),
                      csv(flags))))
          .append('\n');
    }
    return b.toString();
  }

  private List<String> flagsOf(LedgerView.FactView f) {
    return inconsistencies.stream()
        .filter(i -> i.facts().contains(f.id()))
        .map(Inconsistency::kind)
        .distinct()
        .toList();
  }

  /** JSON: {@code {"events":[…],"inconsistencies":[…]}}. */
  public String json() {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    ArrayNode es = root.putArray("events");
    for (LedgerView.FactView f : events) {
      ObjectNode n =
          es.addObject()
              .put("date", f.date().orElse(null))
              .put("type", f.type().code())
              .put("fact", "F" + f.id())
              .put("subject", f.subject().orElse(null))
              .put("object", f.object().orElse(null))
              .put("place", f.place().orElse(null))
              .put("doc", f.provenance().doc())
              .put("line", f.provenance().line());
      f.amount()
          .ifPresent(
              m -> n.putObject("amount").put("value", m.value()).put("currency", m.currency()));
      f.percent().ifPresent(p -> n.put("percent", p));
      ArrayNode flags = n.putArray("flags");
      flagsOf(f).forEach(flags::add);
    }
    MoneyNetwork.inconsistencies(root.putArray("inconsistencies"), inconsistencies);
    return root.toPrettyString();
  }

  /** SVG: one row per event, date on the left, flagged events in red. */
  public String svg() {
    int h = 30 + 22 * events.size();
    StringBuilder b =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"900\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">%n",
                h));
    b.append("  <line x1=\"100\" y1=\"10\" x2=\"100\" y2=\"")
        .append(h - 10)
        .append("\" stroke=\"#999\"/>\n");
    int y = 30;
    for (LedgerView.FactView f : events) {
      boolean flagged = !flagsOf(f).isEmpty();
      String what =
          f.type().code()
              + " "
              + f.subject().orElse("?")
              + " → "
              + f.object().orElse("?")
              + f.amount().map(m -> " " + m).orElse("")
              + f.percent().map(p -> " " + p.toPlainString() + "%").orElse("")
              + f.place().map(p -> " @ " + p).orElse("")
              + (flagged ? " ⚠ " + String.join(", ", flagsOf(f)) : "");
      b.append(
          String.format(
              Locale.ROOT,
              "  <circle cx=\"100\" cy=\"%d\" r=\"4\" fill=\"%s\"/><text x=\"8\" y=\"%d\">%s</text>"
                  + "<text x=\"112\" y=\"%d\" fill=\"%s\">%s</text>%n",
              y - 4,
              flagged ? "#c00" : "#336",
              y,
              f.date().orElse("undated"),
              y,
              flagged ? "#c00" : "#000",
              MoneyNetwork.xml(what)));
      y += 22;
    }
    return b.append("</svg>\n").toString();
  }

  private static String csv(String s) {
    return s.contains(",") || s.contains("\"") || s.contains("\n")
        ? "\"" + s.replace("\"", "\"\"") + "\""
        : s;
  }
}
