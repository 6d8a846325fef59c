package org.okju.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A stored text cut into passages, the unit the index holds: consecutive lines of one page, up to
 * {@link #MAX_CHARS} characters or {@link #MAX_LINES} lines. A phrase broken over two lines of a
 * passage (a PDF's line wrap) is still found; a hit is traced to its line inside the passage.
 * Stateless.
 */
final class Passages {
  static final int MAX_CHARS = 8192;
  static final int MAX_LINES = 128;

  /**
   * One passage.
   *
   * @param page 1-based page
   * @param firstLine 1-based line on that page of the passage's first line
   * @param text the lines joined by {@code \n}
   */
  record Passage(int page, int firstLine, String text) {}

  private Passages() {}

  static List<Passage> of(List<String> pages) {
    List<Passage> out = new ArrayList<>();
    for (int p = 0; p < pages.size(); p++) {
      String[] lines = pages.get(p).split("\n", -1);
      StringBuilder b = new StringBuilder();
      int first = 1;
      int count = 0;
      for (int n = 0; n < lines.length; n++) {
        String line = lines[n];
        if (count > 0 && (b.length() + 1 + line.length() > MAX_CHARS || count == MAX_LINES)) {
          add(out, p + 1, first, b);
          b.setLength(0);
          first = n + 1;
          count = 0;
        }
        if (count > 0) {
          b.append('\n');
        }
        b.append(line);
        count++;
      }
      add(out, p + 1, first, b);
    }
    return out;
  }

  private static void add(List<Passage> out, int page, int first, StringBuilder b) {
    if (!b.toString().isBlank()) {
      out.add(new Passage(page, first, b.toString()));
    }
  }
}
