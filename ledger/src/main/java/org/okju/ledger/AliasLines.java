package org.okju.ledger;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line saying that one name stands for another, as notes and who's-who lists write it: {@code 별 =
 * 나래}, {@code [[Auntie]] = Ms. Byeon}. The person is the name on the right (her name, his surname
 * after a title); the word on the left, a nickname or a role word, stands for that person wherever
 * the document writes it ({@link PeopleResolver#ALIAS_FLAG}).
 */
final class AliasLines {
  private static final Pattern ALIAS =
      Pattern.compile(
          "(?:^|[:.]\\s)\\s*(?:["
              + PersonWords.BULLETS
              + "]\\s*)?\\[{0,2}(?<a>[가-힣]{1,5}|[A-Za-z][a-z]{1,15})\\]{0,2}\\s?=\\s?"
              + "(?:(?i:mr|ms|mrs|miss|dr)\\.?\\s)?(?<b>[가-힣]{2,4}|"
              + PersonWords.LATIN_NAME
              + "(?:\\s"
              + PersonWords.LATIN_NAME
              + ")?)(?=[\\s,.;]|$)");

  private static final Pattern LABELS =
      Pattern.compile("이름|본명|실명|가명|별명|타겟|피해자|(?i:name|target|tgt|prey|victim|alias|aka)");

  // Her real name said after the alias, in the same line: "Bella = 벨라 from the club, real name
  // 한보람".
  private static final Pattern REAL_NAME =
      Pattern.compile(
          "(?:(?i:real name|legal name)(?:\\s(?:is|=))?|본명|실명)\\s?(?:은|는|이|:|=)?\\s?"
              + "(?<n>[가-힣]{2,4}|"
              + PersonWords.LATIN_NAME
              + "(?:\\s"
              + PersonWords.LATIN_NAME
              + ")?)(?=[\\s,.;)]|$)");

  // A nickname's real name said in a sentence: "Button's real name is Ye-eun", "Button is really
  // Ye-eun", 버튼 본명 예은, 버튼 본명은 이예은 (the two had been two people, the one written by her
  // real name an unknown beside the victim).
  private static final Pattern SENTENCE_ALIAS =
      Pattern.compile(
          "(?<![\\p{L}])(?<a>[가-힣]{1,5}|"
              + PersonWords.LATIN_NAME
              + ")(?:(?:'s|’s)\\s(?i:real|legal|actual)\\sname\\s(?:is|=)|\\sis\\sreally"
              + "|(?:의)?\\s?(?:본명|실명)(?:은|는|이|:|=)?)\\s?(?<b>[가-힣]{2,4}|"
              + PersonWords.LATIN_NAME
              + ")(?=[\\s,.;)]|$)");

  // A nickname brought or met in one sentence, her real name the next: 오늘 토끼 데려옴. 본명 채은이.
  // "Picked up Bunny at Hongdae. Real name Chae-eun." (session 31: the nickname, a word Nori knows,
  // was no one, and a confirmed payment's line quoted it in every output).
  private static final Pattern REAL_NAME_NEXT =
      Pattern.compile(
          "(?<![\\p{L}])(?<a>[가-힣]{1,5})\\s(?:데려옴|데려감|데려왔|데려갔|데려온|픽업|만남|만났|불러냄|불러냈)"
              + "[^.!?\\n]{0,20}?[.!?]\\s*(?:본명|실명)(?:은|는|이|:|=)?\\s?(?<b>[가-힣]{2,4})(?=[\\s,.;)]|$)"
              + "|(?i:(?:picked up|brought|met)\\s)(?<c>"
              + PersonWords.LATIN_NAME
              + ")\\b[^.!?\\n]{0,30}?[.!?]\\s*(?i:(?:her )?real name(?:'s| is|:)?)\\s?(?<d>"
              + PersonWords.LATIN_NAME
              + ")(?=[\\s,.;)]|$)");

  // A romanised given name and an English word for her in brackets, either way round: "Drinks:
  // Jiwoo (Peach) + Ara", "Peach (Jiwoo) again". One woman: the nickname had been read as a second
  // person and the given name, opening the note, left unread (session 32).
  private static final Pattern BRACKETED =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}_])(?<a>"
              + PersonWords.LATIN_NAME
              + ")\\s?\\((?<b>"
              + PersonWords.LATIN_NAME
              + ")\\)");

  // Two romanised given names the writer hesitates between: "Dami? Dahye? didn't catch it", "was
  // it minseo or minji", "Yebin? Or Yerin." One woman, whose name he wrote first; the second had
  // been a person of her own once the filter no longer doubted romanised names (session 32).
  private static final Pattern HESITATION =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}_])(?<a>[A-Za-z][a-z]+(?:-[a-z]+)?)(?:\\?\\s*(?:(?i:or)\\s+)?|\\s+or\\s+)"
              + "(?<b>[A-Za-z][a-z]+(?:-[a-z]+)?)(?![\\p{L}\\p{N}_])");

  private AliasLines() {}

  /** Puts the person of an alias line into {@code people}, both spans standing for her. */
  static void read(String masked, List<Found<Person>> people) {
    Matcher m = ALIAS.matcher(masked);
    while (m.find()) {
      String a = m.group("a");
      String b = m.group("b");
      if (a.equals(b) || !isName(b) || LABELS.matcher(a).matches() || Cues.in(Cues.HUNT, a)) {
        // 물고기 = 채원, 타겟 = 소민, 이름 = 유나: a label before her name, not another name of hers
        continue;
      }
      int as = m.start("a");
      int bs = m.start("b");
      people.removeIf(p -> p.overlaps(as, m.end("a")) || p.overlaps(bs, m.end("b")));
      String flag = PeopleResolver.ALIAS_FLAG + a;
      Matcher real = REAL_NAME.matcher(masked).region(m.end("b"), masked.length());
      if (real.find() && isName(real.group("n")) && !real.group("n").equals(b)) {
        // Both names on the left of "real name" stand for the one after it.
        int rs = real.start("n");
        people.removeIf(p -> p.overlaps(rs, real.end("n")));
        Person her = new Person(real.group("n"), Optional.empty());
        String other = PeopleResolver.ALIAS_FLAG + b;
        people.add(Found.of(as, m.end("a"), her, 0.85, flag, other));
        people.add(Found.of(bs, m.end("b"), her, 0.85, flag, other));
        people.add(Found.of(rs, real.end("n"), her, 0.85, flag, other));
        continue;
      }
      Person her = new Person(b, Optional.empty());
      people.add(Found.of(as, m.end("a"), her, 0.85, flag));
      people.add(Found.of(bs, m.end("b"), her, 0.85, flag));
    }
    Matcher said = SENTENCE_ALIAS.matcher(masked);
    while (said.find()) {
      String a = said.group("a");
      String b = said.group("b");
      if (a.equals(b) || !isName(a) || !isName(b) || LABELS.matcher(a).matches()) {
        continue;
      }
      onePerson(people, said.start("a"), said.end("a"), said.start("b"), said.end("b"), b, a);
    }
    Matcher next = REAL_NAME_NEXT.matcher(masked);
    while (next.find()) {
      String ga = next.group("a") != null ? "a" : "c";
      String gb = ga.equals("a") ? "b" : "d";
      String a = next.group(ga);
      String b = next.group(gb);
      if (a.equals(b) || !isName(a) || !isName(b) || LABELS.matcher(a).matches()) {
        continue;
      }
      onePerson(people, next.start(ga), next.end(ga), next.start(gb), next.end(gb), b, a);
    }
    Matcher hesitation = HESITATION.matcher(masked);
    while (hesitation.find()) {
      String a = hesitation.group("a");
      String b = hesitation.group("b");
      if (a.equalsIgnoreCase(b)
          || !RomanisedNames.givenNameShaped(a)
          || !RomanisedNames.givenNameShaped(b)
          || KoreanSurnames.containsRomanised(a)
          || KoreanSurnames.containsRomanised(b)
          || !hesitant(masked, hesitation)) {
        continue;
      }
      onePerson(
          people,
          hesitation.start("a"),
          hesitation.end("a"),
          hesitation.start("b"),
          hesitation.end("b"),
          a,
          b);
    }
    Matcher bracketed = BRACKETED.matcher(masked);
    while (bracketed.find()) {
      String a = bracketed.group("a");
      String b = bracketed.group("b");
      boolean aGiven = nicknamedGivenName(a, b);
      if (!aGiven && !nicknamedGivenName(b, a)) {
        continue;
      }
      onePerson(
          people,
          bracketed.start("a"),
          bracketed.end("a"),
          bracketed.start("b"),
          bracketed.end("b"),
          aGiven ? a : b,
          aGiven ? b : a);
    }
    people.sort((x, y) -> Integer.compare(x.start(), y.start()));
  }

  /**
   * The two spans {@code [as, ae)} and {@code [bs, be)} are one woman, {@code name}, also written
   * {@code other}; whatever was read over either span before gives way.
   */
  private static void onePerson(
      List<Found<Person>> people, int as, int ae, int bs, int be, String name, String other) {
    people.removeIf(p -> p.overlaps(as, ae) || p.overlaps(bs, be));
    Person her = new Person(name, Optional.empty());
    String flag = PeopleResolver.ALIAS_FLAG + other;
    people.add(Found.of(as, ae, her, 0.85, flag));
    people.add(Found.of(bs, be, her, 0.85, flag));
  }

  /**
   * Whether the two names of a {@link #HESITATION} match are a doubt about one name, not a choice
   * between two women ("Jisoo or Hana, whoever is free"): a question mark on either, or "was it"
   * before them.
   */
  private static boolean hesitant(String masked, Matcher m) {
    return masked.startsWith("?", m.end("a"))
        || masked.startsWith("?", m.end("b"))
        || masked.substring(0, m.start("a")).matches("(?s).*\\b(?i:was it|is it|wasn't it)\\s+$");
  }

  /**
   * Whether {@code given} is a romanised given name and {@code other} a nickname of hers: a word
   * not so shaped, neither a romanised surname ("Jiwoo (Lee)" is her family name, "Kim (Jisoo)" may
   * be two people) nor a common word ("Sora (Mon)").
   */
  private static boolean nicknamedGivenName(String given, String other) {
    return RomanisedNames.givenNameShaped(given)
        && !KoreanSurnames.containsRomanised(given)
        && !RomanisedNames.givenNameShaped(other)
        && !KoreanSurnames.containsRomanised(other)
        && isName(given)
        && isName(other);
  }

  private static String firstWord(String w) {
    int space = w.indexOf(' ');
    return space < 0 ? w : w.substring(0, space);
  }

  private static boolean isName(String w) {
    return w.matches("[가-힣]+")
        ? !PersonWords.KOREAN_NOT_NAMES.contains(w)
            && !PersonWords.KOREAN_ROLE_WORDS.contains(w)
            && !PlaceReader.GAZETTEER.contains(w)
        : !PersonWords.isEnglishNotName(firstWord(w))
            && !PlaceReader.GAZETTEER.contains(w.toLowerCase(java.util.Locale.ROOT));
  }
}
