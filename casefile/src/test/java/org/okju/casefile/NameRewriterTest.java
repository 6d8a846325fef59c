package org.okju.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The rewriter tries at each character only the spellings starting with its letter: it must rewrite
 * every text exactly as one alternation of every spelling (the rewriter before it) did.
 */
class NameRewriterTest {
  private static final String[] SURNAMES = {"김", "이", "박", "최", "정", "황보", "남궁"};
  private static final String[] GIVEN = {"지은", "민지", "서연", "하은", "수아", "지민", "이나"};
  private static final String[] LATIN = {
    "Kim Ji-eun",
    "Ji-eun",
    "Sora Han",
    "Park Min",
    "Ikea",
    "Ïda",
    "ǅemal",
    "STRASSE",
    "Jin",
    "Lee-Na"
  };
  private static final String[] FILLER = {
    " ", "이를 ", "씨한테 ", "님께 ", ", ", "-", "  ", "\n", "'s ", "x", "7", "Met ", "은 ", "V-", "v-0",
    "ǆemal", "ıda", "iDA", "strasse", "ikeA", "JIEUN", "ji eun", "Jingle ", "Soraya ", "이나이나"
  };

  @Test
  void rewritesEveryTextAsOneAlternationOfEverySpellingDid() {
    Random r = new Random(16);
    Map<String, String> spellings = new LinkedHashMap<>();
    Map<String, Disclosure.Person> pseudonyms = new HashMap<>();
    int n = 0;
    for (String s : SURNAMES) {
      for (String g : GIVEN) {
        String pseudonym = String.format(Locale.ROOT, "V-%03d", ++n);
        spellings.put(s + g, pseudonym);
        spellings.putIfAbsent(g, pseudonym);
        pseudonyms.put(
            pseudonym, new Disclosure.Person(n, "Name " + n, pseudonym, "x", true, true));
      }
    }
    for (String l : LATIN) {
      spellings.put(l, String.format(Locale.ROOT, "V-%03d", ++n));
    }
    NameRewriter fast = new NameRewriter(spellings, pseudonyms);
    OneAlternation reference = new OneAlternation(spellings, pseudonyms);
    List<String> names = new ArrayList<>(spellings.keySet());
    int changed = 0;
    for (int i = 0; i < 3000; i++) {
      StringBuilder b = new StringBuilder();
      int parts = 1 + r.nextInt(12);
      for (int p = 0; p < parts; p++) {
        switch (r.nextInt(4)) {
          case 0 -> b.append(names.get(r.nextInt(names.size())));
          case 1 -> b.append(String.format(Locale.ROOT, "V-%03d", 1 + r.nextInt(60)));
          default -> b.append(FILLER[r.nextInt(FILLER.length)]);
        }
      }
      String text = r.nextBoolean() ? b.toString() : b.toString().toUpperCase(Locale.ROOT);
      String expected = reference.rewrite(text);
      assertThat(fast.rewrite(text)).as(text).isEqualTo(expected);
      if (!expected.equals(text)) {
        changed++;
      }
    }
    assertThat(changed).isGreaterThan(2000); // the texts did hold names to replace
  }

  @Test
  void theFoldOfALetterIsItsOwnFold() {
    // A single letter of a spelling matches a text's letter equal to its fold, or whose fold is
    // equal to it: grouping by the fold finds both only if folding twice changes nothing.
    for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
      int f = NameRewriter.fold(c);
      assertThat(NameRewriter.fold(f)).as("U+%04X", c).isEqualTo(f);
    }
  }

  /** The rewriter as it was: one case-insensitive alternation of every spelling, longest first. */
  private static final class OneAlternation {
    private final Map<String, String> replacements = new HashMap<>();
    private final Map<String, Disclosure.Person> pseudonyms;
    private final Pattern pattern;

    OneAlternation(Map<String, String> spellings, Map<String, Disclosure.Person> pseudonyms) {
      this.pseudonyms = pseudonyms;
      List<String> alternatives = new ArrayList<>();
      spellings.entrySet().stream()
          .filter(e -> usable(e.getKey()))
          .sorted(
              Comparator.comparingInt((Map.Entry<String, String> e) -> -e.getKey().length())
                  .thenComparing(Map.Entry::getKey))
          .forEach(
              e -> {
                if (replacements.putIfAbsent(key(e.getKey()), e.getValue()) == null) {
                  alternatives.add(fragment(e.getKey()));
                }
              });
      alternatives.add("(?<![\\p{IsLatin}\\p{Nd}-])V-\\d{3,}(?!\\d)");
      this.pattern =
          Pattern.compile(
              String.join("|", alternatives), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    String rewrite(String text) {
      String t = Normalizer.normalize(text, Normalizer.Form.NFC);
      Matcher m = pattern.matcher(t);
      StringBuilder out = new StringBuilder(t.length());
      while (m.find()) {
        String found = m.group();
        String replacement;
        Disclosure.Person p = pseudonyms.get(found.toUpperCase(Locale.ROOT));
        if (p != null && Disclosure.isPseudonym(found.toUpperCase(Locale.ROOT))) {
          replacement = p.label();
        } else {
          replacement = replacements.getOrDefault(key(found), found);
        }
        m.appendReplacement(out, Matcher.quoteReplacement(replacement));
      }
      m.appendTail(out);
      return out.toString();
    }

    private static boolean usable(String spelling) {
      String k = key(spelling);
      return k.codePointCount(0, k.length()) >= 2 && !k.chars().allMatch(Character::isDigit);
    }

    private static String key(String s) {
      return Normalizer.normalize(s, Normalizer.Form.NFC)
          .replaceAll("[\\s\\-]+", "")
          .toLowerCase(Locale.ROOT);
    }

    private static String fragment(String spelling) {
      String s = Normalizer.normalize(spelling.strip(), Normalizer.Form.NFC);
      StringBuilder b = new StringBuilder("(?:");
      if (isLatin(s.codePointAt(0))) {
        b.append("(?<![\\p{IsLatin}\\p{Nd}])");
      }
      boolean first = true;
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
}
