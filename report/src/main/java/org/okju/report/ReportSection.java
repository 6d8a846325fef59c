package org.okju.report;

import java.util.List;
import java.util.function.Function;

/**
 * One section of the report, handed in by the module whose analysis it shows through {@link
 * ReportPlugins}; until that analysis has run, {@link #notRunYet} stands in and says so.
 * Implementations must be deterministic (same case, same output), write their text in {@link
 * ReportContext#words()}'s language and pass every name and path through {@link
 * ReportContext#privacy()}.
 */
public interface ReportSection {
  /** The anchor of the section ({@code tapes}, {@code ledger-facts}), stable across versions. */
  String id();

  /**
   * The heading, in English. The report prints the words' {@code section.<id>} text instead when
   * the language has one.
   */
  String title();

  /** Writes the section's body (the heading is written by the report). */
  void render(ReportContext context, Html out);

  /** What the section found, for the report's first page; none by default. */
  default List<SummaryLine> summary(ReportContext context) {
    return List.of();
  }

  /** Writes a section's body. */
  @FunctionalInterface
  interface Body {
    void render(ReportContext context, Html out);
  }

  /**
   * A section made of its anchor, heading, body and first-page lines (see {@link #id}, {@link
   * #title}, {@link #render}, {@link #summary}).
   */
  static ReportSection of(
      String id, String title, Body body, Function<ReportContext, List<SummaryLine>> summary) {
    return new ReportSection() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public String title() {
        return title;
      }

      @Override
      public void render(ReportContext context, Html out) {
        body.render(context, out);
      }

      @Override
      public List<SummaryLine> summary(ReportContext context) {
        return summary.apply(context);
      }
    };
  }

  /** A section whose analysis has not run on this case yet. */
  static ReportSection notRunYet(String id, String title, String what) {
    return of(
        id,
        title,
        (context, out) -> {
          Words w = context.words();
          String reason = w.has("not-run." + id) ? w.get("not-run." + id) : what;
          out.open("p", "class", "not-run").text(w.get("not-run", reason)).close("p");
        },
        context -> {
          Words w = context.words();
          // Only the analyses the first page reports on (tapes, matches, facts) get a line.
          return w.has("summary." + id)
              ? List.of(new SummaryLine(w.get("summary." + id), w.get("not-run.short")))
              : List.of();
        });
  }
}
