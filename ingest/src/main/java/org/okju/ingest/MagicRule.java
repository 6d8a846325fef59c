package org.okju.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of Tika's magic clauses, evaluated on a {@link MagicHead} with Tika's semantics (tika-core
 * 3.3.1 {@code MagicDetector.detect}, {@code MagicMatch}, {@code AndClause}, {@code OrClause},
 * {@code MinShouldMatchClause}). Immutable and thread-safe.
 */
sealed interface MagicRule
    permits MagicRule.Bytes, MagicRule.Regex, MagicRule.All, MagicRule.Any, MagicRule.AtLeast {
  /** Ranges at least this long are searched through the head's index of byte values. */
  int INDEXED = 64;

  /** Whether Tika's clause matches the head. */
  boolean matches(MagicHead head);

  /**
   * A byte pattern under a mask at any offset in [begin, end]. Tika copies the bytes from {@code
   * begin} into a zeroed buffer of {@code length + end - begin} and needs at least the first window
   * read. {@code first} says which byte values pass the pattern's first position (Tika's own test,
   * made once per value); {@code starts} lists them.
   *
   * <p>A class, not a record: its arrays stay private (a record would hand them out and compare
   * them by identity).
   */
  final class Bytes implements MagicRule {
    private final byte[] pattern;
    private final byte[] mask;
    private final boolean ignoreCase;
    private final int begin;
    private final int end;
    private final boolean counts;
    private final boolean[] first;
    private final int[] starts;

    /**
     * @param counts false when the rule's type is Tika's OCTET_STREAM instance ({@code MagicMatch}
     *     then never counts a match)
     */
    Bytes(byte[] pattern, byte[] mask, boolean ignoreCase, int begin, int end, boolean counts) {
      this.pattern = pattern.clone();
      this.mask = mask.clone();
      this.ignoreCase = ignoreCase;
      this.begin = begin;
      this.end = end;
      this.counts = counts;
      this.first = firstBytes(pattern, mask, ignoreCase);
      this.starts = values(first);
    }

    /** A copy of the pattern's bytes. */
    byte[] pattern() {
      return pattern.clone();
    }

    /** A copy of the mask's bytes. */
    byte[] mask() {
      return mask.clone();
    }

    /** The first offset tried. */
    int begin() {
      return begin;
    }

    /** The last offset tried. */
    int end() {
      return end;
    }

    private static boolean[] firstBytes(byte[] pattern, byte[] mask, boolean ignoreCase) {
      boolean[] first = new boolean[256];
      for (int b = 0; b < 256; b++) {
        first[b] = pattern.length == 0 || at(pattern, mask, ignoreCase, (byte) b, 0);
      }
      return first;
    }

    // Tika's test of one byte: (buffer[i + j] & mask[j]), lower-cased when asked, == pattern[j].
    private static boolean at(byte[] pattern, byte[] mask, boolean ignoreCase, byte b, int j) {
      int masked = b & mask[j];
      if (ignoreCase) {
        masked = Character.toLowerCase(masked);
      }
      return masked == pattern[j];
    }

    @Override
    public boolean matches(MagicHead h) {
      int length = pattern.length;
      if (!counts || begin > h.n) {
        return false;
      }
      int read = Math.min(length + end - begin, h.n - begin);
      if (read < length) {
        return false;
      }
      return anyWindow(h, end - begin, read);
    }

    // The scan described at the end of MagicRule, with this rule's test, written out here and in
    // Regex: one shared method calling its test through a lambda saw both kinds of test, and C2
    // compiled it seven times in a cold ingest (a class check failing as each kind arrived), 0.7 of
    // its 2.7 seconds of compiling.
    private boolean anyWindow(MagicHead h, int last, int read) {
      int inData = Math.min(last, read - 1);
      if (inData >= INDEXED && starts.length <= 4) {
        for (int v : starts) {
          for (int k = h.indexOf(v, begin);
              k >= 0 && k <= begin + inData;
              k = h.indexOf(v, k + 1)) {
            if (window(h, read, k - begin)) {
              return true;
            }
          }
        }
      } else {
        for (int i = 0; i <= inData; i++) {
          if (first[h.data[begin + i] & 0xff] && window(h, read, i)) {
            return true;
          }
        }
      }
      if (first[0]) {
        // Starts in Tika's zeros past the head.
        for (int i = inData + 1; i <= last; i++) {
          if (window(h, read, i)) {
            return true;
          }
        }
      }
      return false;
    }

    // The window at i, whose first byte passed.
    private boolean window(MagicHead h, int read, int i) {
      for (int j = 1; j < pattern.length; j++) {
        if (!at(pattern, mask, ignoreCase, h.at(i + j, read, begin), j)) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * A regular expression tried with {@code lookingAt} at each offset in [begin, end], over a window
   * of {@code length} chars: the bytes from {@code begin} as ISO-8859-1, then Tika's zeros. {@code
   * first}, when known ({@link RegexStart}), holds the chars a match can start with. A class, not a
   * record, for its private arrays.
   */
  final class Regex implements MagicRule {
    private final Pattern pattern;
    private final int length;
    private final int begin;
    private final int end;
    private final boolean counts;
    private final boolean[] first;
    private final int[] starts;

    Regex(Pattern pattern, int length, int begin, int end, boolean counts) {
      this.pattern = pattern;
      this.length = length;
      this.begin = begin;
      this.end = end;
      this.counts = counts;
      this.first = RegexStart.chars(pattern);
      this.starts = first == null ? null : values(first);
    }

    @Override
    public boolean matches(MagicHead h) {
      if (!counts || begin > h.n) {
        return false;
      }
      int size = length + end - begin;
      int read = Math.min(size, h.n - begin);
      Matcher m = pattern.matcher(new Window(h.data, begin, read, size));
      int last = end - begin;
      if (first == null) {
        for (int i = 0; i <= last; i++) {
          if (lookingAt(m, i)) {
            return true;
          }
        }
        return false;
      }
      return anyLookingAt(h, m, last, read);
    }

    // Bytes.anyWindow's scan, with a regular expression's test.
    private boolean anyLookingAt(MagicHead h, Matcher m, int last, int read) {
      int inData = Math.min(last, read - 1);
      if (inData >= INDEXED && starts.length <= 4) {
        for (int v : starts) {
          for (int k = h.indexOf(v, begin);
              k >= 0 && k <= begin + inData;
              k = h.indexOf(v, k + 1)) {
            if (lookingAt(m, k - begin)) {
              return true;
            }
          }
        }
      } else {
        for (int i = 0; i <= inData; i++) {
          if (first[h.data[begin + i] & 0xff] && lookingAt(m, i)) {
            return true;
          }
        }
      }
      if (first[0]) {
        // Starts in Tika's zeros past the head.
        for (int i = inData + 1; i <= last; i++) {
          if (lookingAt(m, i)) {
            return true;
          }
        }
      }
      return false;
    }

    private boolean lookingAt(Matcher m, int i) {
      return m.region(i, length + i).lookingAt();
    }
  }

  /** Tika's {@code AndClause}. */
  record All(List<MagicRule> rules) implements MagicRule {
    public All {
      rules = List.copyOf(rules);
    }

    @Override
    public boolean matches(MagicHead h) {
      for (MagicRule r : rules) {
        if (!r.matches(h)) {
          return false;
        }
      }
      return true;
    }
  }

  /** Tika's {@code OrClause}. */
  record Any(List<MagicRule> rules) implements MagicRule {
    public Any {
      rules = List.copyOf(rules);
    }

    @Override
    public boolean matches(MagicHead h) {
      for (MagicRule r : rules) {
        if (r.matches(h)) {
          return true;
        }
      }
      return false;
    }
  }

  /** Tika's {@code MinShouldMatchClause}. */
  record AtLeast(int min, List<MagicRule> rules) implements MagicRule {
    public AtLeast {
      rules = List.copyOf(rules);
    }

    @Override
    public boolean matches(MagicHead h) {
      int matched = 0;
      for (MagicRule r : rules) {
        if (r.matches(h) && ++matched >= min) {
          return true;
        }
      }
      return false;
    }
  }

  // Bytes.anyWindow and Regex.anyLookingAt: whether their test holds at an offset i in [0,
  // last] from begin whose byte passes first (starts lists those values). Offsets in the head are
  // searched through the head's byte search when the range is long and few values pass; offsets at
  // or past read are Tika's zeros.

  private static int[] values(boolean[] set) {
    int count = 0;
    for (boolean b : set) {
      count += b ? 1 : 0;
    }
    int[] values = new int[count];
    for (int v = 0, k = 0; v < set.length; v++) {
      if (set[v]) {
        values[k++] = v;
      }
    }
    return values;
  }

  /**
   * The chars Tika's regular expressions see: Tika's buffer decoded as ISO-8859-1. A view over the
   * head's buffer (a class, not a record: it shares the array and has no value equality).
   */
  final class Window implements CharSequence {
    private final byte[] data;
    private final int begin;
    private final int read;
    private final int size;

    Window(byte[] data, int begin, int read, int size) {
      this.data = data;
      this.begin = begin;
      this.read = read;
      this.size = size;
    }

    @Override
    public int length() {
      return size;
    }

    @Override
    public char charAt(int index) {
      if (index < 0 || index >= size) {
        throw new IndexOutOfBoundsException(index);
      }
      return index < read ? (char) (data[begin + index] & 0xff) : '\0';
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      StringBuilder s = new StringBuilder(end - start);
      for (int i = start; i < end; i++) {
        s.append(charAt(i));
      }
      return s.toString();
    }

    @Override
    public String toString() {
      return subSequence(0, size).toString();
    }
  }
}
