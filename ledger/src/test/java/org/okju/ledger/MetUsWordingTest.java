package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 26 (issue 16): a meeting the author writes with "us" or "me" as its object, or with
 * 우리랑/나랑 as the one met with: "Yuri met us at Hapjeong station exit 7", 가람이는 역에서 우리랑 만났고. The
 * author is among "us", so the woman who met them is the one met, as "I met Yuri" says it; she had
 * been read as the verb's subject, with no meeting and her role unknown. Fictional lines.
 */
class MetUsWordingTest extends WordingTestBase {
  @Test
  void theOneWhoMetUsOrMeIsMet() {
    Extraction x = read("2026-06-06", "Yuri met us at Hongdae station exit 9");
    assertThat(facts(x, FactType.MEETING)).containsExactly("Yuri|Hongdae station exit 9");
    assertThat(x.roles()).containsEntry("Yuri", PersonRole.VICTIM);

    Extraction me =
        read("2026-05-23", "Jinny met me at Sangsu station exit 1 around 10:30pm, came with Hana");
    assertThat(facts(me, FactType.MEETING)).contains("Jinny|Sangsu station exit 1");
    assertThat(me.roles()).containsEntry("Jinny", PersonRole.VICTIM);

    Extraction up = read("2026-06-06", "Sora met up with us at Sinchon station exit 3");
    assertThat(facts(up, FactType.MEETING)).containsExactly("Sora|Sinchon station exit 3");
  }

  @Test
  void whoeverCameWithHerWasMetWithHer() {
    Extraction x =
        read("2026-06-06", "Yuri met us at Hapjeong station exit 7 with a friend called Dahee");
    assertThat(facts(x, FactType.MEETING))
        .containsExactlyInAnyOrder("Yuri|Hapjeong station exit 7", "Dahee|Hapjeong station exit 7");
    assertThat(x.roles())
        .containsEntry("Yuri", PersonRole.VICTIM)
        .containsEntry("Dahee", PersonRole.VICTIM);

    Extraction came =
        read("2026-05-23", "Jinny met me at Sangsu station exit 1 around 10:30pm, came with Hana");
    assertThat(facts(came, FactType.MEETING))
        .containsExactlyInAnyOrder("Jinny|Sangsu station exit 1", "Hana|Sangsu station exit 1");
    assertThat(came.roles()).containsEntry("Hana", PersonRole.VICTIM);
  }

  @Test
  void theOneWhoMetWithUsIsMetInKorean() {
    Extraction x = read("2026년 4월 18일", "가람이는 홍대입구역 9번 출구에서 우리랑 만났고 세연이는 방으로 바로 옴");
    assertThat(facts(x, FactType.MEETING)).contains("가람|홍대입구역 9번 출구");
    assertThat(x.roles()).containsEntry("가람", PersonRole.VICTIM);

    Extraction me = read("2026년 4월 18일", "윤슬이가 망원역 2번 출구에서 나하고 만났음");
    assertThat(facts(me, FactType.MEETING)).containsExactly("윤슬|망원역 2번 출구");
  }

  @Test
  void theListEndingWithMeSaysWhoWeWere() {
    Extraction x =
        read(
            "Friday 15 May 2026",
            "We met them at Noksapyeong station exit 2 at 10pm, Rex, Pike and me.");
    assertThat(facts(x, FactType.MEETING)).noneMatch(f -> f.startsWith("Rex|"));
    assertThat(x.roles()).doesNotContainEntry("Rex", PersonRole.VICTIM);
  }

  @Test
  void theOneMetWithAnotherManIsNotTheOneMet() {
    // The writer's party is the verb's object only when "us" or "me" follows it, and 우리랑 marks
    // the party only before the verb of its own clause.
    Extraction x = read("2026-06-06", "Dex met Yuri at Hongdae station exit 9");
    assertThat(facts(x, FactType.MEETING)).containsExactly("Yuri|Hongdae station exit 9");
    assertThat(x.roles()).doesNotContainEntry("Dex", PersonRole.VICTIM);
  }
}
