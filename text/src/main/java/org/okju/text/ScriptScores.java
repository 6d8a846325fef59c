package org.okju.text;

import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.BitSet;

/**
 * How plausible decoded text is in each script, from 0 (noise) to 1 (every non-ASCII character is
 * what that language's text is made of). A wrong code page still decodes many byte strings, but
 * into characters real text seldom has: EUC-KR read as Shift-JIS is half-width katakana, Shift-JIS
 * read as CP949 is Hangul outside the 2,350 syllables of KS X 1001, Korean read as Latin-1 is long
 * runs of accented letters and symbols with no Latin letter beside them. Stateless.
 */
final class ScriptScores {
  /** The 2,350 Hangul syllables of KS X 1001 (EUC-KR): nearly every syllable of real text. */
  private static final BitSet KS_X_1001_HANGUL = new BitSet(0xd7a4 - 0xac00);

  static {
    CharsetEncoder euc = Charset.forName("EUC-KR").newEncoder();
    for (char c = 0xac00; c <= 0xd7a3; c++) {
      if (euc.canEncode(c)) {
        KS_X_1001_HANGUL.set(c - 0xac00);
      }
    }
  }

  private ScriptScores() {}

  /** Korean: KS X 1001 Hangul, jamo (ㅋㅋ), hanja and CJK punctuation. */
  static double korean(CharBuffer text) {
    double sum = 0;
    int count = 0;
    for (int i = text.position(); i < text.limit(); i++) {
      char c = text.get(i);
      if (c < 0x80) {
        continue;
      }
      count++;
      if (c >= 0xac00 && c <= 0xd7a3) {
        sum += KS_X_1001_HANGUL.get(c - 0xac00) ? 1 : 0.2;
      } else if (c >= 0x3131 && c <= 0x318e) {
        sum += 1;
      } else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f)) {
        sum += 0.8;
      } else if ((c >= 0x2010 && c <= 0x203b) || (c >= 0xff01 && c <= 0xff5e) || c == 0xb7) {
        sum += 0.8;
      }
    }
    return count == 0 ? 0 : sum / count;
  }

  /** Japanese: kana, kanji, CJK and full-width punctuation; half-width katakana is rare. */
  static double japanese(CharBuffer text) {
    double sum = 0;
    int count = 0;
    for (int i = text.position(); i < text.limit(); i++) {
      char c = text.get(i);
      if (c < 0x80) {
        continue;
      }
      count++;
      if (c >= 0x3000 && c <= 0x30ff) {
        sum += 1;
      } else if (c >= 0x4e00 && c <= 0x9fff) {
        sum += 0.9;
      } else if (c >= 0xff01 && c <= 0xff5e) {
        sum += 0.8;
      } else if (c >= 0xff61 && c <= 0xff9f) {
        sum += 0.2;
      } else {
        sum += 0.3;
      }
    }
    return count == 0 ? 0 : sum / count;
  }

  /**
   * Latin-1 and windows-1252: accented letters beside Latin letters, lone symbols; a run of three
   * or more non-ASCII characters is almost never a European language.
   */
  static double latin(CharBuffer text) {
    double sum = 0;
    int count = 0;
    int from = text.position();
    int to = text.limit();
    for (int i = from; i < to; i++) {
      char c = text.get(i);
      if (c < 0x80) {
        continue;
      }
      count++;
      int start = i;
      while (start > from && text.get(start - 1) >= 0x80) {
        start--;
      }
      int end = i + 1;
      while (end < to && text.get(end) >= 0x80) {
        end++;
      }
      int run = end - start;
      boolean letterBeside =
          (start > from && isAsciiLetter(text.get(start - 1)))
              || (end < to && isAsciiLetter(text.get(end)));
      if (run >= 3) {
        continue;
      }
      if (Character.isLetter(c)) {
        sum += letterBeside ? 1 : run == 1 ? 0.7 : 0.3;
      } else {
        sum += run == 1 ? 0.9 : 0.4;
      }
    }
    return count == 0 ? 0 : sum / count;
  }

  /**
   * UTF-16 code units: the share that are characters of some script's text (ASCII, Latin, Cyrillic,
   * punctuation, kana, Hangul, CJK, full-width forms, surrogate pairs), ASCII weighing most so that
   * English in the wrong byte order (U+6100 for 'a') loses to the right one; 0 when fewer than one
   * unit in 200 is a space or a line break.
   */
  static double utf16(CharBuffer text) {
    double sum = 0;
    int count = 0;
    int spaces = 0;
    for (int i = text.position(); i < text.limit(); i++) {
      char c = text.get(i);
      count++;
      if (c == ' ' || c == '\n' || c == '\t' || c == 0x3000) {
        spaces++;
      }
      if ((c >= 0x20 && c < 0x7f) || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
        sum += 1;
      } else if (c >= 0xac00 && c <= 0xd7a3) {
        sum += KS_X_1001_HANGUL.get(c - 0xac00) ? 1 : 0.9;
      } else if ((c >= 0xa0 && c <= 0x24f)
          || (c >= 0x370 && c <= 0x4ff)
          || (c >= 0x2000 && c <= 0x206f)
          || (c >= 0x3000 && c <= 0x30ff)
          || (c >= 0x3130 && c <= 0x318f)
          || (c >= 0x4e00 && c <= 0x9fff)
          || (c >= 0xff00 && c <= 0xffef)
          || Character.isSurrogate(c)) {
        sum += 0.98;
      }
    }
    // Text has spaces or line breaks; letters paired into code units (ASCII read as UTF-16 makes
    // CJK ideographs, U+6161 for "aa") have none.
    if (count == 0 || spaces * 200 < count) {
      return 0;
    }
    return sum / count;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
