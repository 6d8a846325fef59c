package org.okju.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.okju.casefile.Item;
import org.okju.casefile.Source;

/**
 * The report's first page: what was seized, how many recordings and copies, the hash-set matches,
 * the confirmed facts, and whether the verification holds, one line each, in the report's language.
 * The analyses' lines come from their sections ({@link ReportSection#summary}). Stateless.
 */
final class SummaryPage {
  private SummaryPage() {}

  static void render(
      CaseSnapshot c,
      Verification v,
      ReportOptions o,
      List<ReportSection> sections,
      ReportContext context,
      Html out) {
    Words w = context.words();
    List<SummaryLine> lines = new ArrayList<>();
    lines.add(new SummaryLine(w.get("summary.case"), c.privacy().text(c.location())));
    lines.add(new SummaryLine(w.get("summary.seized"), seized(c, w)));
    if (c.errors() + c.warnings() > 0) {
      lines.add(
          new SummaryLine(
              w.get("summary.problems"),
              w.get("summary.problems.text", w.count(c.errors()), w.count(c.warnings()))));
    }
    for (ReportSection s : sections) {
      lines.addAll(s.summary(context));
    }
    lines.add(new SummaryLine(w.get("summary.verification"), verification(v, w)));
    lines.add(
        new SummaryLine(
            w.get("summary.custody-head"),
            v.chain()
                .head()
                .map(h -> w.get("summary.custody-head.text", w.count(h.seq()), h.hash().toHex()))
                .orElse(w.get("summary.custody-head.empty"))));
    lines.add(new SummaryLine(w.get("summary.media"), w.get("media." + mode(o))));
    out.open("table", "class", "summary");
    for (SummaryLine l : lines) {
      out.open("tr").element("th", l.label());
      out.cell("td", l.text(), v.holds() || !isVerification(l, w) ? "" : "fails");
      out.close("tr");
    }
    out.close("table");
    out.element("p", w.get("summary.note"), "class", "note");
  }

  private static boolean isVerification(SummaryLine l, Words w) {
    return l.label().equals(w.get("summary.verification"));
  }

  private static String mode(ReportOptions o) {
    return o.thumbnails().name().toLowerCase(Locale.ROOT);
  }

  /** "1 source (PENDRIVE); 14 files, 7.6 MB: 8 images, 3 videos, 2 documents, 1 archive". */
  static String seized(CaseSnapshot c, Words w) {
    Map<String, Long> kinds = new LinkedHashMap<>();
    for (String k : List.of("image", "video", "document", "archive", "other")) {
      kinds.put(k, 0L);
    }
    long bytes = 0;
    for (Item i : c.items()) {
      kinds.merge(kindOf(i.mediaType().orElse("")), 1L, Long::sum);
      if (i.parent().isEmpty()) {
        bytes += CoreSections.size(i);
      }
    }
    List<String> names = new ArrayList<>();
    for (Source s : c.sources()) {
      names.add(c.privacy().text(baseName(s.givenPath().display())));
    }
    List<String> parts = new ArrayList<>();
    kinds.forEach(
        (k, n) -> {
          if (n > 0) {
            parts.add(w.counted("kind." + k, n));
          }
        });
    return w.get(
        "summary.seized.text",
        w.counted("n.sources", c.sources().size()),
        String.join(", ", names),
        w.counted("n.items", c.items().size()),
        w.bytes(bytes),
        String.join(", ", parts));
  }

  static String kindOf(String mediaType) {
    String t = mediaType.toLowerCase(Locale.ROOT);
    if (t.startsWith("image/")) {
      return "image";
    }
    if (t.startsWith("video/")) {
      return "video";
    }
    if (t.contains("zip")
        || t.contains("tar")
        || t.contains("7z")
        || t.contains("rar")
        || t.contains("gzip")
        || t.contains("bzip")
        || t.contains("x-xz")) {
      return "archive";
    }
    if (t.startsWith("text/")
        || t.startsWith("message/")
        || t.contains("pdf")
        || t.contains("word")
        || t.contains("officedocument")
        || t.contains("opendocument")
        || t.contains("ooxml")
        || t.contains("hwp")
        || t.contains("rtf")
        || t.contains("epub")
        || t.contains("excel")
        || t.contains("powerpoint")) {
      return "document";
    }
    return "other";
  }

  static String verification(Verification v, Words w) {
    long sourcesHolding = v.sources().stream().filter(SourceCheck::holds).count();
    String chain =
        v.chain().intact()
            ? w.get(
                v.chain().signed() ? "verify.chain.signed" : "verify.chain.unsigned",
                w.count(v.chain().entries()))
            : w.get(
                "verify.chain.broken",
                w.count(v.chain().breaks().size()),
                w.count(v.chain().entries()));
    String sources = w.get("verify.sources", w.count(sourcesHolding), w.count(v.sources().size()));
    String evidence =
        w.get(
            "verify.evidence",
            w.count(v.evidence().checked()),
            w.count(v.evidence().matched()),
            w.count(v.evidence().changed().size()),
            w.count(v.evidence().unreachable().size()));
    return w.get(v.holds() ? "verify.holds" : "verify.fails")
        + " "
        + chain
        + " "
        + sources
        + " "
        + evidence;
  }

  private static String baseName(String path) {
    String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    return p.substring(p.lastIndexOf('/') + 1);
  }
}
