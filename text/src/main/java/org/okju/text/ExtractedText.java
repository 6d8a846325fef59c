package org.okju.text;

import java.util.List;
import java.util.Optional;

/**
 * The text of one document, page by page (a text file or a spreadsheet is one page; a PDF has its
 * pages; a scan is one page). Lines are separated by {@code \n}; no page holds a form feed, the
 * pages' separator in {@link #text()}, nor NUL (read as U+FFFD).
 *
 * @param pages the text of each page
 * @param warnings what went wrong without stopping the reading (truncated, page limit hit, an
 *     encoding no more than guessed, …)
 * @param method how it was read
 * @param encoding the encoding a plain text was decoded from; empty for other methods
 */
public record ExtractedText(
    List<String> pages,
    List<String> warnings,
    Method method,
    Optional<TextEncoding.Detected> encoding) {
  /** How a document's text was read. */
  public enum Method {
    /** A text file, decoded. */
    PLAIN,
    /** A document format's parser (Tika, hwplib, the HWPX reader). */
    PARSER,
    /** Optical character recognition of a picture of a page. */
    OCR;

    /** The lower-case word stored in the case. */
    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public ExtractedText {
    // No page holds the pages' separator, nor NUL (PostgreSQL's text refuses it).
    pages = pages.stream().map(p -> p.replace('\f', '\n').replace('\u0000', '\uFFFD')).toList();
    warnings = List.copyOf(warnings);
  }

  /** All pages joined by form feeds: character offsets into a document count in this text. */
  public String text() {
    return String.join("\f", pages);
  }

  /** Whether nothing but white space was read. */
  public boolean blank() {
    return pages.stream().allMatch(String::isBlank);
  }
}
