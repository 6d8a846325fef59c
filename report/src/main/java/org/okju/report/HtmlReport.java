package org.okju.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Renders the report as one self-contained XHTML page: inline CSS, inline SVG figures, no script,
 * no external resource, and no media pixels unless thumbnails were asked for. The first page is the
 * summary a prosecutor reads in a minute; the sections follow, numbered. The same case renders to
 * the same bytes except for the generation time (one element, {@code id="generated"}). Stateless.
 */
final class HtmlReport {
  private HtmlReport() {}

  /** A section of this report: anchor, heading, body. */
  private record Part(String id, String title, Consumer<Html> body) {}

  static String render(
      CaseSnapshot c,
      Verification v,
      List<Thumbnails.Thumbnail> thumbs,
      ReportOptions o,
      ReportContext context) {
    Words w = context.words();
    ReportPlugins p = o.plugins();
    List<ReportSection> plugged =
        List.of(p.tapes(), p.hashSetMatches(), p.ledgerFacts(), p.timeline(), p.moneyNetwork());
    List<Part> parts = new ArrayList<>();
    parts.add(
        new Part(
            "verification",
            w.get("section.verification"),
            h -> CoreSections.verification(c, v, w, h)));
    parts.add(new Part("sources", w.get("section.sources"), h -> CoreSections.sources(c, w, h)));
    parts.add(
        new Part(
            "catalogue", w.get("section.catalogue"), h -> CoreSections.catalogueSummary(c, w, h)));
    for (ReportSection s : plugged) {
      String title = w.has("section." + s.id()) ? w.get("section." + s.id()) : s.title();
      parts.add(new Part(s.id(), title, h -> s.render(context, h)));
    }
    parts.add(new Part("custody", w.get("section.custody"), h -> LogSections.custody(c, w, h)));
    parts.add(new Part("tools", w.get("section.tools"), h -> CoreSections.tools(c, o, w, h)));
    if (o.thumbnails() != Thumbnails.Mode.NONE) {
      parts.add(
          new Part(
              "thumbnails",
              w.get("section.thumbnails"),
              h -> LogSections.thumbnails(c, thumbs, w, h)));
    }
    parts.add(
        new Part(
            "appendix-catalogue",
            w.get("section.appendix-catalogue"),
            h -> LogSections.catalogue(c, w, h)));

    Html h = new Html();
    h.trusted("<!DOCTYPE html>\n");
    h.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", w.language().code());
    h.open("head");
    h.empty("meta", "charset", "utf-8");
    h.element("title", w.get("report.title"));
    h.open("style").trusted(ReportStyle.CSS).close("style");
    h.close("head");
    h.open("body");
    h.open("section", "id", "summary", "class", "first-page");
    h.element("h1", w.get("report.title"));
    h.open("p", "id", "generated")
        .text(w.get("report.generated", w.time(o.generated()) + " UTC", o.okjuVersion()))
        .close("p");
    h.element("h2", w.get("section.summary"));
    SummaryPage.render(c, v, o, plugged, context, h);
    h.close("section");
    // Numbered as the headings are: the summary (the first page) has no number.
    h.open("nav").element("h2", w.get("report.contents")).open("ul", "class", "contents");
    h.open("li").element("a", w.get("section.summary"), "href", "#summary").close("li");
    int k = 0;
    for (Part part : parts) {
      k++;
      h.open("li").element("a", k + ". " + part.title(), "href", "#" + part.id()).close("li");
    }
    h.close("ul").close("nav");
    int n = 0;
    for (Part part : parts) {
      n++;
      h.open("section", "id", part.id());
      h.element("h2", n + ". " + part.title());
      part.body().accept(h);
      h.close("section");
    }
    h.close("body").close("html");
    return h.toString();
  }
}
