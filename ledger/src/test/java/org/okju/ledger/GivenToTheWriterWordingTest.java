package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 28 (issue 16, the direction of money): "Kang gave me 900,000 won" and "Brick handed me
 * 300k" were read as the writer paying Kang and Brick: only "paid me" and "sent me" said money in.
 * Any giving verb whose object is the writer ("gave me", "handed me", "wired us", "passed over me")
 * is money in from its subject. Fictional lines.
 */
class GivenToTheWriterWordingTest extends WordingTestBase {
  @Test
  void moneyGivenToTheWriterIsMoneyIn() {
    Extraction x =
        read(
            "2024-03-14 Kang gave me 900,000 won.",
            "2024-03-15 Brick handed me 300k for the clip.",
            "2024-03-16 Paid Tank 300,000 won for the car.");
    assertThat(payments(x))
        .containsExactlyInAnyOrder(
            "Kang|(author)|900000", "Brick|(author)|300000", "(author)|Tank|300000");
  }
}
