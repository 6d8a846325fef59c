package org.okju.report;

/**
 * One section of the report. The analyses still being written plug in here: copy groups ("tapes",
 * issue 5), hash-set matches, confirmed ledger facts and the money network (issue 6) each become
 * one implementation handed to {@link ReportPlugins}; until then {@link #notRunYet} stands in and
 * says so in the report. Implementations must be deterministic (same case, same output) and must
 * pass every name and path through {@link ReportContext#privacy()}.
 */
public interface ReportSection {
  /** The anchor of the section ({@code tapes}, {@code ledger-facts}), stable across versions. */
  String id();

  /** The heading. */
  String title();

  /** Writes the section's body (the heading is written by the report). */
  void render(ReportContext context, Html out);

  /** A section whose analysis has not run on this case yet. */
  static ReportSection notRunYet(String id, String title, String what) {
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
        out.open("p", "class", "not-run")
            .text("Not run yet: " + what + " This section will list the results once it has run.")
            .close("p");
      }
    };
  }
}
