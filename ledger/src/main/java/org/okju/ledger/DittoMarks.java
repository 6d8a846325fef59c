package org.okju.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ditto marks of tables and lists ({@code 〃}, {@code ″}, {@code "}, {@code 상동}, {@code do.},
 * {@code ditto}): a field holding only one repeats the field above it, in the same column. What the
 * readers found in that field of the line above is found again at the mark (so a reviewer sees the
 * mark the value was read from). Stateless.
 */
final class DittoMarks {
  private static final Pattern MARK =
      Pattern.compile("(?:〃|″|\"|''|상동|同上|(?i:do\\.|ditto))(?:\\s*(?:〃|″))*");
  // Fields: cells between tabs or pipes, or, in a list aligned with spaces, runs of two or more
  // spaces; else single words (then only lines with as many words as the one above line up).
  private static final Pattern CELL_SEPARATOR = Pattern.compile("\\t|\\s*\\|\\s*");
  private static final Pattern WIDE_SPACE = Pattern.compile("\\s{2,}");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private DittoMarks() {}

  /**
   * Puts into {@code found} (what the readers found in {@code line}) what each ditto mark of the
   * line repeats from {@code aboveFound} (found in {@code above}), in place of whatever was read at
   * the mark itself; {@code found} stays in order of position. A line without a mark is left alone.
   */
  static <T> void repeatInto(
      String line, List<Found<T>> found, String above, List<Found<T>> aboveFound) {
    List<int[]> marks = marks(line);
    if (marks.isEmpty()) {
      return;
    }
    for (int[] mark : marks) {
      found.removeIf(x -> x.overlaps(mark[0], mark[1]));
    }
    for (Found<T> d : repeated(line, above, aboveFound)) {
      if (found.stream().noneMatch(x -> x.overlaps(d.start(), d.end()))) {
        found.add(d);
      }
    }
    found.sort((x, y) -> Integer.compare(x.start(), y.start()));
  }

  /** The fields of {@code line} that are only a ditto mark, as [start, end). */
  private static List<int[]> marks(String line) {
    List<int[]> out = new ArrayList<>();
    for (int[] f : fields(line)) {
      if (f[1] > f[0] && MARK.matcher(line.substring(f[0], f[1])).matches()) {
        out.add(f);
      }
    }
    return out;
  }

  /**
   * What each ditto mark of {@code line} repeats: the items of {@code aboveFound} (found in {@code
   * above}) that lie in the field above the mark, placed at the mark and flagged {@code ditto}.
   */
  private static <T> List<Found<T>> repeated(String line, String above, List<Found<T>> aboveFound) {
    List<Found<T>> out = new ArrayList<>();
    List<int[]> here = fields(line);
    List<int[]> there = fields(above);
    boolean words = separator(line) == SPACE;
    if (words && (separator(above) != SPACE || here.size() != there.size())) {
      return out; // single words line up only when the two lines have as many
    }
    for (int i = 0; i < here.size() && i < there.size(); i++) {
      int[] f = here.get(i);
      if (!MARK.matcher(line.substring(f[0], f[1])).matches()) {
        continue;
      }
      int[] a = there.get(i);
      for (Found<T> x : aboveFound) {
        if (x.start() >= a[0] && x.end() <= a[1]) {
          List<String> flags = new ArrayList<>(x.flags());
          if (!flags.contains("ditto")) {
            flags.add("ditto");
          }
          out.add(new Found<>(f[0], f[1], x.value(), x.confidence(), flags));
        }
      }
    }
    return out;
  }

  private static Pattern separator(String line) {
    if (CELL_SEPARATOR.matcher(line).find()) {
      return CELL_SEPARATOR;
    }
    return WIDE_SPACE.matcher(line.strip()).find() ? WIDE_SPACE : SPACE;
  }

  /** The fields of a line, as [start, end) without their surrounding spaces. */
  private static List<int[]> fields(String line) {
    List<int[]> out = new ArrayList<>();
    Matcher sep = separator(line).matcher(line);
    int from = 0;
    while (true) {
      boolean more = sep.find();
      int to = more ? sep.start() : line.length();
      int s = from;
      int e = to;
      while (s < e && Character.isWhitespace(line.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(line.charAt(e - 1))) {
        e--;
      }
      out.add(new int[] {s, e});
      if (!more) {
        return out;
      }
      from = sep.end();
    }
  }
}
