package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 27 (issue 16): a notebook that dates its lines by month and day and never writes the year
 * (every development document writes it somewhere) was read as one long entry: the woman of 3/14
 * became the one met at 3/20's place and the object of 3/15's accomplice's cut. A line opening with
 * a date starts a new entry whether or not its year is known. Fictional lines.
 */
class YearlessDiaryWordingTest extends WordingTestBase {
  @Test
  void aYearlessDateOpeningALineStartsANewEntry() {
    Extraction x =
        read(
            "3/14 Thursday. Picked Sunhee up outside Mangwon market around 9. Gave her the drink.",
            "3/15 Doc Ahn wants 15% from now on. Fine. Paid him 300,000 won cash.",
            "3/20 The new girl from the bakery texted back. Sat 7pm at Hapjeong station exit 5.");
    assertThat(facts(x, FactType.MEETING)).containsExactly("Sunhee|Mangwon");
    assertThat(facts(x, FactType.SHARE)).noneMatch(f -> f.endsWith("|Sunhee"));
  }

  @Test
  void aKoreanLedgerDatedByMonthAndDayToo() {
    Extraction x =
        read("4/3 소연 역삼역 2번 출구에서 만남. 약 먹임.", "4/5 운전 준이한테 20만원 줌", "4/9 합정역 5번 출구 갔다가 그냥 옴");
    assertThat(facts(x, FactType.MEETING)).containsExactly("소연|역삼역 2번 출구");
  }
}
