package org.okju.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names a Korean sentence gives as names, whatever word they are: {@code 유리라는 여자}, {@code 이름은 하늘이라고
 * 했습니다}, {@code 이름은 구슬이래요}, {@code "보미"라고 부르는}. Given names are often ordinary words (유리 is glass,
 * 하늘 the sky), so Nori's reading cannot find them; the phrase that names them can. A name so given
 * is the victim's when the line is about meeting, filming or drugging her or the name is given to a
 * woman already spoken of ({@code 그 여자의 이름은}, {@code 여자입니다. 이름은}). Stateless and thread-safe.
 */
final class NamingPhrases {
  private NamingPhrases() {}

  // The name (quoted or not), the quotative copula, then what says it is a name: a verb of naming
  // or a noun for a person. The name is lazy so that 하늘이라고 is 하늘 + 이라고.
  private static final Pattern PHRASE =
      Pattern.compile(
          "(?<![가-힣A-Za-z])['\"‘“]?(?<name>[가-힣]{1,4}?)['\"’”]?"
              + "(?<copula>이라고|라고|이라는|라는|이래요|래요|이래|래|이란|란)"
              + "(?<what>\\s?(?:불렸|불리|불렀|부르|부름|소개|했|함|하더|하는|들었"
              + "|여자|여성|남자|남성|사람|애|아이|친구|분|학생|놈|손님"
              // "판다"라는 닉네임의 구매자: a handle, as a buyer or a seller goes by
              + "|닉네임|닉|아이디|별명|구매자|판매자)"
              + "|(?=[\\s.,!?]|$))");
  // "이름은 ", "이름이 ": the sentence says the next word is a name, so no naming verb is needed.
  private static final Pattern NAME_WORD_BEFORE =
      Pattern.compile("(?:이름|가명|별명|닉네임)\\s?[은는이:]?\\s?['\"‘“]?$");
  // Her age, as a line naming her gives it: 24살, 22세.
  private static final Pattern AGE =
      Pattern.compile("(?<!\\d)(?:1[5-9]|[2-6]\\d)\\s?(?:살|세)(?![가-힣])");
  // A woman already spoken of in the line, before the name.
  private static final Pattern WOMAN_BEFORE = Pattern.compile("그\\s?애|그\\s?여자|그녀|걔|여자|여성|아가씨|여대생");
  private static final Pattern HER_BEFORE = Pattern.compile("그\\s?애|그\\s?여자|그녀|걔");
  private static final Pattern MAN_AFTER = Pattern.compile("^\\s?(?:남자|남성|놈)");
  private static final Pattern MAN_BEFORE = Pattern.compile("남자|남성|놈|형|오빠|사장|아저씨");

  /**
   * The people {@code line} names by a naming phrase, with the flag {@code label} when the one
   * named is the woman the line met, filmed or drugged.
   *
   * @param aboutVictim whether the line is about meeting, filming or drugging someone
   */
  static List<Found<Person>> find(String line, boolean aboutVictim) {
    List<Found<Person>> out = new ArrayList<>();
    Matcher m = PHRASE.matcher(line);
    while (m.find()) {
      String name = m.group("name");
      String before = line.substring(0, m.start());
      boolean namedBefore = NAME_WORD_BEFORE.matcher(before).find();
      boolean namingWord = !m.group("what").isBlank();
      // 비밀이라고 했다, 농담이래: a bare quotative is a name only where the sentence asks for one, or
      // where the line gives her age or speaks of the catch (입질 옴. 다윤이라고 함 24살).
      boolean caught =
          m.group("what").strip().matches("했|함|하더")
              && (AGE.matcher(line).find() || Cues.in(Cues.HUNT, line));
      if (!(namedBefore || (namingWord && (quotedOrNoun(m) || caught)))) {
        continue;
      }
      // 이름은 봄이라고: after a word saying a name follows, a one-syllable name too (봄, 솔).
      if (name.length() < 2 && !namedBefore) {
        continue;
      }
      // '하얀이'라고 함: the affectionate 이 inside the quotes is no part of her name.
      name = PersonWords.withoutAffectionateI(name).orElse(name);
      if (!isName(name)) {
        continue;
      }
      // "남성 중 한 명은 '준기'라고": a man named in a line about meeting her is not her.
      String sentence = before.substring(sentenceStart(before));
      boolean man =
          MAN_AFTER.matcher(m.group("what")).find() || MAN_BEFORE.matcher(sentence).find();
      boolean her =
          !man
              && (aboutVictim
                  || (namedBefore && WOMAN_BEFORE.matcher(before).find())
                  || HER_BEFORE.matcher(before).find());
      int s = m.start("name");
      Person person = new Person(name, Optional.empty());
      out.add(
          her
              ? Found.of(s, s + name.length(), person, 0.8, "label")
              : Found.of(s, s + name.length(), person, 0.8));
    }
    return out;
  }

  // "준기"라고 불렸고, 유리라는 여자: a quoted word before a verb of naming, or any word before a noun for
  // a person; an unquoted word before 했/함 is reported speech (쉬는 날이라고 했다), not a name.
  private static boolean quotedOrNoun(Matcher m) {
    String what = m.group("what").strip();
    boolean quoted = m.group().matches("['\"‘“].*");
    boolean noun = what.matches("여자|여성|남자|남성|사람|애|아이|친구|분|학생|놈|손님");
    boolean naming = what.matches("불렸|불리|불렀|부르|부름");
    return noun || naming || (quoted && !what.isEmpty());
  }

  private static int sentenceStart(String before) {
    int at =
        Math.max(
            before.lastIndexOf(". "), Math.max(before.lastIndexOf("! "), before.lastIndexOf("? ")));
    return at < 0 ? 0 : at + 2;
  }

  private static boolean isName(String name) {
    return !PersonWords.KOREAN_NOT_NAMES.contains(name)
        && !PersonWords.KOREAN_ROLE_WORDS.contains(name)
        && !PersonWords.isKoreanTitle(name)
        && !PlaceReader.GAZETTEER.contains(name)
        && !name.matches(".*(?:역|호|모텔|호텔|카페|앱|방|집|것|거|일|때|적|수)$");
  }
}
