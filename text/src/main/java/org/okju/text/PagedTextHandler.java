package org.okju.text;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects Tika's XHTML output as text, one page per {@code <div class="page">} (PDF), one line per
 * block element or table row, cells separated by tabs; stops with a {@link SAXException} once the
 * character or page limit is reached, which Tika's parsers propagate and so stop parsing.
 */
final class PagedTextHandler extends DefaultHandler {
  private static final java.util.Set<String> BLOCKS =
      java.util.Set.of("p", "div", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "title");

  private final int maxChars;
  private final int maxPages;
  private final List<String> pages = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private StringBuilder page = new StringBuilder();
  private int chars;
  private boolean limitReached;
  private boolean sawPageDiv;

  PagedTextHandler(int maxChars, int maxPages) {
    this.maxChars = maxChars;
    this.maxPages = maxPages;
  }

  @Override
  public void startElement(String uri, String local, String qName, Attributes atts)
      throws SAXException {
    if (limitReached) {
      // Some parsers (PDF) catch the handler's exception per page and go on: ignore the rest.
      throw new SAXException("limit reached");
    }
    if (local.equals("div") && "page".equals(atts.getValue("class"))) {
      if (sawPageDiv || page.length() > 0) {
        endPage();
      }
      sawPageDiv = true;
      if (pages.size() >= maxPages) {
        limitReached = true;
        warnings.add("truncated: kept the first " + maxPages + " pages");
        throw new SAXException("page limit reached");
      }
    } else if (local.equals("td") || local.equals("th")) {
      if (page.length() > 0 && page.charAt(page.length() - 1) != '\n') {
        page.append('\t');
      }
    }
  }

  @Override
  public void endElement(String uri, String local, String qName) {
    if (!limitReached
        && BLOCKS.contains(local)
        && page.length() > 0
        && page.charAt(page.length() - 1) != '\n') {
      page.append('\n');
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    if (limitReached) {
      throw new SAXException("limit reached");
    }
    if (chars + length > maxChars) {
      page.append(ch, start, Math.max(0, maxChars - chars));
      limitReached = true;
      warnings.add("truncated: kept the first " + maxChars + " characters");
      throw new SAXException("character limit reached");
    }
    page.append(ch, start, length);
    chars += length;
  }

  private void endPage() {
    pages.add(page.toString().strip());
    page = new StringBuilder();
  }

  boolean limitReached() {
    return limitReached;
  }

  ExtractedText result() {
    List<String> out = new ArrayList<>(pages);
    // A PDF's last page is kept when blank too, so pages stay numbered as the document's and a
    // last page that is only a picture can be read by OCR (ScannedPdfPages).
    if (page.length() > 0 || out.isEmpty() || (sawPageDiv && !limitReached)) {
      out.add(page.toString().strip());
    }
    return new ExtractedText(
        out, warnings, ExtractedText.Method.PARSER, java.util.Optional.empty());
  }
}
