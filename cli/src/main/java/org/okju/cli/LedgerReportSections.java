package org.okju.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.okju.casefile.CaseStore;
import org.okju.ledger.FactType;
import org.okju.ledger.Inconsistency;
import org.okju.ledger.LedgerView;
import org.okju.ledger.MoneyNetwork;
import org.okju.ledger.Timeline;
import org.okju.report.ReportPlugins;
import org.okju.report.ReportSection;
import org.okju.report.SummaryLine;
import org.okju.report.Words;

/**
 * The ledger's part of the court report: the confirmed facts with their quoted provenance, the same
 * facts by date (the diary's timeline), and the money network as a figure with its totals. Only
 * confirmed facts appear: a rejected or unreviewed fact is in the review history (the custody log)
 * and nowhere else. People appear as the case's disclosure policy allows (a pseudonym unless a
 * reviewer confirmed them accused, accomplice or witness), in quotes too.
 */
final class LedgerReportSections {
  // Header classes size the columns: names and places get room enough to stay whole.
  private static final String[] FACT_COLUMNS = {
    "nowrap", "nowrap", "w18", "num", "nowrap", "w14", "w30"
  };

  private LedgerReportSections() {}

  /**
   * {@code plugins} with the ledger sections of {@code store} when it has any. Names need no
   * plugin: every report reads the case's identity table through its disclosure policy.
   */
  static ReportPlugins addTo(ReportPlugins plugins, CaseStore store) {
    ReportPlugins with = plugins;
    LedgerView view = LedgerView.load(store.ledger());
    if (view.facts().isEmpty()) {
      return with;
    }
    List<LedgerView.FactView> confirmed = view.confirmed();
    Set<Long> confirmedIds =
        confirmed.stream().map(LedgerView.FactView::id).collect(Collectors.toSet());
    List<TapeLinks.Link> links =
        TapeLinks.of(store, view).stream().filter(l -> confirmedIds.contains(l.fact())).toList();
    return with.withLedgerFacts(facts(confirmed, view.facts(), links))
        .withTimeline(timeline(Timeline.of(view)))
        .withMoneyNetwork(network(MoneyNetwork.of(view), confirmed));
  }

  private static ReportSection facts(
      List<LedgerView.FactView> confirmed,
      List<LedgerView.FactView> all,
      List<TapeLinks.Link> links) {
    long rejected = all.stream().filter(f -> f.status().equals("rejected")).count();
    long waiting = all.size() - confirmed.size() - rejected;
    return ReportSection.of(
        "ledger-facts",
        "Confirmed facts from the documents",
        (context, out) -> {
          Words w = context.words();
          out.element(
              "p",
              w.get(
                  "facts.intro",
                  w.count(confirmed.size()),
                  w.count(all.size()),
                  w.count(rejected),
                  w.count(waiting)));
          out.open("table", "class", "ledger")
              .header(
                  FACT_COLUMNS,
                  w.get("col.fact"),
                  w.get("col.type"),
                  w.get("col.parties"),
                  w.get("col.amount"),
                  w.get("col.date"),
                  w.get("col.place"),
                  w.get("col.source"));
          for (LedgerView.FactView f : confirmed) {
            out.row(
                new String[] {"nowrap", "nowrap", "", "num", "nowrap", "", "quote small"},
                "F" + f.id(),
                FactWords.type(f, w),
                FactWords.parties(f, context),
                FactWords.amount(f, w),
                f.date().map(w::day).orElse(""),
                FactWords.place(f, context),
                FactWords.source(f, context));
          }
          out.close("table");
          if (!links.isEmpty()) {
            out.element("p", w.get("facts.links"));
            out.open("table")
                .header(
                    new String[] {"nowrap", "", "", "nowrap"},
                    w.get("col.fact"),
                    w.get("col.title"),
                    w.get("col.file"),
                    w.get("col.tape"));
            for (TapeLinks.Link l : links) {
              out.row(
                  new String[] {"nowrap", "", "", "nowrap"},
                  "F" + l.fact(),
                  context.privacy().text(l.title()),
                  context.privacy().path(l.item()),
                  l.tape().orElse(""));
            }
            out.close("table");
          }
        },
        context -> {
          Words w = context.words();
          return List.of(
              new SummaryLine(
                  w.get("summary.ledger-facts"),
                  w.get(
                      "facts.summary",
                      w.count(confirmed.size()),
                      w.count(all.size()),
                      FactWords.breakdown(confirmed, w),
                      w.count(rejected),
                      w.count(waiting))));
        });
  }

  private static ReportSection timeline(Timeline timeline) {
    List<LedgerView.FactView> events = timeline.events();
    return ReportSection.of(
        "timeline",
        "Timeline of the confirmed facts",
        (context, out) -> {
          Words w = context.words();
          if (events.isEmpty()) {
            out.element("p", w.get("timeline.none"));
            return;
          }
          out.element("p", w.get("timeline.intro"));
          String[] columns = {"nowrap", "nowrap", "", "num", "", "small"};
          out.open("table", "class", "timeline")
              .header(
                  new String[] {"nowrap", "nowrap", "w30", "num", "w18", "w18"},
                  w.get("col.fact"),
                  w.get("col.type"),
                  w.get("col.parties"),
                  w.get("col.amount"),
                  w.get("col.place"),
                  w.get("col.line"));
          String date = null;
          for (LedgerView.FactView f : events) {
            String d = f.date().map(w::day).orElse(w.get("timeline.undated"));
            if (!d.equals(date)) {
              date = d;
              out.open("tr", "class", "date")
                  .open("th", "colspan", Integer.toString(columns.length))
                  .text(d)
                  .close("th")
                  .close("tr");
            }
            List<String> flags = flags(f, timeline.inconsistencies(), w);
            out.row(
                columns,
                "F" + f.id(),
                FactWords.type(f, w),
                FactWords.parties(f, context)
                    + (flags.isEmpty() ? "" : " \u26a0 " + String.join(", ", flags)),
                FactWords.amount(f, w),
                FactWords.place(f, context),
                context.privacy().text(f.provenance().doc() + ":" + f.provenance().line()));
          }
          out.close("table");
        },
        context -> {
          Words w = context.words();
          List<String> dates =
              events.stream().flatMap(f -> f.calendarDate().stream()).distinct().sorted().toList();
          if (dates.isEmpty()) {
            return List.of();
          }
          return List.of(
              new SummaryLine(
                  w.get("summary.period"),
                  w.get(
                      "timeline.summary",
                      dates.get(0),
                      dates.get(dates.size() - 1),
                      w.count(dates.size()))));
        });
  }

  private static List<String> flags(
      LedgerView.FactView f, List<Inconsistency> inconsistencies, Words w) {
    List<String> out = new ArrayList<>();
    for (Inconsistency i : inconsistencies) {
      if (i.facts().contains(f.id())) {
        String key = "inconsistency." + i.kind();
        String said = w.has(key) ? w.get(key) : i.kind();
        if (!out.contains(said)) {
          out.add(said);
        }
      }
    }
    return out;
  }

  private static ReportSection network(MoneyNetwork network, List<LedgerView.FactView> confirmed) {
    return ReportSection.of(
        "money-network",
        "Money network",
        (context, out) -> {
          Words w = context.words();
          if (network.people().isEmpty()) {
            out.element("p", w.get("network.none"));
            return;
          }
          out.element("p", w.get("network.intro"));
          out.open("div", "class", "figure")
              .svgFigure(FactWords.shown(network.svg(), context))
              .close("div");
          String[] columns = {"", "num", "num", ""};
          out.open("table", "class", "totals")
              .header(
                  columns,
                  w.get("col.person"),
                  w.get("col.received"),
                  w.get("col.paid"),
                  w.get("col.victims"));
          network
              .people()
              .forEach(
                  (name, t) ->
                      out.row(
                          columns,
                          FactWords.shown(name, context),
                          sums(t.received(), w),
                          sums(t.paid(), w),
                          context.privacy().text(String.join(", ", t.victims()))));
          out.close("table");
          for (Inconsistency i : network.inconsistencies()) {
            out.element(
                "p",
                w.get("network.inconsistency", context.privacy().text(i.message())),
                "class",
                "fails");
          }
        },
        context -> {
          Words w = context.words();
          Map<String, BigDecimal> paid = new TreeMap<>();
          long payments = 0;
          for (LedgerView.FactView f : confirmed) {
            if (f.type() == FactType.PAYMENT && f.amount().isPresent()) {
              payments++;
              paid.merge(f.amount().get().currency(), f.amount().get().value(), BigDecimal::add);
            }
          }
          if (payments == 0) {
            return List.of();
          }
          return List.of(
              new SummaryLine(
                  w.get("summary.money"),
                  w.get(
                      "network.summary",
                      w.counted("n.payments", payments),
                      sums(paid, w),
                      w.count(network.inconsistencies().size()))));
        });
  }

  private static String sums(Map<String, BigDecimal> byCurrency, Words w) {
    if (byCurrency.isEmpty()) {
      return "-";
    }
    List<String> parts = new ArrayList<>();
    byCurrency.forEach((c, v) -> parts.add(w.amount(v) + " " + c));
    return String.join(", ", parts);
  }
}
