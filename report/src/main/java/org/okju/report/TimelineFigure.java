package org.okju.report;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.okju.casefile.CustodyEntry;
import org.okju.casefile.Item;

/**
 * The case's timeline as an SVG figure: when the evidence files were last modified (a histogram)
 * and when each action on the case happened (a mark per custody entry), on one UTC time axis. Black
 * and grey strokes with 11 px text, so it stays readable printed in black and white. The ledger's
 * dated facts become a third lane when the ledger lands. Deterministic. Stateless.
 */
final class TimelineFigure {
  private static final int WIDTH = 900;
  private static final int LEFT = 150;
  private static final int RIGHT = 20;
  private static final int BINS = 40;
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);

  private TimelineFigure() {}

  static void render(CaseSnapshot c, Html out) {
    List<Instant> modified = new ArrayList<>();
    for (Item i : c.items()) {
      i.times().modified().ifPresent(modified::add);
    }
    List<Instant> actions = c.custody().stream().map(CustodyEntry::time).toList();
    List<Instant> all = new ArrayList<>(modified);
    all.addAll(actions);
    if (all.isEmpty()) {
      out.element("p", "No dated event in the case yet.");
      return;
    }
    Instant min = all.stream().min(Instant::compareTo).orElseThrow();
    Instant max = all.stream().max(Instant::compareTo).orElseThrow();
    if (!max.isAfter(min)) {
      max = min.plus(Duration.ofDays(1));
    }
    double span = Duration.between(min, max).toMillis();
    int plot = WIDTH - LEFT - RIGHT;
    int height = 190;
    out.open(
        "svg",
        "xmlns",
        "http://www.w3.org/2000/svg",
        "viewBox",
        "0 0 " + WIDTH + " " + height,
        "width",
        "100%",
        "role",
        "img",
        "aria-label",
        "timeline of file modification times and custody actions",
        "font-family",
        "sans-serif",
        "font-size",
        "11");
    // Lane 1: histogram of modification times.
    int[] bins = new int[BINS];
    for (Instant t : modified) {
      bins[Math.min(BINS - 1, (int) (BINS * Duration.between(min, t).toMillis() / span))]++;
    }
    int peak = 1;
    for (int b : bins) {
      peak = Math.max(peak, b);
    }
    text(out, 10, 60, "files modified");
    text(out, 10, 74, "(" + modified.size() + ", peak " + peak + "/bin)");
    for (int b = 0; b < BINS; b++) {
      if (bins[b] > 0) {
        int h = Math.max(2, 60 * bins[b] / peak);
        out.empty(
            "rect",
            "x",
            num(LEFT + (double) plot * b / BINS),
            "y",
            Integer.toString(90 - h),
            "width",
            num(Math.max(1.0, plot / (double) BINS - 1)),
            "height",
            Integer.toString(h),
            "fill",
            "#555");
      }
    }
    // Lane 2: a tick per custody entry.
    text(out, 10, 125, "custody actions");
    text(out, 10, 139, "(" + actions.size() + " entries)");
    for (Instant t : actions) {
      String x = num(LEFT + plot * Duration.between(min, t).toMillis() / span);
      out.empty(
          "line",
          "x1",
          x,
          "y1",
          "110",
          "x2",
          x,
          "y2",
          "140",
          "stroke",
          "#000",
          "stroke-width",
          "1.5");
    }
    // Axis with five dated ticks.
    out.empty(
        "line",
        "x1",
        Integer.toString(LEFT),
        "y1",
        "150",
        "x2",
        Integer.toString(LEFT + plot),
        "y2",
        "150",
        "stroke",
        "#000");
    for (int k = 0; k <= 4; k++) {
      double x = LEFT + plot * k / 4.0;
      Instant t = min.plusMillis((long) (span * k / 4));
      out.empty("line", "x1", num(x), "y1", "150", "x2", num(x), "y2", "156", "stroke", "#000");
      out.open(
              "text",
              "x",
              num(x),
              "y",
              "170",
              "text-anchor",
              k == 0 ? "start" : k == 4 ? "end" : "middle")
          .text(DAY.format(t))
          .close("text");
    }
    out.close("svg");
    out.element(
        "p",
        "From "
            + min
            + " to "
            + max
            + " (UTC). Upper lane: last-modified times of the catalogued"
            + " files; lower lane: actions recorded in the custody log.",
        "class",
        "caption");
  }

  private static void text(Html out, int x, int y, String s) {
    out.open("text", "x", Integer.toString(x), "y", Integer.toString(y)).text(s).close("text");
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
