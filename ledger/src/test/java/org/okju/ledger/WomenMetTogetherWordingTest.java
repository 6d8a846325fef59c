package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 30 (issue 16, meetings): a meeting went to the first woman a line named, so her friend
 * met with her at the same exit was met nowhere; "took them both to the hotel" met no one; and
 * places a chat gave before it named the woman ("she's at the exit", "bring her up to room 905",
 * then "Yuna is out cold") were lost. Fictional lines.
 */
class WomenMetTogetherWordingTest extends WordingTestBase {
  @Test
  void everyWomanTheSentenceNamesWasMetThere() {
    Extraction x =
        read("2024-03-09 We met Sora and her friend Dami at Hapjeong station exit 7 around 10pm.");
    assertThat(facts(x, FactType.MEETING))
        .contains("Sora|Hapjeong station exit 7", "Dami|Hapjeong station exit 7");
  }

  @Test
  void themAreTheWomenOfTheLineBefore() {
    Extraction x =
        read(
            "2024-03-09",
            "Met Ellie and Jade at Sangsu station exit 1.",
            "we took them both to Hotel Aster room 1204. Bram ran the camera");
    assertThat(facts(x, FactType.MEETING))
        .contains("Ellie|Hotel Aster room 1204", "Jade|Hotel Aster room 1204");
  }

  @Test
  void placesBeforeTheWomanIsNamedAreHers() {
    Extraction x =
        read(
            "[2025-04-11 21:40] Colt: she's at Sinsa station exit 8, white coat",
            "[2025-04-11 21:42] Me: ok bring her up to Hotel Aster room 905",
            "[2025-04-11 23:55] Colt: done. Yuna is out cold");
    assertThat(x.roles())
        .containsEntry("Yuna", PersonRole.VICTIM)
        .doesNotContainEntry("Colt", PersonRole.VICTIM);
    assertThat(facts(x, FactType.MEETING))
        .contains("Yuna|Sinsa station exit 8", "Yuna|Hotel Aster room 905");
  }

  @Test
  void theWriterMetWithIsNoWomanMet() {
    Extraction x = read("2026년 4월 18일", "윤슬이가 망원역 2번 출구에서 나하고 만났음. 저녁은 우리랑 먹음");
    assertThat(x.roles()).containsOnlyKeys("윤슬");
  }
}
