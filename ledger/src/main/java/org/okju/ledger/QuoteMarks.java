package org.okju.ledger;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The quote marks an e-mail reply puts before the lines it quotes ({@code > Meet at Sillim station
 * exit 4}, {@code > > Sunny}), made spaces before the document is read: a quoted line is read as
 * the line it quotes, its first word opening a sentence as it did there (a capitalised "Meet" or
 * "Bring" after the mark was read as a name in a sentence). Spaces keep every offset, so the spans
 * still point into the text as extracted.
 */
final class QuoteMarks {
  // One or more marks at a line's start, each with the space after it.
  private static final Pattern MARKS = Pattern.compile("(?m)^[ \\t]*(?:>[ \\t]?)+");

  private QuoteMarks() {}

  /** {@code doc} with its lines' e-mail quote marks made spaces. */
  static DocumentText unquoted(DocumentText doc) {
    List<String> pages = doc.pages().stream().map(QuoteMarks::unquoted).toList();
    return pages.equals(doc.pages()) ? doc : new DocumentText(doc.name(), pages, doc.warnings());
  }

  static String unquoted(String page) {
    if (page.indexOf('>') < 0) {
      return page;
    }
    Matcher m = MARKS.matcher(page);
    StringBuilder out = new StringBuilder(page.length());
    while (m.find()) {
      m.appendReplacement(out, " ".repeat(m.end() - m.start()));
    }
    m.appendTail(out);
    return out.toString();
  }
}
