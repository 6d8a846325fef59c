package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 30 (issue 16, victims' names), tried as a new user would: a crew that lures women with a
 * paid "shoot" writes down her appearance or model's fee ({@code 윤서한테 출연료 30만 줌}, "Paid Dayoung
 * 200k modelling fee"). Paid, she was suggested as an accomplice and named once the payment was
 * confirmed. The payee of her fee as the one filmed is a victim; the cameraman paid for the shoot
 * stays an accomplice. Fictional lines.
 */
class ModelFeeWordingTest extends WordingTestBase {
  @Test
  void herFeeAsTheOneFilmedMakesHerNoAccomplice() {
    Extraction ko = read("3/2 윤서한테 출연료 30만 줌");
    assertThat(ko.roles()).containsEntry("윤서", PersonRole.VICTIM);
    assertThat(payments(ko)).containsExactly("(author)|윤서|300000");
    assertThat(read("Paid Dayoung 200k modelling fee").roles())
        .containsEntry("Dayoung", PersonRole.VICTIM);
    assertThat(read("Gave Mirae 150k for modelling").roles())
        .containsEntry("Mirae", PersonRole.VICTIM);
  }

  @Test
  void theCrewPaidForTheShootStaysAnAccomplice() {
    assertThat(read("Paid Tank 200k for the shoot").roles())
        .containsEntry("Tank", PersonRole.ACCOMPLICE);
    assertThat(read("3/2 민혁한테 촬영비 30만 줌").roles()).containsEntry("민혁", PersonRole.ACCOMPLICE);
  }
}
