package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 24: gaps earlier rounds left open, closed where they were cheap: a lodging written by its
 * kind before its name and room, or an English hotel's name before its district, is one place; an
 * amount in English words with more than one multiplier. Fictional lines.
 */
class KnownGapsWordingTest extends WordingTestBase {
  @Test
  void aLodgingWrittenByItsKindThenItsNameIsOnePlace() {
    Extraction x =
        read(
            "토요일 종로 호텔 베르가 511호 예약",
            "망원동 모텔 달빛 207호로 이동",
            "Kai drove us to Grand Hotel Mapo after midnight.");
    assertThat(normalized(x, EntityType.PLACE))
        .contains("종로 호텔 베르가 511호", "망원동 모텔 달빛 207호", "Grand Hotel Mapo");
    // A lodging's kind alone, with no room or district to say the next word is its name, stays as
    // it was read.
    assertThat(normalized(read("모텔 잡고 대기"), EntityType.PLACE)).isEmpty();
  }

  @Test
  void anAmountInWordsWithTwoMultipliersAddsThem() {
    Extraction x =
        read(
            "Pip paid one million two hundred thousand won for the folder.",
            "Kit sent two million won, then three thousand five hundred dollars.");
    assertThat(normalized(x, EntityType.MONEY)).contains("1200000", "2000000", "3500");
    assertThat(normalized(x, EntityType.MONEY)).doesNotContain("200000");
  }
}
