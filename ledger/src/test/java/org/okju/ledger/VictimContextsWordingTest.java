package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 22: victims in contexts the rules did not know, in the styles of the round 180-186
 * (written before the rules ran on it): a table's who column listing two women in one cell, its
 * {@code 입}/{@code 출} columns, a comma list of given names before {@code 합석}, a Latin initial used
 * as a name inside Korean text, a name after a place with no verb, a chat's one-word confirmation
 * of a name the other writer asks about, a year written with two digits in a heading. Fictional
 * lines.
 */
class VictimContextsWordingTest extends WordingTestBase {
  private static List<String> people(Extraction x) {
    return normalized(x, EntityType.PERSON);
  }

  @Test
  void aWhoCellListingTwoNamesIsTwoPeople() {
    Extraction x =
        read(
            "날짜\t누구\t어디\t비고",
            "2/14\t보영, 은채\t압구정로데오역 5번 출구\t은채는 먼저 감",
            "Date\tWho\tWhere\tNotes",
            "3/2\tMina & Sora\tHongdae\t-",
            "3/9\tLena and Dahee\tSinchon\t-");
    assertThat(people(x)).contains("보영", "은채", "Mina", "Sora", "Lena", "Dahee");
    assertThat(people(x)).doesNotContain("보영, 은채", "Mina & Sora", "Lena and Dahee");
    // A row of who and where, with no money in it: those it names were met there.
    assertThat(facts(x, FactType.MEETING))
        .contains("보영|압구정로데오역 5번 출구", "은채|압구정로데오역 5번 출구", "Mina|Hongdae", "Sora|Hongdae");
  }

  @Test
  void aRowOfWhoWithMoneyInItIsNoMeeting() {
    // The buyer of a row with money in it was paid or paid, not met: no meeting of his.
    Extraction x = read("Date\tWho\tWhere\tIn\tNotes", "4/3\tOh Jin-su\tSinchon\t450,000\tsale");
    assertThat(facts(x, FactType.MEETING)).isEmpty();
    // Nor is a crew's row saying whom they went for: she is the one met, not they.
    Extraction crew =
        read(
            "Date\tWho\tWhere\tJob",
            "2025-10-10\tJae + Hoon\tSinchon station exit 3\tpick up Mirae",
            "2025-10-11\tHoon\tHapjeong\tdinner w/ Yuna");
    assertThat(facts(crew, FactType.MEETING)).noneMatch(f -> f.matches("(?:Jae|Hoon)\\|.*"));
  }

  @Test
  void aPocketLedgersUnitWithoutWonScalesItsColumns() {
    Extraction x =
        read("25년 9월 장부 (단위: 만)", "일자\t상대\t입\t출", "9/6 토\t큰손\t150\t", "9/19 금\t닥터\t\t50");
    assertThat(normalized(x, EntityType.MONEY)).containsExactlyInAnyOrder("1500000", "500000");
  }

  @Test
  void inAndOutColumnsWrittenAsOneSyllableAreMoneyInAndOut() {
    Extraction x = read("날짜\t누구\t입\t출\t비고", "2/20\t깡통\t350,000\t\t영상 판매", "3/2\t독사\t\t120,000\t약값");
    assertThat(payments(x))
        .containsExactlyInAnyOrder(
            "깡통|" + SuggestedFact.AUTHOR + "|350000", SuggestedFact.AUTHOR + "|독사|120000");
  }

  @Test
  void aCommaListOfGivenNamesBeforeJoiningTheTableIsEveryName() {
    Extraction x = read("9/12 금 연남동 포차. 소정, 다빈 합석", "둘 다 취함");
    assertThat(people(x)).contains("소정", "다빈");
  }

  @Test
  void aLatinInitialWithAPersonsParticleInKoreanIsAPerson() {
    // Not a blood type or a grade: those take no person's particle (A형, B급).
    Extraction x = read("망원동 바. J랑 K 합석", "J한테 데킬라 세 잔", "혈액형 A형, 사진은 B급");
    assertThat(people(x)).contains("J", "K").doesNotContain("A", "B");
  }

  @Test
  void aNameAfterAPlaceWithNoVerbIsAPerson() {
    // A note writes where, then who, and nothing else: she was met there.
    Extraction x =
        read(
            "Sat 4/11",
            "Gangnam station exit 10. Seoyun.",
            "Fri 4/17",
            "Sinsa. Haram and Somin.",
            "Mapo. Nothing happened.");
    assertThat(people(x)).contains("Seoyun", "Haram", "Somin").doesNotContain("Nothing");
    assertThat(facts(x, FactType.MEETING))
        .contains("Seoyun|Gangnam station exit 10", "Haram|Sinsa", "Somin|Sinsa");
  }

  @Test
  void aNameTheOtherWriterAsksAboutAndTheOwnerConfirmsIsAPerson() {
    Extraction x =
        read(
            "상철 님과 카카오톡 대화",
            "저장한 날짜 : 2026. 5. 3. 오전 1:20",
            "",
            "2026년 5월 2일 토요일",
            "2026. 5. 2. 오후 3:30, 상철 : 다음주 누구? 하린?",
            "2026. 5. 2. 오후 3:31, 나 : 응",
            "2026. 5. 2. 오후 3:40, 상철 : 진짜?",
            "2026. 5. 2. 오후 3:41, 나 : ㅇㅇ");
    assertThat(people(x)).contains("하린").doesNotContain("진짜");
    Extraction en =
        read(
            "[2026-05-08 21:41] Rook: the blonde from the gym. Yuju?",
            "[2026-05-08 21:42] Me: yes",
            "[2026-05-08 21:43] Rook: Tonight?",
            "[2026-05-08 21:44] Me: yes");
    assertThat(people(en)).contains("Yuju").doesNotContain("Tonight");
  }

  @Test
  void aTwoDigitYearInAHeadingGivesTheYear() {
    Extraction x = read("25년 9월 메모", "", "9/5 금 망원동 바");
    assertThat(normalized(x, EntityType.DATE)).contains("2025-09-05");
  }
}
