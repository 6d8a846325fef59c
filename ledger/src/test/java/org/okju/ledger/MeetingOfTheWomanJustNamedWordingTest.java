package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 29 (issue 16): notes leave out the object they have just named. {@code 별 = 나래. 5/1 신림역 8번
 * 출구에서 픽업}: the pick-up names no one, and the woman of the sentence before it is the one picked up
 * (she was an unknown with no meeting). {@code 다은 연락 옴} (word from her) names her too; it had been
 * read as no one. A man (민수형) or someone with a part of his own in the meeting's sentence ("square
 * up with Rook – his cut came to 700k") is no one met. Fictional lines.
 */
class MeetingOfTheWomanJustNamedWordingTest extends WordingTestBase {
  @Test
  void theMeetingNamingNoOneIsOfTheWomanNamedBeforeIt() {
    Extraction x =
        read("메모: 별 = 나래. 5/1 신림역 8번 출구에서 픽업, 봉천동 해밀모텔 207호.", "5/3 다은 연락 옴. 강남역 11번 출구에서 만남.");
    assertThat(facts(x, FactType.MEETING))
        .contains("나래|신림역 8번 출구", "나래|봉천동 해밀모텔 207호", "다은|강남역 11번 출구");
    assertThat(x.roles())
        .containsEntry("나래", PersonRole.VICTIM)
        .containsEntry("다은", PersonRole.VICTIM);
  }

  @Test
  void aManOrSomeoneWithHisOwnPartIsNoOneMet() {
    Extraction x =
        read("5/4 민수형 전화. 신촌역 2번 출구에서 픽업.", "Thu 6/5 square up with Rook – his cut came to 700k");
    assertThat(facts(x, FactType.MEETING))
        .noneMatch(f -> f.startsWith("민수") || f.startsWith("Rook"));
    assertThat(x.roles())
        .doesNotContainEntry("민수", PersonRole.VICTIM)
        .doesNotContainEntry("Rook", PersonRole.VICTIM);
  }
}
