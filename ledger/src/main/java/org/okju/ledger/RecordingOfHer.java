package org.okju.ledger;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The person a line speaks of as what a recording is of: {@code 소연 영상}, {@code 소연이 촬영본}, "Sunhee's
 * tape", "Mirae's video", "footage of Hana", or what is sold ({@code 수빈이 넘기고}) (issue 16). She is
 * filmed, so a victim, whoever the line says sells, sends or edits the recording: a sale's trade
 * word ({@code 판매}, "sold") is about the recording, not about her. Whether the person is a man of
 * the trade, titled or a crew word is the caller's to rule out (a boss's "editing job" is his).
 */
final class RecordingOfHer {
  private static final String EN_RECORDING =
      "(?:tape|video|vid|clip|footage|recording|movie|mp4|film|file)s?\\b";
  // A recording of her in Korean, as a sale list titles it; 채린 2탄, 하람 1~2편: the second
  // instalment of her recordings.
  private static final String KO_RECORDING =
      "영상|동영상|촬영본|녹화본|몰카|원본|풀영상|풀버전|신작|\\d+(?:\\s?~\\s?\\d+)?\\s?(?:탄|편)(?![가-힣])";
  // Right after her name: 소연 영상, 소연의 동영상, 소연이 촬영본, 채린 2탄, "Mirae's video", "Sunhee's first tape",
  // "Freckles' clip" (a name ending in s owns with the apostrophe alone).
  private static final Pattern AFTER =
      Pattern.compile(
          "^(?:의|이|\\s?(?:꺼|거|것))?\\s*(?<ko>테이프|"
              + KO_RECORDING
              + ")"
              + "|^(?:'s|’s|['’])\\s+(?:(?:new|first|second|third|last|full|raw|other|old|latest)\\s+)?(?<en>"
              + EN_RECORDING
              + ")");
  // Her name bare, with the affectionate 이 or as the object, right before a sale's verb: 수빈이 넘기고
  // 40만 받음, 지우 넘김, 하린을 팔았음. The notes drop the recording's word (her tape is "her"); a
  // buyer is written with 한테 or 에게, the seller with 가 (이 after a name ending in a consonant is
  // also the affectionate 이 by which the notes call her: victim first).
  private static final String KO_SOLD = "(?<ko>넘김|넘기고|넘겼|넘겨|팔았|팔고|팔음|판매)";
  private static final Pattern KO_SOLD_AFTER = Pattern.compile("^(?:이|을|를)?\\s+" + KO_SOLD);
  // After a Korean name, its particle and the space after it: the verb that sells her.
  private static final Pattern KO_SALE_AFTER = Pattern.compile("^\\s" + KO_SOLD);
  // Right before her name: "footage of Hana", "the video of Mirae", "tapes of Jin", "two sets of
  // Yoo-jin".
  private static final Pattern OF_BEFORE =
      Pattern.compile(
          "\\b(?<en>tape|video|vid|clip|footage|recording|pics|photos|film|set)s?\\s+of\\s+$",
          Pattern.CASE_INSENSITIVE);
  // Her name as the recording's title, after "the": "the Sunhee tape", "for the Sunhee and Jiwoo
  // sets" (each name of the list, up to the recording's word).
  private static final Pattern THE_BEFORE =
      Pattern.compile("\\b[Tt]he\\s+(?:\\p{Lu}[\\p{L}-]*\\s*(?:,|and|&)\\s*)*$");
  private static final Pattern TITLE_AFTER =
      Pattern.compile(
          "^(?:\\s*(?:,|and|&)\\s*\\p{Lu}[\\p{L}-]*)*\\s+(?<en>"
              + "(?:tape|video|vid|clip|footage|recording|movie|film|set|pic|photo)s?)\\b");

  // After a Korean name and the space after it: the recording of her, as a sale list titles it.
  // 수아꺼 3편, 윤서 거 영상: the spoken possessive (꺼, 거, 것: "hers") may come between.
  private static final Pattern KO_TITLE_AFTER =
      Pattern.compile("^(?:\\s?(?:꺼|거|것))?\\s?(?:" + KO_RECORDING + ")");

  private RecordingOfHer() {}

  /**
   * Whether the text after a Korean word (and its particle) names the recording of her: {@code 다은이
   * 풀영상 3편}, {@code 채린 2탄}, {@code 세빈이 촬영본}.
   */
  static boolean koreanTitleAfter(String after) {
    return KO_TITLE_AFTER.matcher(after).lookingAt();
  }

  /** Whether the text after a Korean word (and its particle) is a sale's verb: {@code 하린 넘김}. */
  static boolean koreanSaleAfter(String after) {
    return KO_SALE_AFTER.matcher(after).lookingAt();
  }

  /**
   * Whether the text after a capitalised word names a recording it is the title of ("the Sunhee
   * tape", "the Sunhee and Jiwoo sets"): the word after the article is then her name, not a thing.
   */
  static boolean titlesARecording(String after) {
    return TITLE_AFTER.matcher(after).lookingAt();
  }

  /** The recording's word when {@code p} is named as what a recording is of. */
  static Optional<String> word(String line, Found<Person> p) {
    String after = line.substring(p.end());
    Matcher m = AFTER.matcher(after);
    if (m.find()) {
      return Optional.of(m.group("ko") != null ? m.group("ko") : m.group("en"));
    }
    Matcher sold = KO_SOLD_AFTER.matcher(after);
    if (sold.find() && KoreanNames.givenNameShaped(p.value().name())) {
      return Optional.of(sold.group("ko"));
    }
    Matcher of = OF_BEFORE.matcher(line.substring(0, p.start()));
    if (of.find()) {
      return Optional.of(of.group("en"));
    }
    Matcher title = TITLE_AFTER.matcher(after);
    return title.find() && THE_BEFORE.matcher(line.substring(0, p.start())).find()
        ? Optional.of(title.group("en"))
        : Optional.empty();
  }
}
