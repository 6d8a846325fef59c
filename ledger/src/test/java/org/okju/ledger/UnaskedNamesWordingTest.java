package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 20: people named where the writer never says what they are (the held-out half's misses
 * are victims, and the round 167-172 written to look for them): a name that is the whole answer to
 * someone else's "who" in a chat, a name the writer doubts, bare names listed after a dash in a
 * dated note. Fictional lines.
 */
class UnaskedNamesWordingTest extends WordingTestBase {
  private static List<String> people(Extraction x) {
    return normalized(x, EntityType.PERSON);
  }

  @Test
  void aNameThatIsTheWholeAnswerToAnotherWritersWhoIsAPerson() {
    Extraction x =
        read(
            "[2025-06-01 21:00] 짱가: 어제 누구",
            "[2025-06-01 21:01] 나: 세린",
            "[2025-06-01 21:02] 짱가: 약은 누가 줬냐",
            "[2025-06-01 21:03] 나: 두꺼비",
            "[2025-06-01 21:05] 짱가: who sold you the pills",
            "[2025-06-01 21:06] 나: Marlow. cash");
    assertThat(people(x)).contains("세린", "두꺼비", "Marlow");
  }

  @Test
  void aDoubtedNameAnsweringWhoAndItsAlternativeArePeople() {
    Extraction x =
        read(
            "[2025-06-02 20:00] 짱가: 다음 주는 누구",
            "[2025-06-02 20:01] 나: 하린? 아니면 예솔",
            "[2025-06-02 20:03] Rook: who's on friday",
            "[2025-06-02 20:04] Me: Elsie? or Maren");
    assertThat(people(x)).contains("하린", "예솔", "Elsie", "Maren");
  }

  @Test
  void anAnswerThatNamesNoOneIsNoPerson() {
    Extraction x =
        read(
            "[2025-06-03 20:00] 짱가: 누가 찍었냐",
            "[2025-06-03 20:01] 나: 몰라",
            "[2025-06-03 20:02] 짱가: 누구 옴?",
            "[2025-06-03 20:03] 나: 아무도",
            "[2025-06-03 20:04] Rook: who's coming",
            "[2025-06-03 20:05] Me: Nobody. Tomorrow maybe");
    assertThat(people(x)).containsOnly("짱가", "Rook");
  }

  @Test
  void bareNamesListedAfterADashInADatedNoteArePeople() {
    Extraction x =
        read(
            "6월 (2025)",
            "6/7 토 신촌 — 소담, 라온 둘이 옴. 소담 먼저 감",
            "6/14 토 강남역 11번 출구 — 지유. 택시로 역삼동",
            "6/21 토 이태원 — 은채",
            "6/28 토 합정 — 하니, 예솔");
    assertThat(people(x)).contains("소담", "라온", "지유", "은채", "하니", "예솔");
  }

  @Test
  void aClauseOrACommonWordAfterADashIsNoListOfNames() {
    Extraction x =
        read(
            "6/8 일 — 휴식. 빨래", "6/9 월 집 — 아무도 안 옴", "6/10 화 — 정산 완료, 연락 없음", "6/11 수 홍대 — 소담이랑 솔이.");
    // (솔이: the affectionate 이 of a one-syllable name, not a two-syllable one)
    assertThat(people(x)).doesNotContain("휴식", "아무도", "정산", "연락", "솔이");
  }
}
