package org.okju.ledger;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The women a document's files are named after: a file-like title opening with a name ({@code
 * 하람_0905}, {@code jiyu_0606}, {@code seoyeon_0704}) makes that name, written bare elsewhere in the
 * document ({@code 하람 22.}, "Jiyu is the one on camera", {@code Seo-yeon}), a person. Offenders
 * name files after the women in them; a word written bare that no rule reads as a person (a memo
 * cell, a run-on memo) is then hers. Only a word shaped as a given name counts, so that a title
 * named after a thing ({@code 벚꽃_01}, {@code Lantern_02}) makes no one of the thing. Not
 * thread-safe: one per document.
 */
final class TitleNames {
  // The name a file-like title opens with: letters up to an underscore or a hyphen before digits.
  private static final Pattern STEM = Pattern.compile("^([가-힣]{1,3}|[A-Za-z]{4,12})[_-]");
  private static final Pattern KOREAN_WORD = Pattern.compile("(?<![가-힣A-Za-z0-9_])([가-힣]{2,5})");
  private static final Pattern LATIN_WORD =
      Pattern.compile("(?<![A-Za-z0-9_@#./-])([A-Za-z]{2,8}(?:-[a-z]{1,4})?)(?![A-Za-z0-9_@-])");
  // What a bare name may carry: the affectionate 이 and the particles of a person.
  private static final Pattern KOREAN_TAIL =
      Pattern.compile("(?:이)?(?:가|는|도|를|랑|한테|에게|의|만)?|은|을|이");

  private final Set<String> stems = new HashSet<>();

  /** Notes the names the document's titles open with. */
  void saw(String title) {
    Matcher m = STEM.matcher(title);
    if (!m.find()) {
      return;
    }
    String stem = m.group(1);
    boolean korean = stem.charAt(0) >= '가';
    if (korean
        ? KoreanNames.givenNameShaped(stem)
            || KoreanNames.surnameAndGivenSyllables(stem)
            || oneSyllableNickname(stem)
        : RomanisedNames.givenNameShaped(stem)) {
      stems.add(stem.toLowerCase(Locale.ROOT));
    }
  }

  /**
   * A one-syllable nickname a file opens with ({@code 솔_0601}, {@code 별_0509}): a syllable with a
   * final consonant, so that the document writes her with the affectionate 이 ({@code 솔이 만남}), which
   * is how {@link #read} finds her (the syllable alone is too often a word: 봄 다 갔네, 별 일 없음).
   */
  private static boolean oneSyllableNickname(String stem) {
    return stem.length() == 1 && PersonWords.endsInConsonant(stem);
  }

  /**
   * Adds to {@code people} those {@code masked} (titles, places and numbers masked out) writes by a
   * name the titles open with: where no one is read, or only weakly (a bare word opening a
   * sentence, which the rules keep only when the document writes it more strongly elsewhere).
   */
  void read(String masked, List<Found<Person>> people, Optional<TableReader.Row> row) {
    List<Found<Person>> out = new ArrayList<>();
    if (stems.isEmpty()) {
      return;
    }
    Matcher k = KOREAN_WORD.matcher(masked);
    while (k.find()) {
      String word = k.group(1);
      for (String stem : stems) {
        String tail = word.substring(Math.min(stem.length(), word.length()));
        if (word.startsWith(stem)
            && KOREAN_TAIL.matcher(tail).matches()
            && (!oneSyllableNickname(stem) || tail.startsWith("이"))) {
          add(out, people, k.start(1), k.start(1) + stem.length(), stem);
        }
      }
    }
    Matcher l = LATIN_WORD.matcher(masked);
    while (l.find()) {
      String word = l.group(1);
      if (stems.contains(word.replace("-", "").toLowerCase(Locale.ROOT))) {
        add(out, people, l.start(1), l.end(1), word);
      }
    }
    // In a table, only a note's cell: a deal or item column named after her (5/9 | 보람 | 민트 | 150)
    // says whose deal the row is, and the row's money is not hers.
    row.ifPresent(
        r ->
            out.removeIf(
                f ->
                    r.in(TableReader.Column.MEMO).stream()
                        .noneMatch(c -> c.start() <= f.start() && f.end() <= c.end())));
    for (Found<Person> f : out) {
      people.removeIf(p -> p.overlaps(f.start(), f.end()) && p.flags().contains("weak"));
      if (people.stream().noneMatch(p -> p.overlaps(f.start(), f.end()))) {
        people.add(f);
      }
    }
    people.sort((a, b) -> Integer.compare(a.start(), b.start()));
  }

  private static void add(
      List<Found<Person>> out, List<Found<Person>> people, int start, int end, String name) {
    if (people.stream().noneMatch(p -> p.overlaps(start, end) && !p.flags().contains("weak"))
        && out.stream().noneMatch(p -> p.overlaps(start, end))
        && !PlaceReader.GAZETTEER.contains(name.toLowerCase(Locale.ROOT))) {
      out.add(Found.of(start, end, new Person(name, Optional.empty()), 0.8, "title-named"));
    }
  }
}
