package org.okju.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Renders the report as one self-contained XHTML page: inline CSS, inline SVG figures, no script,
 * no external resource, and no media pixels unless thumbnails were asked for. The same case renders
 * to the same bytes except for the generation time (one element, {@code id="generated"}).
 * Stateless.
 */
final class HtmlReport {
  private static final String CSS =
      """
      @page { size: A4; margin: 16mm 12mm 18mm 12mm;
        @bottom-center { content: "okju case report, page " counter(page) " of " counter(pages);
          font-size: 8pt; color: #444; } }
      body { font-family: sans-serif; font-size: 10pt; color: #000; max-width: 1100px; margin: 0 auto; }
      h1 { font-size: 18pt; margin-bottom: 2pt; } h2 { font-size: 13pt; border-bottom: 1px solid #000;
        margin-top: 18pt; page-break-after: avoid; } h3 { font-size: 11pt; }
      table { border-collapse: collapse; margin: 6pt 0; width: 100%; }
      th, td { border: 1px solid #888; padding: 2pt 4pt; text-align: left; vertical-align: top;
        word-wrap: break-word; overflow-wrap: anywhere; }
      th { background: #eee; } table.facts th { width: 30%; }
      .mono { font-family: monospace; font-size: 7pt; word-break: break-all; }
      table.catalogue td, table.log td { font-size: 8pt; }
      .holds { font-weight: bold; } .fails { font-weight: bold; color: #a00; }
      .not-run { font-style: italic; color: #444; border-left: 3px solid #888; padding-left: 6pt; }
      .note, .caption { font-size: 8.5pt; color: #333; }
      nav ol { columns: 2; font-size: 9pt; }
      .thumbs figure { display: inline-block; margin: 4pt; width: 140px; font-size: 7pt; }
      """;

  private HtmlReport() {}

  /** A section of this report: anchor, heading, body. */
  private record Part(String id, String title, Consumer<Html> body) {}

  static String render(
      CaseSnapshot c,
      Verification v,
      List<Thumbnails.Thumbnail> thumbs,
      ReportOptions o,
      ReportContext context) {
    ReportPlugins p = o.plugins();
    List<Part> parts = new ArrayList<>();
    parts.add(new Part("summary", "Case summary", h -> CoreSections.summary(c, v, o, h)));
    parts.add(new Part("verification", "Verification", h -> CoreSections.verification(c, v, h)));
    parts.add(
        new Part("sources", "Evidence sources and manifests", h -> CoreSections.sources(c, h)));
    parts.add(new Part("catalogue", "Catalogue summary", h -> CoreSections.catalogueSummary(c, h)));
    for (ReportSection s :
        List.of(p.tapes(), p.hashSetMatches(), p.ledgerFacts(), p.moneyNetwork())) {
      parts.add(new Part(s.id(), s.title(), h -> s.render(context, h)));
    }
    parts.add(new Part("timeline", "Timeline", h -> TimelineFigure.render(c, h)));
    parts.add(new Part("custody", "Chain of custody", h -> LogSections.custody(c, h)));
    parts.add(new Part("tools", "Tools and parameters", h -> CoreSections.tools(c, o, h)));
    if (o.thumbnails() != Thumbnails.Mode.NONE) {
      parts.add(
          new Part("thumbnails", "Blurred thumbnails", h -> LogSections.thumbnails(c, thumbs, h)));
    }
    parts.add(
        new Part(
            "appendix-catalogue",
            "Appendix A: the full catalogue",
            h -> LogSections.catalogue(c, h)));

    Html h = new Html();
    h.trusted("<!DOCTYPE html>\n");
    h.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", "en");
    h.open("head");
    h.empty("meta", "charset", "utf-8");
    h.element("title", "okju case report");
    h.open("style").trusted(CSS).close("style");
    h.close("head");
    h.open("body");
    h.open("header");
    h.element("h1", "Case report");
    h.open("p", "id", "generated")
        .text("Generated " + o.generated() + " by okju " + o.okjuVersion() + ".")
        .close("p");
    h.close("header");
    h.open("nav").element("h2", "Contents").open("ol");
    for (Part part : parts) {
      h.open("li").element("a", part.title(), "href", "#" + part.id()).close("li");
    }
    h.close("ol").close("nav");
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
