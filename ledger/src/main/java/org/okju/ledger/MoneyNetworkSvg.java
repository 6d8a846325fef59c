package org.okju.ledger;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Draws a {@link MoneyNetwork} as SVG for a printed page: people on a circle, one arrow per payer
 * and payee (payments summed per currency, solid) or per share (percentages, dashed red),
 * arrowheads at the receiving end, amounts with thousands separators, and every label placed where
 * it overlaps no other label and no person. Under each name: {@code +} what they received, {@code
 * −} what they paid. Text is language-neutral; the caption that explains it is the caller's.
 * Deterministic. Stateless.
 */
final class MoneyNetworkSvg {
  static final int WIDTH = 820;
  private static final double NODE = 16;
  private static final double FONT = 11;
  private static final double LINE = 13;

  /** A text box: centre x, baseline y of its first line, width, lines. */
  record Label(double x, double y, double width, List<String> lines) {
    double top() {
      return y - FONT;
    }

    double bottom() {
      return y + LINE * (lines.size() - 1) + 3;
    }

    boolean overlaps(Label o) {
      return Math.abs(x - o.x) * 2 < width + o.width + 4
          && top() < o.bottom() + 2
          && o.top() < bottom() + 2;
    }
  }

  /** One drawn arrow: everything paid from one person to another, or one share. */
  private record Arrow(String from, String to, String kind, String label) {}

  private MoneyNetworkSvg() {}

  static String render(MoneyNetwork network) {
    List<String> names = new ArrayList<>(network.people().keySet());
    int n = names.size();
    double radius = n <= 1 ? 0 : Math.min(250, 70 + 28.0 * n);
    int height = (int) Math.round(2 * radius + 150);
    double cx = WIDTH / 2.0;
    double cy = height / 2.0;
    Map<String, double[]> at = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      // Start at the top and go clockwise, so two people are side by side, not one above the other.
      double a = -Math.PI / 2 + 2 * Math.PI * i / Math.max(1, n);
      at.put(names.get(i), new double[] {cx + radius * Math.cos(a), cy + radius * Math.sin(a)});
    }
    List<Label> placed = new ArrayList<>();
    StringBuilder nodes = new StringBuilder();
    for (String name : names) {
      double[] p = at.get(name);
      // The circle, as a box the labels keep out of.
      placed.add(new Label(p[0], p[1] - NODE + FONT, 2 * NODE + 4, List.of("", "", "")));
      nodes.append(
          String.format(
              Locale.ROOT,
              "  <circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.0f\" fill=\"%s\" stroke=\"#224\"/>%n",
              p[0],
              p[1],
              NODE,
              network.isVictim(name) ? "#fde" : "#eef"));
    }
    List<Arrow> arrows = arrows(network);
    // Names keep clear of the arrows too: small boxes along each (straight) arrow.
    List<Label> lines = new ArrayList<>();
    for (Arrow e : arrows) {
      double[] p = at.get(e.from());
      double[] q = at.get(e.to());
      if (p != null && q != null) {
        for (double f = 0.12; f < 0.9; f += 0.04) {
          lines.add(
              new Label(
                  p[0] + (q[0] - p[0]) * f, p[1] + (q[1] - p[1]) * f + FONT - 2, 4, List.of("")));
        }
      }
    }
    for (String name : names) {
      double[] p = at.get(name);
      MoneyNetwork.Totals t = network.people().get(name);
      List<String> text = new ArrayList<>(List.of(name));
      if (!t.received().isEmpty()) {
        text.add(signed("+", t.received()));
      }
      if (!t.paid().isEmpty()) {
        text.add(signed("\u2212", t.paid()));
      }
      List<Label> avoid = new ArrayList<>(placed);
      avoid.addAll(lines);
      Label label = placeBeside(p, p[0] - cx, p[1] - cy, text, avoid);
      if (avoid.stream().anyMatch(label::overlaps)) {
        label = placeBeside(p, p[0] - cx, p[1] - cy, text, placed); // crossing an arrow at worst
      }
      placed.add(label);
      nodes.append(text(label, true));
    }
    StringBuilder edges = new StringBuilder();
    StringBuilder labels = new StringBuilder();
    for (int i = 0; i < arrows.size(); i++) {
      Arrow e = arrows.get(i);
      double[] p = at.get(e.from());
      double[] q = at.get(e.to());
      if (p == null || q == null || e.from().equals(e.to())) {
        continue;
      }
      // Arrows between the same two people (both ways, or a payment and a share) bend apart.
      int rank = 0;
      int same = 0;
      // By position, not by value: equal arrows (two payments of one amount) still bend apart.
      for (int k = 0; k < arrows.size(); k++) {
        Arrow o = arrows.get(k);
        boolean pair =
            (o.from().equals(e.from()) && o.to().equals(e.to()))
                || (o.from().equals(e.to()) && o.to().equals(e.from()));
        if (pair) {
          if (k == i) {
            rank = same;
          }
          same++;
        }
      }
      double bend = same == 1 ? 0 : (rank - (same - 1) / 2.0) * 46;
      if (e.from().compareTo(e.to()) > 0) {
        bend = -bend; // the same side whichever way the arrow points
      }
      double dx = q[0] - p[0];
      double dy = q[1] - p[1];
      double len = Math.max(1, Math.hypot(dx, dy));
      double nx = -dy / len;
      double ny = dx / len;
      double mx = (p[0] + q[0]) / 2 + nx * bend;
      double my = (p[1] + q[1]) / 2 + ny * bend;
      // Leave the circles: start and end NODE+2 away from the centres, towards the control point.
      double[] s = toward(p, mx, my, NODE + 2);
      double[] t = toward(q, mx, my, NODE + 3);
      boolean share = e.kind().equals("share");
      edges.append(
          String.format(
              Locale.ROOT,
              "  <path d=\"M%.1f,%.1f Q%.1f,%.1f %.1f,%.1f\" fill=\"none\" stroke=\"%s\""
                  + " stroke-width=\"1.3\"%s marker-end=\"url(#%s)\"/>%n",
              s[0],
              s[1],
              mx,
              my,
              t[0],
              t[1],
              share ? "#a33" : "#333",
              share ? " stroke-dasharray=\"5 3\"" : "",
              share ? "share" : "payment"));
      Label label = place(e.label(), s, new double[] {mx, my}, t, nx, ny, placed);
      placed.add(label);
      labels.append(
          String.format(
              Locale.ROOT,
              "  <rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#fff\""
                  + " fill-opacity=\"0.9\"/>%n",
              label.x() - label.width() / 2,
              label.top(),
              label.width(),
              label.bottom() - label.top()));
      labels.append(
          text(label, false).replace("<text ", share ? "<text fill=\"#a33\" " : "<text "));
    }
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\""
                + " height=\"%d\" font-family=\"NanumBarunGothic, NanumGothic, sans-serif\""
                + " font-size=\"%.0f\">%n",
            WIDTH,
            height,
            WIDTH,
            height,
            FONT));
    b.append("  <defs>\n");
    for (String[] m : new String[][] {{"payment", "#333"}, {"share", "#a33"}}) {
      b.append(
          String.format(
              Locale.ROOT,
              "    <marker id=\"%s\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"8\""
                  + " markerHeight=\"8\" markerUnits=\"userSpaceOnUse\" orient=\"auto\">"
                  + "<path d=\"M0,0 L10,5 L0,10 z\" fill=\"%s\"/></marker>%n",
              m[0],
              m[1]));
    }
    b.append("  </defs>\n");
    return b.append(edges).append(nodes).append(labels).append("</svg>\n").toString();
  }

  /** Payments summed per payer, payee and currency; shares one arrow each. In edge order. */
  private static List<Arrow> arrows(MoneyNetwork network) {
    Map<List<String>, Map<String, BigDecimal>> paid = new LinkedHashMap<>();
    Map<List<String>, List<String>> shares = new LinkedHashMap<>();
    for (MoneyNetwork.Edge e : network.edges()) {
      List<String> key = List.of(e.from(), e.to());
      if (e.kind().equals("payment")) {
        String[] amount = e.label().split(" ", 2);
        Map<String, BigDecimal> sums = paid.computeIfAbsent(key, k -> new TreeMap<>());
        sums.merge(amount.length == 2 ? amount[1] : "", new BigDecimal(amount[0]), BigDecimal::add);
      } else {
        shares.computeIfAbsent(key, k -> new ArrayList<>()).add(e.label());
      }
    }
    List<Arrow> out = new ArrayList<>();
    paid.forEach((k, sums) -> out.add(new Arrow(k.get(0), k.get(1), "payment", sums(sums))));
    shares.forEach(
        (k, percents) ->
            out.add(new Arrow(k.get(0), k.get(1), "share", String.join(", ", percents))));
    return out;
  }

  /**
   * A person's label: outside the circle on the side away from the centre if free, else on the
   * other sides, moving out step by step; kept inside the figure's width.
   */
  private static Label placeBeside(
      double[] p, double dx, double dy, List<String> lines, List<Label> placed) {
    double w = width(lines);
    double extra = LINE * (lines.size() - 1);
    String[] sides =
        Math.abs(dy) >= Math.abs(dx)
            ? (dy >= 0
                ? new String[] {"below", "right", "left", "above"}
                : new String[] {"above", "right", "left", "below"})
            : (dx >= 0
                ? new String[] {"right", "below", "above", "left"}
                : new String[] {"left", "below", "above", "right"});
    Label first = null;
    for (int step = 0; step < 6; step++) {
      double d = 8.0 * step;
      for (String side : sides) {
        double x;
        double y;
        switch (side) {
          case "below" -> {
            x = p[0];
            y = p[1] + NODE + FONT + 2 + d;
          }
          case "above" -> {
            x = p[0];
            y = p[1] - NODE - 5 - extra - d;
          }
          case "right" -> {
            x = p[0] + NODE + 6 + w / 2 + d;
            y = p[1] + FONT / 2 - 1 - extra / 2;
          }
          default -> {
            x = p[0] - NODE - 6 - w / 2 - d;
            y = p[1] + FONT / 2 - 1 - extra / 2;
          }
        }
        x = Math.max(w / 2 + 2, Math.min(WIDTH - w / 2 - 2, x));
        Label l = new Label(x, y, w, lines);
        if (first == null) {
          first = l;
        }
        if (placed.stream().noneMatch(l::overlaps)) {
          return l;
        }
      }
    }
    return first;
  }

  /** The first spot along the arrow, then beside it, where the label overlaps nothing placed. */
  private static Label place(
      String text, double[] s, double[] c, double[] t, double nx, double ny, List<Label> placed) {
    double w = width(List.of(text));
    Label first = null;
    for (double along : new double[] {0.5, 0.38, 0.62, 0.28, 0.72, 0.2, 0.8}) {
      for (double side : new double[] {0, 12, -12, 24, -24, 36, -36}) {
        double u = 1 - along;
        double x = u * u * s[0] + 2 * u * along * c[0] + along * along * t[0] + nx * side;
        double y = u * u * s[1] + 2 * u * along * c[1] + along * along * t[1] + ny * side;
        Label l = new Label(x, y + FONT / 2 - 1, w, List.of(text));
        if (first == null) {
          first = l;
        }
        if (placed.stream().noneMatch(l::overlaps)) {
          return l;
        }
      }
    }
    return first;
  }

  private static String text(Label l, boolean boldFirst) {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT, "  <text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">", l.x(), l.y()));
    for (int i = 0; i < l.lines().size(); i++) {
      b.append(
          String.format(
              Locale.ROOT,
              "<tspan x=\"%.1f\" dy=\"%s\"%s>%s</tspan>",
              l.x(),
              i == 0 ? "0" : Double.toString(LINE),
              i == 0 && boldFirst ? " font-weight=\"bold\"" : "",
              MoneyNetwork.xml(l.lines().get(i))));
    }
    return b.append("</text>\n").toString();
  }

  /** Width in px at 11 px: Hangul and other wide letters about a square, Latin about half. */
  static double width(List<String> lines) {
    double widest = 0;
    for (String line : lines) {
      double w = 0;
      for (int i = 0; i < line.length(); ) {
        int cp = line.codePointAt(i);
        i += Character.charCount(cp);
        w +=
            Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL
                    || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                ? FONT
                : ",.:;il1 |'".indexOf(cp) >= 0 ? FONT * 0.33 : FONT * 0.6;
      }
      widest = Math.max(widest, w);
    }
    return widest + 6;
  }

  private static double[] toward(double[] from, double x, double y, double by) {
    double len = Math.max(1, Math.hypot(x - from[0], y - from[1]));
    return new double[] {from[0] + (x - from[0]) / len * by, from[1] + (y - from[1]) / len * by};
  }

  /** {@code 3,300,000 KRW, 500 USD}: every currency, thousands separated. */
  static String sums(Map<String, BigDecimal> byCurrency) {
    List<String> parts = new ArrayList<>();
    byCurrency.forEach((currency, v) -> parts.add((grouped(v) + " " + currency).strip()));
    return String.join(", ", parts);
  }

  /** {@code −3,300,000 KRW, −500 USD}: the sign on every currency's sum, not the first only. */
  static String signed(String sign, Map<String, BigDecimal> byCurrency) {
    List<String> parts = new ArrayList<>();
    byCurrency.forEach((currency, v) -> parts.add((sign + grouped(v) + " " + currency).strip()));
    return String.join(", ", parts);
  }

  /** {@code 3000000} as {@code 3,000,000}; decimals kept as written. */
  static String grouped(BigDecimal v) {
    DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
    f.setMaximumFractionDigits(Math.max(0, v.stripTrailingZeros().scale()));
    return f.format(v);
  }
}
