package org.okju.monitor;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The takedown statistics as one self-contained HTML page for a centre's periodic report: the
 * period, a table per platform and per category, and SVG charts drawn here (where the copies of
 * each platform stand now, stacked by state; the median and 90th percentile time to removal). No
 * scripts, no external resources, no victims' data: the statistics hold only counts and platform
 * names.
 */
public final class TakedownStatsPage {
  /** State colours, in {@link Sighting#STATES} order; distinguishable in greyscale print too. */
  private static final Map<String, String> COLOURS =
      Map.of(
          "found", "#9e9e9e",
          "notified", "#1f77b4",
          "removed", "#2ca02c",
          "overdue", "#d62728",
          "reappeared", "#ff7f0e");

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final int LABEL_WIDTH = 180;
  private static final int BAR_WIDTH = 440;
  private static final int ROW_HEIGHT = 22;

  private TakedownStatsPage() {}

  /** The page. */
  public static String html(TakedownStats.Result r, Instant generatedAt) {
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>")
        .append("<title>Takedown statistics</title><style>")
        .append(
            "body{font-family:sans-serif;font-size:11pt;margin:2em;max-width:60em;}"
                + "table{border-collapse:collapse;margin:1em 0;font-size:10pt;}"
                + "td,th{border:1px solid #999;padding:3px 8px;text-align:right;}"
                + "td:first-child,th:first-child,td.text{text-align:left;}"
                + "th{background:#eee;}tr.total td{font-weight:bold;}"
                + "svg text{font-family:sans-serif;font-size:11px;}")
        .append("</style></head><body><h1>Takedown statistics</h1>");
    b.append("<p>Copies first seen ")
        .append(escape(period(r)))
        .append(", in the state the captures imported so far show")
        .append(r.asOf().map(t -> " (latest capture " + TIME.format(t) + ")").orElse(""))
        .append(". Generated ")
        .append(TIME.format(generatedAt))
        .append(" by okju.</p>");
    b.append("<p>Time to removal runs from the notice to the first capture that saw the copy gone")
        .append(" (an upper bound: it went down after the last capture that saw it). Removal rate")
        .append(" is removed copies over all copies found.</p>");
    b.append("<h2>By platform</h2>");
    table(b, r.platforms(), r.total(), true);
    b.append(stateChart(r.platforms()));
    b.append(hoursChart(r.platforms()));
    b.append("<h2>By category</h2>");
    table(b, r.categories(), r.total(), false);
    b.append(stateChart(r.categories()));
    return b.append("</body></html>\n").toString();
  }

  /** The period in words: {@code from A to B}, {@code since A}, {@code up to B}, or at any time. */
  public static String period(TakedownStats.Result r) {
    if (r.from().isPresent() && r.to().isPresent()) {
      return "from " + TIME.format(r.from().get()) + " to before " + TIME.format(r.to().get());
    }
    if (r.from().isPresent()) {
      return "since " + TIME.format(r.from().get());
    }
    return r.to().map(t -> "before " + TIME.format(t)).orElse("at any time");
  }

  private static void table(
      StringBuilder b, List<TakedownStats.Row> rows, TakedownStats.Row total, boolean platforms) {
    b.append("<table><tr><th>")
        .append(platforms ? "Platform</th><th>Category" : "Category")
        .append("</th><th>Sightings</th><th>Notified</th><th>Removed</th><th>Removal rate</th>")
        .append("<th>Median hours to removal</th><th>90th percentile</th><th>Overdue</th>")
        .append("<th>Reappeared</th></tr>");
    for (TakedownStats.Row row : rows) {
      row(b, row, platforms, "");
    }
    row(b, total, platforms, " class=\"total\"");
    b.append("</table>");
  }

  private static void row(StringBuilder b, TakedownStats.Row row, boolean platforms, String cls) {
    b.append("<tr").append(cls).append("><td>").append(escape(row.name())).append("</td>");
    if (platforms) {
      b.append("<td class=\"text\">")
          .append(escape(row.name().equals("all") ? "" : row.category()))
          .append("</td>");
    }
    cell(b, Long.toString(row.sightings()));
    cell(b, Long.toString(row.notified()));
    cell(b, Long.toString(row.removed()));
    cell(b, percent(row.removalRate()));
    cell(b, hours(row.medianHoursToRemoval()));
    cell(b, hours(row.p90HoursToRemoval()));
    cell(b, Long.toString(row.overdue()));
    cell(b, Long.toString(row.reappeared()));
    b.append("</tr>");
  }

  private static void cell(StringBuilder b, String text) {
    b.append("<td>").append(text).append("</td>");
  }

  /** Where the copies stand now: one stacked bar per row, a segment per state. */
  static String stateChart(List<TakedownStats.Row> rows) {
    long most = rows.stream().mapToLong(TakedownStats.Row::sightings).max().orElse(0);
    int height = 30 + ROW_HEIGHT * rows.size() + 30;
    StringBuilder s = svgStart(height, "Copies by state now");
    int y = 24;
    for (TakedownStats.Row row : rows) {
      label(s, row.name(), y);
      double x = LABEL_WIDTH;
      for (String state : Sighting.STATES) {
        long n = row.byState().getOrDefault(state, 0L);
        if (n == 0) {
          continue;
        }
        double w = BAR_WIDTH * (double) n / most;
        s.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s: %d"
                    + "</title></rect>",
                x,
                y,
                w,
                ROW_HEIGHT - 6,
                COLOURS.get(state),
                state,
                n));
        x += w;
      }
      s.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%d\">%d</text>",
              x + 4,
              y + ROW_HEIGHT - 10,
              row.sightings()));
      y += ROW_HEIGHT;
    }
    int x = LABEL_WIDTH;
    for (String state : Sighting.STATES) {
      s.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>"
                  + "<text x=\"%d\" y=\"%d\">%s</text>",
              x,
              y + 8,
              COLOURS.get(state),
              x + 14,
              y + 17,
              state));
      x += 90;
    }
    return s.append("</svg>").toString();
  }

  /** Median (dark) and 90th percentile (light) hours to removal per row that has any. */
  static String hoursChart(List<TakedownStats.Row> rows) {
    List<TakedownStats.Row> timed =
        rows.stream().filter(r -> r.p90HoursToRemoval().isPresent()).toList();
    if (timed.isEmpty()) {
      return "<p>No notified copy has been removed yet: no time to removal.</p>";
    }
    double most = timed.stream().mapToDouble(r -> r.p90HoursToRemoval().get()).max().orElse(1);
    most = Math.max(most, 1);
    StringBuilder s = svgStart(30 + ROW_HEIGHT * timed.size() + 10, "Hours from notice to removal");
    int y = 24;
    for (TakedownStats.Row row : timed) {
      label(s, row.name(), y);
      double p90 = row.p90HoursToRemoval().get();
      double median = row.medianHoursToRemoval().get();
      s.append(bar(LABEL_WIDTH, y, BAR_WIDTH * p90 / most, "#aec7e8", "90th percentile", p90));
      s.append(bar(LABEL_WIDTH, y + 4, BAR_WIDTH * median / most, "#1f77b4", "median", median));
      s.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%d\">%s / %s h</text>",
              LABEL_WIDTH + BAR_WIDTH * p90 / most + 4,
              y + ROW_HEIGHT - 10,
              hours(Optional.of(median)),
              hours(Optional.of(p90))));
      y += ROW_HEIGHT;
    }
    return s.append("</svg>").toString();
  }

  private static String bar(double x, int y, double w, String fill, String what, double hours) {
    return String.format(
        Locale.ROOT,
        "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s: %.1f h"
            + "</title></rect>",
        x,
        y,
        Math.max(w, 1),
        what.equals("median") ? ROW_HEIGHT - 14 : ROW_HEIGHT - 6,
        fill,
        what,
        hours);
  }

  private static StringBuilder svgStart(int height, String title) {
    int width = LABEL_WIDTH + BAR_WIDTH + 80;
    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d"
                + " %d\" role=\"img\" aria-label=\"%s\"><text x=\"0\" y=\"12\""
                + " font-weight=\"bold\">%s</text>",
            width,
            height,
            width,
            height,
            escape(title),
            escape(title)));
    return s;
  }

  private static void label(StringBuilder s, String name, int y) {
    String shown = name.length() > 28 ? name.substring(0, 27) + "…" : name;
    s.append("<text x=\"0\" y=\"")
        .append(y + ROW_HEIGHT - 10)
        .append("\">")
        .append(escape(shown))
        .append("<title>")
        .append(escape(name))
        .append("</title></text>");
  }

  /** A rate as a percentage with one decimal. */
  public static String percent(double rate) {
    return String.format(Locale.ROOT, "%.1f%%", rate * 100);
  }

  /** Hours with one decimal, or a dash. */
  public static String hours(Optional<Double> h) {
    return h.map(v -> String.format(Locale.ROOT, "%.1f", v)).orElse("-");
  }

  private static String escape(String s) {
    return NoticeDocument.escape(s);
  }
}
