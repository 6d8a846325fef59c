package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 28 (issue 16, victims' names): money given to bring a woman made her its payee, so an
 * accomplice, and `ledger confirm --all` then printed her name in every output ("Gave Yeji 50k for
 * the taxi so she'd come", 지우한테 택시비 5만 줌). Her fare, pocket money or a present is no pay for work:
 * the one it is given to is no accomplice (pseudonymised unless a reviewer says otherwise), while
 * the driver paid for the car stays one. Fictional lines.
 */
class LureMoneyWordingTest extends WordingTestBase {
  @Test
  void theWomanGivenHerFareIsNoAccomplice() {
    Extraction x =
        read(
            "2024-03-14 Gave Yeji 50k for the taxi so she'd come.",
            "2024-03-15 지우한테 택시비 5만 줌",
            "2024-03-16 Paid Tank 300,000 won for the car.");
    assertThat(x.roles())
        .containsKeys("Yeji", "지우")
        .doesNotContainEntry("Yeji", PersonRole.ACCOMPLICE)
        .doesNotContainEntry("지우", PersonRole.ACCOMPLICE)
        .containsEntry("Tank", PersonRole.ACCOMPLICE);
    assertThat(payments(x)).hasSize(3);
  }
}
