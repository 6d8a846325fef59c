package org.okju.report;

/**
 * A tiny XHTML writer: every text is escaped, every element closed, so the output is both an HTML5
 * page and well-formed XML (which the PDF renderer requires). Not thread-safe.
 */
public final class Html {
  // An event-handler attribute (onload=, onclick= ...): not any text with " on" in it, which a
  // label such as "paid on 3 May" or a name like "Ong" has.
  private static final java.util.regex.Pattern EVENT_HANDLER =
      java.util.regex.Pattern.compile("\\son[a-z]+\\s*=");

  private final StringBuilder out = new StringBuilder(1 << 16);

  Html() {}

  /** Opens an element; {@code attributes} alternate name, value. */
  public Html open(String tag, String... attributes) {
    out.append('<').append(tag);
    attributes(attributes);
    out.append('>');
    return this;
  }

  /** Closes an element. */
  public Html close(String tag) {
    out.append("</").append(tag).append('>');
    return this;
  }

  /** An element holding only text. */
  public Html element(String tag, String text, String... attributes) {
    return open(tag, attributes).text(text).close(tag);
  }

  /** An empty element ({@code <br/>}, {@code <img/>}, SVG shapes). */
  public Html empty(String tag, String... attributes) {
    out.append('<').append(tag);
    attributes(attributes);
    out.append("/>");
    return this;
  }

  /** Escaped text. */
  public Html text(String text) {
    escape(text, out);
    return this;
  }

  /** A table row of text cells. */
  public Html row(String... cells) {
    open("tr");
    for (String c : cells) {
      element("td", c);
    }
    return close("tr");
  }

  /** A table header row, repeated at the top of each printed page the table runs over. */
  public Html header(String... cells) {
    open("thead").open("tr");
    for (String c : cells) {
      element("th", c);
    }
    return close("tr").close("thead");
  }

  /**
   * A table header row whose cells carry classes ({@code nowrap}, {@code num}): {@code classes[i]}
   * for cell i, empty for none. The classes of a column's header size the column.
   */
  public Html header(String[] classes, String... cells) {
    open("thead").open("tr");
    for (int i = 0; i < cells.length; i++) {
      cell("th", cells[i], i < classes.length ? classes[i] : "");
    }
    return close("tr").close("thead");
  }

  /** A table row whose cells carry classes, as {@link #header(String[], String...)}. */
  public Html row(String[] classes, String... cells) {
    open("tr");
    for (int i = 0; i < cells.length; i++) {
      cell("td", cells[i], i < classes.length ? classes[i] : "");
    }
    return close("tr");
  }

  /** A {@code th} or {@code td} with text and a class (none when empty). */
  public Html cell(String tag, String text, String cssClass) {
    return cssClass.isEmpty() ? element(tag, text) : element(tag, text, "class", cssClass);
  }

  /**
   * A figure drawn by another okju module as an SVG document (the ledger's money network). Its text
   * must already be escaped and pseudonymised by that module; this only refuses what a report must
   * never carry: scripts, embedded images and outside references.
   *
   * @throws IllegalArgumentException when the markup is not a plain SVG figure
   */
  public Html svgFigure(String svg) {
    String s = svg.strip();
    String lower = s.toLowerCase(java.util.Locale.ROOT);
    if (!lower.startsWith("<svg")
        || !lower.endsWith("</svg>")
        || lower.contains("<script")
        || lower.contains("<image")
        || lower.contains("<foreignobject")
        || lower.contains("data:")
        || lower.contains("href=\"http")
        || EVENT_HANDLER.matcher(lower).find()) {
      throw new IllegalArgumentException("not a plain SVG figure");
    }
    out.append(s);
    return this;
  }

  /** Markup okju itself produced (constant CSS, numbers); never user or case text. */
  Html trusted(String markup) {
    out.append(markup);
    return this;
  }

  private void attributes(String... attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name, value pairs");
    }
    for (int i = 0; i < attributes.length; i += 2) {
      out.append(' ').append(attributes[i]).append("=\"");
      escape(attributes[i + 1], out);
      out.append('"');
    }
  }

  static void escape(String text, StringBuilder out) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        default -> {
          // XML 1.0 forbids most control characters even as references; show them as U+FFFD.
          if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
            out.append('\uFFFD');
          } else {
            out.append(c);
          }
        }
      }
    }
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
