package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 29 (issue 16): notes and chats between the two of them say amounts in 만원 without the
 * unit: {@code 15 줬음}, {@code 30 보냄}, {@code 250 입금 확인}. A bare number right before a verb of money
 * is such an amount (it was no amount, so no payment and the man paid no accomplice); a count (2개),
 * a tape's number (#12) and a word before the amount ({@code 대금 240 입금}: the payment's own name)
 * are not. Fictional lines.
 */
class UnitlessAmountWordingTest extends WordingTestBase {
  @Test
  void aBareNumberBeforeAVerbOfMoneyIsTensOfThousandsOfWon() {
    Extraction x = read("2025-04-05 동식이형한테 졸피뎀 받음. 15 줬음", "2025-04-06 민규 대금 240 입금 확인");
    assertThat(payments(x)).contains("(author)|동식|150000");
    assertThat(normalized(x, EntityType.MONEY)).contains("150000", "2400000");
    assertThat(normalized(x, EntityType.PERSON)).doesNotContain("대금");
  }

  @Test
  void aCountOrATapeNumberIsNoAmount() {
    Extraction x = read("2025-04-08 영상 2개 보냄. #12 보냄");
    assertThat(normalized(x, EntityType.MONEY)).isEmpty();
  }
}
