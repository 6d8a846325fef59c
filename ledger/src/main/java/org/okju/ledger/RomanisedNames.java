package org.okju.ledger;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Korean given names romanised in lower case, as chat writers type them ("yuna's here", "ji-eun's
 * at Itaewon", "prey: hana, somi"), and the romanised honorific written onto a name ("jiwon-ssi").
 * The English name rules read capitals; a lower-case writer gives them none, so a word shaped as a
 * romanised given name (two syllables Korean given names are commonly made of, in the Revised
 * Romanization or its common spellings) is shown to them capitalised, and what they find is
 * reported as written. The shape alone makes nobody a person: the English rules still ask for a
 * person's context (a list under "prey:", a name opening its sentence before what she did, a
 * possessive before where she is). Stateless and thread-safe.
 */
final class RomanisedNames {
  // The romanised spellings of the syllables KoreanNames takes for given names' (가, 겸, 결 …), the
  // Revised Romanization first, then the spellings passports and chats use (kyung, soo, yoon, hee):
  // those opening with a consonant (y and w too), then those opening with a vowel.
  private static final String CONSONANT_SYLLABLE =
      "(?:gyeong|gyeom|gyeol|gyun|gyu|geun|ga|gi|kyung|kyu|ki|nam|neul|na|dam|dong|do|da|ryeong"
          + "|ryeon|ryeo|ryul|ryun|ran|ram|rae|rin|rim|ro|ru|ri|ra|lin|min|mi|beom|byeol|byeong|bom"
          + "|bo|bin|bit|bi|sang|san|sae|seok|seon|seol|seong|seo|seul|seung|shin|sol|som|song|so"
          + "|suk|sun|soo|su|se|sin|si|yeong|young|yeon|ye|wan|won|wol|woo|yun|yoon|yul|yu|yoo|jae"
          + "|jeong|jung|jong|joon|joo|jun|ju|jin|ji|chan|chae|cheol|cho|chun|tae|han|hae|ha|hyeok"
          + "|hyeon|hyun|hye|ho|hwan|hwa|hyo|hun|hu|hwi|hui|hee)";
  private static final String VOWEL_SYLLABLE = "(?:eun|eul|ae|ah|an|a|ok|on|uk|un|ui|u|in|il)";
  // Written as one word, a name's second syllable opening with a vowel is one of the few names
  // have so (ji-eun as jieun, ji-a as jia, ji-u as jiu): English words join the others (b-ook,
  // so-on, ga-in, ye-ah). Apart by a hyphen, any.
  private static final String NAME_SHAPE =
      "(?:"
          + CONSONANT_SYLLABLE
          + "|"
          + VOWEL_SYLLABLE
          + ")(?:(?:"
          + CONSONANT_SYLLABLE
          + "|eun|a|u)|-(?:"
          + CONSONANT_SYLLABLE
          + "|"
          + VOWEL_SYLLABLE
          + "))";
  // A word of its own: not a file's or a handle's part (yerim_0330, @yuna, yuna.mp4).
  private static final Pattern SHAPED =
      Pattern.compile("(?<![\\p{L}\\p{N}_@#./'’-])(" + NAME_SHAPE + ")(?![\\p{L}\\p{N}_@]|\\.\\w)");
  // English and chat words of the same shape, and brands a diary names (Jinro, the soju; Hanwha).
  private static final Set<String> WORDS =
      Set.of("hobo", "judo", "soju", "soda", "haha", "hoho", "hihi", "juju", "jinro", "hanwha");
  // A romanised honorific written onto the name: jiwon-ssi, Minho-nim, Yuna-unnie.
  private static final Pattern HONORIFIC =
      Pattern.compile("-(?i:ssi|nim|unnie|eonni|noona|nuna|oppa|hyung|sunbae|seonbae|ssaem)$");

  private static final Pattern SHAPE_ALONE = Pattern.compile(NAME_SHAPE);

  private RomanisedNames() {}

  /**
   * Whether a word, in any case, is shaped as a romanised given name ("Jiyu", "nari", "Seo-yeon"):
   * not one of the English or chat words of that shape, nor shorter than four letters.
   */
  static boolean givenNameShaped(String word) {
    String lower = word.toLowerCase(java.util.Locale.ROOT);
    return lower.length() >= 4
        && !WORDS.contains(lower)
        && SHAPE_ALONE.matcher(lower).matches()
        // "so-so", "ha-ha": a word said twice is no name
        && !lower.matches("([a-z]+)-\\1");
  }

  /**
   * {@code line} with each lower-case word shaped as a romanised given name capitalised; every
   * other character, and the length, unchanged.
   */
  static String capitalised(String line) {
    Matcher m = SHAPED.matcher(line);
    StringBuilder out = null;
    while (m.find()) {
      String word = m.group(1);
      if (WORDS.contains(word) || word.length() < 4) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(line);
      }
      out.setCharAt(m.start(1), Character.toUpperCase(word.charAt(0)));
    }
    return out == null ? line : out.toString();
  }

  /**
   * A person the English rules found in the {@link #capitalised} line, as {@code line} writes them
   * (jiwon, not Jiwon) and without a romanised honorific (jiwon-ssi → jiwon).
   */
  static Found<Person> asWritten(Found<Person> f, String line, String cased) {
    int start = f.start();
    int end = f.end();
    String name = f.value().name();
    Matcher h = HONORIFIC.matcher(name);
    if (h.find() && h.start() >= 2) {
      int cut = name.length() - h.start();
      name = name.substring(0, h.start());
      if (line.substring(start, end).endsWith(line.substring(end - cut, end))) {
        end -= cut;
      }
    }
    if (end <= line.length() && !line.regionMatches(start, cased, start, end - start)) {
      String written = line.substring(start, end);
      if (written.equalsIgnoreCase(name)) {
        name = written;
      }
    }
    if (name.equals(f.value().name()) && end == f.end()) {
      return f;
    }
    return new Found<>(start, end, new Person(name, f.value().role()), f.confidence(), f.flags());
  }

  // The Revised Romanization of a syllable's parts, with the spellings passports and chats use for
  // the same sound beside it (서 seo/suh, 현 hyeon/hyun, 수 su/soo, 윤 yun/yoon, 영 yeong/young, 희
  // hui/hee).
  private static final String[][] INITIALS = {
    {"g", "k"},
    {"kk"},
    {"n"},
    {"d", "t"},
    {"tt"},
    {"r", "l"},
    {"m"},
    {"b", "p"},
    {"pp"},
    {"s"},
    {"ss"},
    {""},
    {"j"},
    {"jj"},
    {"ch"},
    {"k"},
    {"t"},
    {"p"},
    {"h"}
  };
  private static final String[][] VOWELS = {
    {"a"},
    {"ae"},
    {"ya"},
    {"yae"},
    {"eo", "u"},
    {"e"},
    {"yeo", "yu"},
    {"ye"},
    {"o"},
    {"wa"},
    {"wae"},
    {"oe"},
    {"yo"},
    {"u", "oo"},
    {"wo"},
    {"we"},
    {"wi"},
    {"yu", "yoo"},
    {"eu"},
    {"ui", "ee", "i"},
    {"i", "ee"}
  };
  private static final String[][] FINALS = {
    {""}, {"k", "g"}, {"k"}, {"k"}, {"n"}, {"n"}, {"n"}, {"t", "d"}, {"l"}, {"k"}, {"m"}, {"l"},
    {"l"}, {"l"}, {"p"}, {"l"}, {"m"}, {"p", "b"}, {"p"}, {"t"}, {"t"}, {"ng"}, {"t"}, {"t"},
    {"k"}, {"t"}, {"p"}, {"t"}
  };

  /**
   * The ways a Korean given name (two or three syllables of Hangul) is romanised, in lower case and
   * without hyphens or spaces: 다솜 → dasom; 서현 → seohyeon, seohyun, suhhyeon … A name with 우 or 이
   * alone as a syllable is spelt with w or y too (우진 → woojin, 이슬 → yiseul). Empty for any other
   * word.
   */
  static java.util.Set<String> spellingsOf(String hangul) {
    if (!hangul.matches("[가-힣]{2,3}")) {
      return java.util.Set.of();
    }
    java.util.Set<String> out = new java.util.HashSet<>();
    out.add("");
    for (int k = 0; k < hangul.length(); k++) {
      char c = hangul.charAt(k);
      int i = c - '가';
      int initial = i / (21 * 28);
      int vowel = (i / 28) % 21;
      int coda = i % 28;
      java.util.Set<String> syllables = new java.util.HashSet<>();
      for (String a : INITIALS[initial]) {
        for (String b : VOWELS[vowel]) {
          for (String f : FINALS[coda]) {
            syllables.add(a + b + f);
          }
        }
      }
      if (c == '우') {
        syllables.add("woo");
      }
      if (c == '이') {
        syllables.add("yi");
        syllables.add("lee");
      }
      java.util.Set<String> next = new java.util.HashSet<>();
      for (String head : out) {
        for (String s : syllables) {
          next.add(head + s);
        }
      }
      out = next;
    }
    return out;
  }
}
