package org.okju.casefile;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One pass over a text replacing people's spellings (longest first) and pseudonyms, for {@link
 * Disclosure}. Every spelling is a regular expression (case-insensitive, a space or hyphen or
 * neither between its words, word bounds at a Latin end); the text is searched for the first
 * spelling matching at the leftmost position, the longest at that position winning.
 *
 * <p>One alternation of every spelling would try each of them at every character of the text: a
 * case with hundreds of names made that most of the ledger's reading. The spellings are grouped by
 * their first letter instead, case-folded as the regular expression folds it, and at each character
 * only the group starting with it is tried, in the same order: the same matches, found in a few
 * tries where most characters start no name.
 *
 * <p>Immutable and thread-safe.
 */
final class NameRewriter {
  private static final String PSEUDONYM_TOKEN = "(?<![\\p{IsLatin}\\p{Nd}-])V-\\d{3,}(?!\\d)";
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private final Map<String, String> replacements = new HashMap<>();
  private final Map<String, Disclosure.Person> pseudonyms;
  // First letter (folded) → the spellings starting with it, as one alternation, longest first.
  private final Map<Integer, Pattern> byFirstLetter;

  NameRewriter(Map<String, String> spellings, Map<String, Disclosure.Person> pseudonyms) {
    this.pseudonyms = pseudonyms;
    Map<Integer, List<String>> groups = new LinkedHashMap<>();
    spellings.entrySet().stream()
        .filter(e -> usable(e.getKey()))
        .sorted(
            Comparator.comparingInt((Map.Entry<String, String> e) -> -e.getKey().length())
                .thenComparing(Map.Entry::getKey))
        .forEach(
            e -> {
              if (replacements.putIfAbsent(key(e.getKey()), e.getValue()) == null) {
                String s = Normalizer.normalize(e.getKey().strip(), Normalizer.Form.NFC);
                groups
                    .computeIfAbsent(fold(firstLetter(s)), k -> new ArrayList<>())
                    .add(fragment(s));
              }
            });
    if (!pseudonyms.isEmpty()) {
      groups.computeIfAbsent(fold('V'), k -> new ArrayList<>()).add(PSEUDONYM_TOKEN);
    }
    Map<Integer, Pattern> patterns = new HashMap<>();
    groups.forEach((k, v) -> patterns.put(k, Pattern.compile(String.join("|", v), FLAGS)));
    this.byFirstLetter = Map.copyOf(patterns);
  }

  String rewrite(String text) {
    return rewrite(text, true);
  }

  /**
   * {@link #rewrite}, but a pseudonym in the text stays as written (a recorded text: what is shown
   * is what was hashed). The same compiled patterns serve both.
   */
  String rewriteKeepingPseudonyms(String text) {
    return rewrite(text, false);
  }

  private String rewrite(String text, boolean expandPseudonyms) {
    if (byFirstLetter.isEmpty() || text == null || text.isEmpty()) {
      return text;
    }
    String t =
        Normalizer.isNormalized(text, Normalizer.Form.NFC)
            ? text
            : Normalizer.normalize(text, Normalizer.Form.NFC);
    Map<Integer, Matcher> matchers = new HashMap<>();
    StringBuilder out = null;
    int copied = 0;
    int i = 0;
    int n = t.length();
    while (i < n) {
      int cp = t.codePointAt(i);
      int letter = fold(cp);
      Pattern p = byFirstLetter.get(letter);
      if (p != null) {
        Matcher m = matchers.computeIfAbsent(letter, k -> p.matcher(t));
        m.region(i, n);
        m.useTransparentBounds(true); // the word-bound look-arounds see the text before i
        if (m.lookingAt()) {
          if (out == null) {
            out = new StringBuilder(n);
          }
          out.append(t, copied, i).append(replacement(m.group(), expandPseudonyms));
          i = m.end();
          copied = i;
          continue;
        }
      }
      i += Character.charCount(cp);
    }
    return out == null ? t : out.append(t, copied, n).toString();
  }

  private String replacement(String found, boolean expandPseudonyms) {
    String upper = found.toUpperCase(Locale.ROOT);
    if (Disclosure.isPseudonym(upper)) {
      Disclosure.Person p = pseudonyms.get(upper);
      if (p != null) {
        return expandPseudonyms ? p.label() : found;
      }
    }
    return replacements.getOrDefault(key(found), found);
  }

  /**
   * How a case-insensitive Unicode regular expression compares a letter ({@code SliceU}, {@code
   * SingleU}): two letters match when these are equal.
   */
  static int fold(int codePoint) {
    return Character.toLowerCase(Character.toUpperCase(codePoint));
  }

  // The first letter a spelling's expression consumes: a hyphen or space at its start is no part.
  private static int firstLetter(String s) {
    for (String part : s.split("[\\s\\-]+", -1)) {
      if (!part.isEmpty()) {
        return part.codePointAt(0);
      }
    }
    return s.codePointAt(0);
  }

  private static boolean usable(String spelling) {
    String k = key(spelling);
    return k.codePointCount(0, k.length()) >= 2 && !k.chars().allMatch(Character::isDigit);
  }

  // Spellings that differ only in case, spaces and hyphens are one.
  private static String key(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC)
        .replaceAll("[\\s\\-]+", "")
        .toLowerCase(Locale.ROOT);
  }

  private static String fragment(String s) {
    StringBuilder b = new StringBuilder("(?:");
    if (isLatin(s.codePointAt(0))) {
      b.append("(?<![\\p{IsLatin}\\p{Nd}])");
    }
    boolean first = true;
    // A hyphen at either end leaves an empty part: it is not a word of the name.
    for (String part : s.split("[\\s\\-]+", -1)) {
      if (part.isEmpty()) {
        continue;
      }
      if (!first) {
        b.append("[\\s\\-]?");
      }
      b.append(Pattern.quote(part));
      first = false;
    }
    if (isLatin(s.codePointBefore(s.length()))) {
      b.append("(?![\\p{IsLatin}])");
    }
    return b.append(')').toString();
  }

  private static boolean isLatin(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.LATIN
        || Character.isDigit(codePoint);
  }
}
