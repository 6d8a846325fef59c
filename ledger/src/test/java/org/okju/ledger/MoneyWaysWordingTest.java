package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 27 (issue 16): tried as a new user would, "4/5 약사 안씨 몫 15% 송금 45만원" made 송금 (a
 * remittance) a person paid 45만원, and `ledger confirm --all` named "송금" as an accomplice. The ways
 * money goes, written before their amounts as names are, are no one. Fictional lines.
 */
class MoneyWaysWordingTest extends WordingTestBase {
  @Test
  void aRemittanceBeforeItsAmountIsNoOne() {
    Extraction x = read("2026-04-05", "약사 안씨 몫 15% 송금 45만원");
    assertThat(normalized(x, EntityType.PERSON)).doesNotContain("송금");
    assertThat(payments(x)).noneMatch(p -> p.contains("송금"));
  }
}
