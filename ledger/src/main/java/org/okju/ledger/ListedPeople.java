package org.okju.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of a comma list one of whose items the other readers took for a person: "Hongdae. Jiyu,
 * Nari, Bomi (the tall one)", {@code 지난달 명단: 다온, 수린, 하니}. A writer who lists people lists them
 * alike, so the item no rule read (a name opening a sentence, a word Nori also knows, the list's
 * last word) is a person as much as the one read: victim-first, a woman named only in a list is
 * kept (pseudonymised) rather than dropped. Only items shaped as a name (two given-name syllables
 * or a surname and two, no word Nori knows whole; one capitalised Latin word no common one) and
 * separated by commas alone; a list of places, brands or tapes has no person in it to start from.
 */
final class ListedPeople {
  private static final String HANGUL_ITEM = "(?<![가-힣A-Za-z0-9_])[가-힣]{2,5}(?![가-힣A-Za-z0-9_])";
  // 은채쨩, 민지씨: a list writes the name with what friends or strangers call her by.
  private static final Pattern SUFFIX = Pattern.compile("(?<=[가-힣]{2})(?:쨩|찡|씨|님)$");
  // Names in lower case, as chats write them ("mina, hyeri, sunny"), only beside one so written.
  private static final String LOWER_ITEM = "(?<![A-Za-z0-9_'’.-])[a-z]{3,10}(?![A-Za-z0-9_'’-])";
  private static final String LATIN_ITEM =
      "(?<![A-Za-z0-9_'’.-])" + PersonWords.LATIN_NAME + "(?![A-Za-z0-9_'’-])";
  // An item may carry a short remark in brackets: "Bomi (the tall one)", "은솔 (인스타 eunsol.b)".
  private static final String REMARK = "(?:\\s*\\([^()]{1,40}\\))?";
  private static final Pattern HANGUL_LIST =
      Pattern.compile(HANGUL_ITEM + REMARK + "(?:\\s*,\\s*" + HANGUL_ITEM + REMARK + ")+");
  private static final Pattern LATIN_LIST =
      Pattern.compile(LATIN_ITEM + REMARK + "(?:\\s*,\\s*" + LATIN_ITEM + REMARK + ")+");
  private static final Pattern LOWER_LIST =
      Pattern.compile(LOWER_ITEM + REMARK + "(?:\\s*,\\s*" + LOWER_ITEM + REMARK + ")+");
  // A bracket holding names and nothing else: "택시 강남역→신사 18,000 (민아, 세희)".
  private static final Pattern BRACKETED =
      Pattern.compile("\\((?<list>" + HANGUL_ITEM + "(?:\\s*,\\s*" + HANGUL_ITEM + ")+)\\)");
  // A label saying who the list is of, right before it: 참석, 참석자, 명단, 멤버, attendees, present.
  private static final Pattern PEOPLE_LABEL =
      Pattern.compile(
          "(?:참석자?|명단|멤버|인원|(?i:attendees|attending|present|participants|girls))\\s?[:：]\\s*$");
  private static final Pattern HANGUL = Pattern.compile(HANGUL_ITEM);
  private static final Pattern LOWER = Pattern.compile(LOWER_ITEM);
  private static final Pattern LATIN = Pattern.compile(LATIN_ITEM);

  /** The flag of a person read as an item of such a list. */
  static final String LISTED_FLAG = "listed";

  private ListedPeople() {}

  /**
   * Adds to {@code people} the items of every list in {@code masked} (the line with what other
   * readers took for places, tapes, money and dates blanked) that holds a person already read.
   */
  static void read(String masked, List<Found<Person>> people, KoreanMorphology morphology) {
    List<Found<Person>> added = new ArrayList<>();
    read(masked, HANGUL_LIST, HANGUL, people, added, morphology);
    read(masked, LATIN_LIST, LATIN, people, added, morphology);
    read(masked, LOWER_LIST, LOWER, people, added, morphology);
    bracketed(masked, people, added, morphology);
    if (!added.isEmpty()) {
      people.addAll(added);
      people.sort((a, b) -> Integer.compare(a.start(), b.start()));
    }
  }

  private static void read(
      String masked,
      Pattern list,
      Pattern item,
      List<Found<Person>> people,
      List<Found<Person>> added,
      KoreanMorphology morphology) {
    Matcher m = list.matcher(masked);
    while (m.find()) {
      List<int[]> items = new ArrayList<>();
      Matcher i = item.matcher(masked.substring(0, m.end()));
      i.region(m.start(), m.end());
      while (i.find()) {
        if (!insideRemark(masked, m.start(), i.start())) {
          items.add(new int[] {i.start(), i.end()});
        }
      }
      int anchors = 0;
      for (int[] it : items) {
        if (isPerson(it, people)) {
          anchors++;
        }
      }
      // 참석: 털보, 곰탱, 은채쨩, 소이: a label saying the list is of people stands for a person read.
      if (list == HANGUL_LIST || list == LATIN_LIST) {
        Matcher label = PEOPLE_LABEL.matcher(masked.substring(0, m.start()));
        if (label.find()) {
          anchors += 2;
        }
      }
      if (anchors == 0) {
        continue;
      }
      boolean grown = false;
      for (int[] it : items) {
        Matcher suffix = SUFFIX.matcher(masked.substring(it[0], it[1]));
        if (suffix.find()) {
          it[1] = it[0] + suffix.start();
        }
        String name = masked.substring(it[0], it[1]);
        if (isPerson(it, people)
            || people.stream()
                .anyMatch(p -> p.overlaps(it[0], it[1]) && !p.flags().contains("weak"))
            || added.stream().anyMatch(p -> p.overlaps(it[0], it[1]))
            || !nameShaped(name, anchors >= 2, morphology)) {
          continue;
        }
        // A bare word opening a sentence was only guessed at: the list says she is a person.
        people.removeIf(p -> p.overlaps(it[0], it[1]));
        added.add(Found.of(it[0], it[1], new Person(name, Optional.empty()), 0.7, LISTED_FLAG));
        grown = true;
      }
      if (grown) {
        // The names the list grew from are listed as the others are: the filter judges none of
        // them apart ("mina, hyeri, sunny": hyeri, read by the rules, doubted alone).
        for (int k = 0; k < people.size(); k++) {
          Found<Person> p = people.get(k);
          if (items.stream().anyMatch(it -> isPerson(it, List.of(p)))
              && !p.flags().contains(LISTED_FLAG)) {
            List<String> flags = new ArrayList<>(p.flags());
            flags.add(LISTED_FLAG);
            people.set(k, new Found<>(p.start(), p.end(), p.value(), p.confidence(), flags));
          }
        }
      }
    }
  }

  /**
   * The names of a bracket that holds names and nothing else, each shaped as a given name or a
   * surname and one: who a line's expense or event was with, though no rule read either.
   */
  private static void bracketed(
      String masked,
      List<Found<Person>> people,
      List<Found<Person>> added,
      KoreanMorphology morphology) {
    Matcher m = BRACKETED.matcher(masked);
    while (m.find()) {
      List<int[]> items = new ArrayList<>();
      Matcher i = HANGUL.matcher(masked.substring(0, m.end("list")));
      i.region(m.start("list"), m.end("list"));
      boolean allNames = true;
      while (i.find()) {
        String name = masked.substring(i.start(), i.end());
        allNames &= nameShaped(name, false, morphology);
        items.add(new int[] {i.start(), i.end()});
      }
      if (!allNames) {
        continue;
      }
      for (int[] it : items) {
        if (people.stream().noneMatch(p -> p.overlaps(it[0], it[1]) && !p.flags().contains("weak"))
            && added.stream().noneMatch(p -> p.overlaps(it[0], it[1]))) {
          // (a weak guess at the bare word gives way: the bracket says who she is)
          people.removeIf(p -> p.overlaps(it[0], it[1]));
          added.add(
              Found.of(
                  it[0],
                  it[1],
                  new Person(masked.substring(it[0], it[1]), Optional.empty()),
                  0.7,
                  LISTED_FLAG));
        }
      }
    }
  }

  /** Whether a person the other readers found (not merely a weak guess) is exactly this item. */
  private static boolean isPerson(int[] item, List<Found<Person>> people) {
    return people.stream()
        .anyMatch(
            p ->
                p.overlaps(item[0], item[1])
                    && !p.flags().contains("weak")
                    && !p.flags().contains("role-only"));
  }

  /** Whether {@code at} lies inside a bracketed remark of the list that starts at {@code from}. */
  private static boolean insideRemark(String masked, int from, int at) {
    int open = masked.lastIndexOf('(', at);
    return open >= from && masked.indexOf(')', open) > at;
  }

  /**
   * Whether a list's item may be a name. Beside one person read, only a name's shape (하니, 수린, 유세린),
   * never a word Nori knows whole: "촬영본 완성, 태식이 편집함" lists what was done, "이름 지온, 나중에 …" goes on
   * with the day. Beside two or more, or after a label saying the list is of people (참석:), a name's
   * shape even if Nori knows the word (은채), or any word it does not (곰탱).
   */
  private static boolean nameShaped(String name, boolean amongPeople, KoreanMorphology morphology) {
    if (name.matches("[가-힣]+")) {
      boolean shaped =
          KoreanNames.givenNameShaped(name) || KoreanNames.surnameAndGivenSyllables(name);
      boolean word = morphology.isWholeOrdinaryWord(name);
      return (amongPeople ? shaped || !word : shaped && !word)
          && name.length() <= 4
          && !KoreanParticles.isParticle(name)
          && !PersonWords.KOREAN_NOT_NAMES.contains(name)
          && !PersonWords.KOREAN_ROLE_WORDS.contains(name)
          && !PlaceReader.GAZETTEER.contains(name)
          && !name.matches(".*(?:역|호|점|관|층)$");
    }
    return !PersonWords.isEnglishNotName(name)
        && !PlaceReader.GAZETTEER.contains(name)
        && !PlaceReader.GAZETTEER.contains(name.toLowerCase(java.util.Locale.ROOT));
  }
}
