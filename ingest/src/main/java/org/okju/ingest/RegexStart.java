package org.okju.ingest;

import java.util.regex.Pattern;

/**
 * Which chars a match of a regular expression can start with, when the expression says so plainly.
 * Lets {@link MagicRule.Regex} skip the offsets where Tika's rule cannot match. Stateless.
 */
final class RegexStart {
  private RegexStart() {}

  /**
   * The chars a match can start with (indexed by char, all below 256), when the expression begins
   * with one mandatory char or class of chars ({@code \xFF}, {@code [\r\n]}, {@code
   * [\xE3\xF2-\xF7]}, a plain char; optionally after {@code (?s)}), is case-sensitive and has no
   * alternation; else null. A region's bounds are anchoring and opaque by default, so a match that
   * {@code lookingAt} finds in a region consumes the region's first char with that first element.
   */
  static boolean[] chars(Pattern p) {
    String s = p.pattern();
    if ((p.flags() & ~Pattern.DOTALL) != 0 || s.indexOf('|') >= 0) {
      return null;
    }
    int[] at = {s.startsWith("(?s)") ? 4 : 0};
    boolean[] set = new boolean[256];
    if (at[0] < s.length() && s.charAt(at[0]) == '[') {
      at[0]++;
      while (at[0] < s.length() && s.charAt(at[0]) != ']') {
        int lo = literal(s, at);
        if (lo < 0) {
          return null;
        }
        int hi = lo;
        if (at[0] + 1 < s.length() && s.charAt(at[0]) == '-' && s.charAt(at[0] + 1) != ']') {
          at[0]++;
          hi = literal(s, at);
          if (hi < lo) {
            return null;
          }
        }
        for (int c = lo; c <= hi; c++) {
          set[c] = true;
        }
      }
      if (at[0] >= s.length()) {
        return null;
      }
      at[0]++;
    } else {
      int c = literal(s, at);
      if (c < 0) {
        return null;
      }
      set[c] = true;
    }
    // A quantifier that allows zero occurrences would let a match start with what follows.
    if (at[0] < s.length() && "?*{".indexOf(s.charAt(at[0])) >= 0) {
      return null;
    }
    return set;
  }

  // One literal char below 256 at at[0]: a char that is no metacharacter (in or out of a class;
  // '^' and '-' count as ones), or \xHH, \r, \n, \t. -1 for anything else.
  private static int literal(String s, int[] at) {
    if (at[0] >= s.length()) {
      return -1;
    }
    char c = s.charAt(at[0]);
    if (c != '\\') {
      if (c < 256 && "\\[]().*+?{}|^$-&".indexOf(c) < 0) {
        at[0]++;
        return c;
      }
      return -1;
    }
    if (at[0] + 1 >= s.length()) {
      return -1;
    }
    char e = s.charAt(at[0] + 1);
    if (e == 'x') {
      if (at[0] + 3 >= s.length()) {
        return -1;
      }
      int high = Character.digit(s.charAt(at[0] + 2), 16);
      int low = Character.digit(s.charAt(at[0] + 3), 16);
      if (high < 0 || low < 0) {
        return -1;
      }
      at[0] += 4;
      return high << 4 | low;
    }
    int v =
        switch (e) {
          case 'r' -> '\r';
          case 'n' -> '\n';
          case 't' -> '\t';
          default -> -1;
        };
    if (v >= 0) {
      at[0] += 2;
    }
    return v;
  }
}
