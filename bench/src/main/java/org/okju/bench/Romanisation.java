package org.okju.bench;

import java.util.Locale;

/**
 * Hangul syllables in the Revised Romanisation, enough to find a Korean given name written in Latin
 * letters beside its Hangul (지우, Jiwoo, Ji-woo) and to write a new name the same way.
 */
final class Romanisation {
  private static final String[] INITIALS = {
    "g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p",
    "h"
  };
  private static final String[] VOWELS = {
    "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we",
    "wi", "yu", "eu", "ui", "i"
  };
  private static final String[] FINALS = {
    "", "k", "k", "k", "n", "n", "n", "t", "l", "l", "l", "l", "l", "l", "l", "l", "m", "p", "p",
    "t", "t", "ng", "t", "t", "k", "t", "p", "t"
  };

  private static final int SILENT_INITIAL = 11;

  private Romanisation() {}

  /** Whether {@code c} is a complete Hangul syllable (가-힣). */
  static boolean isSyllable(char c) {
    return c >= '가' && c <= '힣';
  }

  /** Whether the syllable has a final consonant (받침): 은 yes, 아 no. */
  static boolean hasFinal(char syllable) {
    return (syllable - '가') % 28 != 0;
  }

  /**
   * The syllables romanised, capitalised, each syllable apart when {@code hyphen} (Seo-yeon) or run
   * together (Seoyeon).
   */
  static String of(String hangul, boolean hyphen) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < hangul.length(); i++) {
      int code = hangul.charAt(i) - '가';
      // A syllable opening with a vowel is set apart even in a name run together (Se-a, never
      // Sea: run together it reads as another word or another split).
      if (i > 0 && (hyphen || code / (21 * 28) == SILENT_INITIAL)) {
        b.append('-');
      }
      b.append(INITIALS[code / (21 * 28)]).append(VOWELS[code / 28 % 21]);
      b.append(FINALS[code % 28]);
    }
    String s = b.toString();
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /**
   * A spelling reduced to what varies least between writers, so that Jiwoo, Ji-woo and the
   * romanisation Jiu compare equal (hyphen, case, oo/woo for u, ee for i, sung for seong).
   */
  static String key(String latin) {
    return latin
        .toLowerCase(Locale.ROOT)
        .replace("-", "")
        .replace("woo", "u")
        .replace("oo", "u")
        .replace("ee", "i")
        .replace("eong", "ung");
  }
}
