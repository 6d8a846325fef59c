package org.okju.ledger;

import java.util.ArrayList;
import java.util.List;

/**
 * A page's lines as the rules read them: a line longer than {@link #LONGEST} characters is read in
 * parts cut at a space. No one writes a diary, a ledger row or a chat message that long; a file
 * that is one line of a megabyte (a JSON export, a log, a text dump) is, and the rules, which look
 * along the line from each name and amount, took hours over one. The parts keep their positions:
 * each is a span of the page's text, its line the source line.
 */
final class LongLines {
  /** The longest line read whole. */
  static final int LONGEST = 4_000;

  /**
   * The parts, the source line (from 1) of each, and how many characters follow each in the page.
   */
  // Built here and read by the extractor's loop only, never compared or kept.
  @SuppressWarnings("ArrayRecordComponent")
  record Page(String[] lines, int[] lineNumbers, int[] separators) {}

  private LongLines() {}

  static Page split(String page) {
    String[] source = page.split("\n", -1);
    List<String> parts = new ArrayList<>(source.length);
    List<int[]> where = new ArrayList<>(source.length);
    for (int n = 0; n < source.length; n++) {
      String line = source[n];
      int from = 0;
      while (line.length() - from > LONGEST) {
        int cut = line.lastIndexOf(' ', from + LONGEST);
        if (cut <= from) {
          cut = from + LONGEST;
        } else {
          cut++; // the space stays with the part before it
        }
        parts.add(line.substring(from, cut));
        where.add(new int[] {n + 1, 0});
        from = cut;
      }
      parts.add(from == 0 ? line : line.substring(from));
      where.add(new int[] {n + 1, 1});
    }
    int[] numbers = new int[parts.size()];
    int[] separators = new int[parts.size()];
    for (int i = 0; i < numbers.length; i++) {
      numbers[i] = where.get(i)[0];
      separators[i] = where.get(i)[1];
    }
    return new Page(parts.toArray(String[]::new), numbers, separators);
  }
}
