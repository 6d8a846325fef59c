package org.okju.monitor;

import java.util.ArrayList;
import java.util.List;

/**
 * A notice as written: a title, a few header lines, sections of paragraphs and tables. One model
 * printed as XHTML (the {@code .html} file and the source of the {@code .pdf}) and as plain text
 * (the {@code .txt} file and the body of the {@code .eml}), so every format says the same.
 * Immutable once built.
 */
final class NoticeDocument {
  /** A section: a heading, paragraphs, and optionally a table (first row its header). */
  record Section(String heading, List<String> paragraphs, List<List<String>> table) {
    Section {
      paragraphs = List.copyOf(paragraphs);
      table = table.stream().map(List::copyOf).toList();
    }
  }

  private final String language;
  private final String title;
  private final List<String> header;
  private final List<Section> sections;

  NoticeDocument(String language, String title, List<String> header, List<Section> sections) {
    this.language = language;
    this.title = title;
    this.header = List.copyOf(header);
    this.sections = List.copyOf(sections);
  }

  String title() {
    return title;
  }

  List<Section> sections() {
    return sections;
  }

  /** Plain text, lines of at most about 100 characters where the content allows. */
  String text() {
    StringBuilder b = new StringBuilder();
    b.append(title)
        .append('\n')
        .append("=".repeat(Math.min(title.length() * 2, 72)))
        .append("\n\n");
    header.forEach(h -> b.append(h).append('\n'));
    for (Section s : sections) {
      b.append('\n').append(s.heading()).append('\n');
      b.append("-".repeat(Math.min(s.heading().length() * 2, 72))).append('\n');
      for (String p : s.paragraphs()) {
        b.append(p).append("\n\n");
      }
      if (!s.table().isEmpty()) {
        List<String> head = s.table().get(0);
        for (int r = 1; r < s.table().size(); r++) {
          List<String> row = s.table().get(r);
          b.append('[').append(r).append("]\n");
          for (int c = 0; c < row.size(); c++) {
            b.append("  ").append(head.get(c)).append(": ").append(row.get(c)).append('\n');
          }
        }
        b.append('\n');
      }
    }
    return b.toString();
  }

  /** A self-contained XHTML page (no scripts, no external resources, no images). */
  String xhtml() {
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
        .append(escape(language))
        .append("\"><head><meta charset=\"utf-8\"/><title>")
        .append(escape(title))
        .append("</title><style>")
        .append(
            "body{font-family:'NanumBarunGothic',sans-serif;font-size:10pt;margin:2em;}"
                + "h1{font-size:15pt;}h2{font-size:12pt;margin-top:1.4em;}"
                + "table{border-collapse:collapse;width:100%;table-layout:fixed;}"
                + "td,th{border:1px solid #888;padding:3px;vertical-align:top;"
                + "word-wrap:break-word;overflow-wrap:anywhere;font-size:8pt;}"
                + "th{background:#eee;text-align:left;}.head{margin:0;}"
                // An item is never split across two pages of the PDF.
                + "tr{page-break-inside:avoid;}"
                + "code{font-family:'DejaVu Sans Mono',monospace;}")
        .append("</style></head><body><h1>")
        .append(escape(title))
        .append("</h1>");
    for (String h : header) {
      b.append("<p class=\"head\">").append(escape(h)).append("</p>");
    }
    for (Section s : sections) {
      b.append("<h2>").append(escape(s.heading())).append("</h2>");
      for (String p : s.paragraphs()) {
        b.append("<p>").append(escape(p).replace("\n", "<br/>")).append("</p>");
      }
      if (!s.table().isEmpty()) {
        b.append("<table><tr>");
        for (String h : s.table().get(0)) {
          b.append("<th>").append(escape(h)).append("</th>");
        }
        b.append("</tr>");
        for (List<String> row : s.table().subList(1, s.table().size())) {
          b.append("<tr>");
          for (String c : row) {
            b.append("<td>").append(escape(c).replace("\n", "<br/>")).append("</td>");
          }
          b.append("</tr>");
        }
        b.append("</table>");
      }
    }
    return b.append("</body></html>\n").toString();
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** A builder of sections. */
  static final class Builder {
    private final List<Section> sections = new ArrayList<>();

    Builder section(String heading, String... paragraphs) {
      sections.add(new Section(heading, List.of(paragraphs), List.of()));
      return this;
    }

    Builder table(String heading, List<String> paragraphs, List<List<String>> table) {
      sections.add(new Section(heading, paragraphs, table));
      return this;
    }

    List<Section> sections() {
      return sections;
    }
  }
}
