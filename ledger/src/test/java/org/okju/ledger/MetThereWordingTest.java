package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 27 (issue 16): tried as a new user would, `4/3 소연이 역삼역 2번 출구에서 만남. 약 먹임. … 촬영함 (소연_0403)`
 * was read with no one in it: a name with its affectionate 이 was read as met only when the
 * meeting's word follows it at once (소연이 만남), and was never proposed at all when where she was met
 * comes between. Weather and seasons before a place are no one. Fictional lines.
 */
class MetThereWordingTest extends WordingTestBase {
  @Test
  void herNameWithItsIThenWhereThenTheMeeting() {
    Extraction x = read("2026-04-03", "소연이 역삼역 2번 출구에서 만남. 약 먹임. 모텔 블루 705호. 촬영함 (소연_0403)");
    assertThat(facts(x, FactType.MEETING)).contains("소연|역삼역 2번 출구");
    assertThat(facts(x, FactType.RECORDING)).contains("소연|소연_0403");
    assertThat(x.roles()).containsEntry("소연", PersonRole.VICTIM);

    Extraction met = read("2026-04-03", "지민이 강남역에서 만났음");
    assertThat(facts(met, FactType.MEETING)).containsExactly("지민|강남역");
  }

  @Test
  void aSeasonOrTheSkyBeforeAPlaceIsNoOne() {
    assertThat(undoubtedPeople(read("2026-04-03", "가을이 왔나 싶어서 공원에서 만남"))).isEmpty();
    assertThat(undoubtedPeople(read("2026-04-03", "하늘이 맑아서 한강에서 만남"))).isEmpty();
  }
}
