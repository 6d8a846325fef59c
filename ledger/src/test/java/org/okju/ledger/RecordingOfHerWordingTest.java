package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 27 (issue 16, victims' names): tried as a new user would, a fictional ledger whose woman
 * is met, drugged and filmed in a line the reader did not read (`소연이 … 만남`) and then named again
 * only in "(소연 영상 판매)" — the sale of her video — was suggested as an accomplice (판매, a trade word),
 * and `ledger confirm --all` printed her name in every output. The woman a recording is of is a
 * victim, whoever sells it; a file named after her is hers when the document names her only later;
 * and a place whose victim the entry did not name is no place of a woman met on another day.
 * Fictional lines.
 */
class RecordingOfHerWordingTest extends WordingTestBase {
  @Test
  void theWomanAVideoIsOfIsAVictimWhoeverSellsIt() {
    Extraction x = read("4/11 강형님한테서 300만원 받음 (소연 영상 판매)");
    assertThat(x.roles()).containsEntry("소연", PersonRole.VICTIM);
    assertThat(x.roles()).doesNotContainEntry("강형님", PersonRole.VICTIM);

    Extraction tape =
        read(
            "3/10 Sunhee texted back.",
            "3/28 Big Kang took Sunhee's tape to his buyers. Kang sent 2,400,000 won.");
    assertThat(tape.roles()).containsEntry("Sunhee", PersonRole.VICTIM);

    Extraction sold = read("4/02 sold Mirae's video to Brick for 500k");
    assertThat(sold.roles()).containsEntry("Mirae", PersonRole.VICTIM);
    assertThat(sold.roles()).doesNotContainEntry("Brick", PersonRole.VICTIM);

    Extraction of = read("4/05 Brick wants more footage of Hana");
    assertThat(of.roles()).containsEntry("Hana", PersonRole.VICTIM);
  }

  @Test
  void aManWhoseVideoIsSpokenOfIsNoVictim() {
    // 형님 영상 편집: the boss's editing job, and a titled man is no woman filmed.
    Extraction x = read("4/11 강형님 영상 편집비 50만원 줌");
    assertThat(x.roles()).doesNotContainEntry("강형님", PersonRole.VICTIM);
  }

  @Test
  void aFileNamedAfterAWomanTheDocumentNamesLaterIsHers() {
    Extraction x =
        read("4/3 역삼역 2번 출구. 약 먹임. 모텔 블루 705호. 촬영함 (소연_0403)", "4/11 강형님한테서 300만원 받음 (소연 영상 판매)");
    assertThat(facts(x, FactType.RECORDING)).contains("소연|소연_0403");
    assertThat(x.roles()).containsEntry("소연", PersonRole.VICTIM);
  }

  @Test
  void aPlaceWhoseVictimWentUnnamedIsNotAnotherDaysWoman() {
    Extraction x =
        read(
            "4/3 역삼역 2번 출구에서 만남. 약 먹임. 모텔 블루 705호.",
            "4/5 약사 안씨 몫 15% 송금 45만원",
            "4/18 다은이랑 신촌에서 술. 다은 취함. 영상 2개.");
    assertThat(facts(x, FactType.MEETING)).doesNotContain("다은|역삼역 2번 출구", "다은|모텔 블루 705호");
  }
}
