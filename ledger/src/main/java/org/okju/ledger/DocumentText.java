package org.okju.ledger;

import java.util.List;

/**
 * The text of one document, page by page (a text file or a spreadsheet is one page; a PDF has its
 * pages; a scan one page per image). Lines are separated by {@code \n}.
 *
 * @param name how the document is named in outputs (its file name or catalogue path)
 * @param pages the text of each page
 * @param warnings what went wrong without stopping the extraction (truncated, page limit hit, …)
 */
public record DocumentText(String name, List<String> pages, List<String> warnings) {
  public DocumentText {
    pages = List.copyOf(pages);
    warnings = List.copyOf(warnings);
  }

  /** A document of plain text, one page. */
  public static DocumentText of(String name, String text) {
    return new DocumentText(name, List.of(text), List.of());
  }

  /** All pages joined by form feeds: character offsets in {@link Span} count in this text. */
  public String text() {
    return String.join("\f", pages);
  }

  /** One line of a document's {@link #text}, where it starts. */
  public record Line(int start, String text) {}

  /**
   * The line of {@code text} holding {@code offset} (clamped to the text): lines end at a newline
   * or a page's form feed. The fact rules' quotes are whole lines, and so is the evidence stored.
   */
  public static Line lineAt(String text, int offset) {
    int from = Math.max(0, Math.min(offset, text.length()));
    int start = from;
    while (start > 0 && text.charAt(start - 1) != '\n' && text.charAt(start - 1) != '\f') {
      start--;
    }
    int end = from;
    while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\f') {
      end++;
    }
    return new Line(start, text.substring(start, end));
  }
}
