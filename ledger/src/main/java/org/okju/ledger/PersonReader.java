package org.okju.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds people in a line: Korean names ({@link KoreanNames}), names in Latin letters ({@link
 * EnglishNames}), a role word with the name it stands for in brackets ({@code 삼촌(길만수)}, {@code 도철
 * (형님)}), and the name that opens a line of a contact list ({@code 갈매기 @seagull_77}). Found people
 * carry the flags {@code role-only} (a role word with no name) and {@code weak} (a form that is a
 * name only if the document confirms it), which {@link PeopleResolver} settles. Not thread-safe
 * (the morphology's tokenizer, OpenNLP).
 */
final class PersonReader {
  /** Victim labels written as a role word ({@code 피해자 서연}). */
  static final java.util.Set<String> VICTIM_WORDS = java.util.Set.of("피해자", "victim");

  private static final Pattern ALIAS =
      Pattern.compile(
          "(?<a>[가-힣A-Za-z]{1,8}(?:-[A-Za-z]{1,8})?)\\s?\\((?:(?:Mr|Ms|Mrs|Miss|Dr)\\.?\\s)?(?<b>[가-힣]{2,4}|"
              + PersonWords.LATIN_NAME
              + "(?:\\s"
              + PersonWords.LATIN_NAME
              + ")?)\\)");
  // Initials with the name in brackets: S.H. (서현), J. (Jieun), one person named by the name.
  private static final Pattern INITIALS_ALIAS =
      Pattern.compile(
          "(?<![A-Za-z.])(?<a>(?:[A-Z]\\.\\s?){1,3})\\s?\\((?<b>[가-힣]{2,4}|[A-Z][a-z]+(?:-[a-z]+)?)\\)");
  // The victim as counselling or case notes introduce her, by the word they then use for her:
  // 내담자(가명 '봄'), 피해자(지은), "Client is Oh Ha-eun", "the client, Mina".
  private static final Pattern VICTIM_NAMED =
      Pattern.compile(
          "(?<role>내담자|피해자)\\s?\\(\\s?(?:가명|별칭|이하)?[\\s:]*['\"‘“]?(?<kname>[가-힣]{1,4})['\"’”]?"
              + "\\s?[),]"
              + "|\\b(?<erole>(?i:client))(?:\\s+(?:is|was|=)|,|:|\\s-)\\s+(?<ename>"
              + PersonWords.LATIN_NAME
              + "(?:\\s"
              + PersonWords.LATIN_NAME
              + ")?)\\b");
  private static final Pattern CONTACT =
      Pattern.compile(
          "^\\s*(?:["
              + PersonWords.BULLETS
              + "]\\s*)?(?<name>[가-힣]{2,5}|"
              + PersonWords.LATIN_NAME
              + "(?:\\s"
              + PersonWords.LATIN_NAME
              + ")?)"
              + "(?:\\s?\\([^)]{1,12}\\))?(?:\\s{2,}|\\t|\\s?:\\s?)"
              + "(?=.*(?:01[016789][-\\s.]?\\d{3,4}[-\\s.]?\\d{4}|@[A-Za-z0-9_]{3,}))");

  // A letter's or an e-mail's salutation, a line of its own: "Tae,", "Dear Mina,", "Hi Rico,".
  private static final Pattern SALUTATION =
      Pattern.compile(
          "^\\s*(?:(?:Dear|Hi|Hey|Hello)\\s+)?(?<name>" + PersonWords.LATIN_NAME + ")\\s?,\\s*$");
  // Words a letter opens or closes with, no one's name ("Thanks,", "Regards,").
  private static final java.util.Set<String> LETTER_WORDS =
      java.util.Set.of(
          "thanks",
          "regards",
          "cheers",
          "best",
          "sincerely",
          "love",
          "yours",
          "dear",
          "hi",
          "hey",
          "hello",
          "all",
          "everyone",
          "team",
          "guys",
          "sir",
          "madam",
          "morning",
          "evening",
          "ok",
          "okay",
          "yes",
          "no",
          "so",
          "well",
          "anyway",
          "also",
          "then",
          "now");

  private final KoreanNames korean;
  private final EnglishNames english;

  PersonReader(KoreanMorphology morphology) {
    this.korean = new KoreanNames(morphology);
    this.english = new EnglishNames();
  }

  /** Whether a role word written with a name makes that person an accomplice (약사, boss …). */
  static boolean isAccompliceTitle(String title) {
    return PersonWords.KOREAN_TITLES.contains(title)
        || java.util.Set.of(
                "pharmacist", "pharma", "chemist", "boss", "aide", "manager", "driver", "supplier")
            // "Driver(노을)", "Boss (Mr. Bang)": the title as written, capitalised or not.
            .contains(title.toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * The people in {@code masked} (the line with its other entities blanked), left to right.
   *
   * @param original the line as written (a contact line's phone is masked in {@code masked})
   * @param numbers where the line's percentages and amounts start
   * @param aboutVictim whether the line is about meeting, filming or drugging someone
   */
  List<Found<Person>> find(
      String masked, String original, List<Integer> numbers, boolean aboutVictim) {
    List<Found<Person>> out = new ArrayList<>();
    Matcher m = ALIAS.matcher(masked);
    while (m.find()) {
      String a = m.group("a");
      String b = m.group("b");
      if (isRoleWord(a) && !isRoleWord(b) && plausibleName(b)) {
        // 삼촌(길만수): the name, with the role word as its title; the role word is covered.
        add(out, Found.of(m.start("b"), m.end("b"), new Person(b, Optional.of(a)), 0.9, "alias"));
        add(out, Found.of(m.start("a"), m.end("a"), new Person(b, Optional.of(a)), 0.9, "alias"));
      } else if (!m.group().contains(". ")
          && (romanisedWithHangul(a, b) || romanisedWithHangul(b, a))) {
        // Ji-woo (지우), 지우 (Jiwoo): one person, named as the Korean writes her; her other
        // romanised spellings stand for her too (PeopleResolver).
        String hangul = a.matches("[가-힣]+") ? a : b;
        String latin = a.matches("[가-힣]+") ? b : a;
        String flag = PeopleResolver.ROMANISED_FLAG + latin;
        add(
            out,
            Found.of(m.start("a"), m.end("a"), new Person(hangul, Optional.empty()), 0.9, flag));
        add(
            out,
            Found.of(m.start("b"), m.end("b"), new Person(hangul, Optional.empty()), 0.9, flag));
      } else if (isRoleWord(b) && !isRoleWord(a) && plausibleName(a)) {
        add(out, Found.of(m.start("a"), m.end("a"), new Person(a, Optional.of(b)), 0.9, "alias"));
        add(out, Found.of(m.start("b"), m.end("b"), new Person(a, Optional.of(b)), 0.9, "alias"));
      }
    }
    m = INITIALS_ALIAS.matcher(masked);
    while (m.find()) {
      String b = m.group("b");
      if (plausibleName(b.replace("-", ""))) {
        // Her initials elsewhere in the document stand for her too (PeopleResolver).
        String flag = PeopleResolver.ROMANISED_FLAG + m.group("a").strip();
        Person her = new Person(b, Optional.empty());
        add(out, Found.of(m.start("b"), m.end("b"), her, 0.9, flag));
        add(
            out,
            Found.of(m.start("a"), m.start("a") + m.group("a").strip().length(), her, 0.9, flag));
      }
    }
    m = VICTIM_NAMED.matcher(masked);
    while (m.find()) {
      boolean korean = m.group("kname") != null;
      String name = korean ? m.group("kname") : m.group("ename");
      String role =
          (korean ? m.group("role") : m.group("erole")).toLowerCase(java.util.Locale.ROOT);
      // A pseudonym may be one syllable (봄), and a romanised name hyphenated (Oh Ha-eun).
      String asName =
          korean && name.length() == 1 ? name + name : name.replaceAll("-([a-z])", "$1");
      if (plausibleName(asName)) {
        Person her = new Person(name, Optional.of(role));
        String g = korean ? "kname" : "ename";
        String r = korean ? "role" : "erole";
        add(out, Found.of(m.start(g), m.end(g), her, 0.9, "alias", "label"));
        add(out, Found.of(m.start(r), m.end(r), her, 0.9, "alias", "label"));
      }
    }
    m = CONTACT.matcher(original);
    if (m.find() && plausibleName(m.group("name"))) {
      add(
          out,
          Found.of(
              m.start("name"), m.end("name"), new Person(m.group("name"), Optional.empty()), 0.8));
    }
    m = SALUTATION.matcher(masked);
    if (m.find()
        && plausibleName(m.group("name"))
        && !LETTER_WORDS.contains(m.group("name").toLowerCase(java.util.Locale.ROOT))) {
      add(
          out,
          Found.of(
              m.start("name"), m.end("name"), new Person(m.group("name"), Optional.empty()), 0.8));
    }
    for (Found<Person> f : NamingPhrases.find(masked, aboutVictim)) {
      add(out, f);
    }
    for (Found<Person> f : korean.find(masked, numbers, aboutVictim)) {
      add(out, f);
    }
    // Romanised given names typed in lower case are read as the English rules would read them
    // capitalised, and reported as written.
    String cased = RomanisedNames.capitalised(masked);
    for (Found<Person> f : english.find(cased, numbers)) {
      add(out, RomanisedNames.asWritten(f, masked, cased));
    }
    out.sort((x, y) -> Integer.compare(x.start(), y.start()));
    return out;
  }

  // The Latin letters each initial consonant of a Hangul syllable is romanised with (ㅇ: a vowel).
  private static final String[] INITIAL_LETTERS = {
    "gk", "gk", "n", "dt", "dt", "rl", "m", "bp", "bp", "s", "s", "aeiouyw", "jc", "jc", "c", "k",
    "t", "p", "h"
  };

  /** Ji-woo and 지우, Jiwoo and 지우: a romanised name that starts as the Hangul does. */
  private static boolean romanisedWithHangul(String latin, String hangul) {
    if (!hangul.matches("[가-힣]{2,3}") || latin.isEmpty()) {
      return false;
    }
    int initial = (hangul.charAt(0) - '가') / (21 * 28);
    char first = Character.toLowerCase(latin.charAt(0));
    return INITIAL_LETTERS[initial].indexOf(first) >= 0
        && latin.matches("[A-Z][a-z]+(?:-[a-z]+)?")
        && !PersonWords.isEnglishNotName(latin)
        && !PlaceReader.GAZETTEER.contains(latin.toLowerCase(java.util.Locale.ROOT))
        && plausibleName(hangul);
  }

  private static boolean isRoleWord(String w) {
    return PersonWords.KOREAN_ROLE_WORDS.contains(w)
        || PersonWords.KOREAN_TITLES.contains(w)
        || PersonWords.ENGLISH_ROLE_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT));
  }

  private static boolean plausibleName(String w) {
    return (w.matches("[가-힣]{2,5}")
            && !PersonWords.KOREAN_NOT_NAMES.contains(w)
            && !PlaceReader.GAZETTEER.contains(w))
        || (w.matches(PersonWords.LATIN_NAME + "(?:\\s" + PersonWords.LATIN_NAME + ")?")
            && !PersonWords.isEnglishNotName(w)
            && !PlaceReader.GAZETTEER.contains(w.toLowerCase(java.util.Locale.ROOT)));
  }

  private static void add(List<Found<Person>> out, Found<Person> f) {
    if (out.stream().noneMatch(o -> o.overlaps(f.start(), f.end()))) {
      out.add(f);
    }
  }
}
