package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 29: a household-accounts app's export (가계부: 편한가계부, 뱅크샐러드) has no column of money in and
 * one of money out, nor a direction column: its category column says 수입 (income), 지출 or 이체 (a
 * transfer), and the amount of money that left is written with a minus. Money a woman sent in
 * ({@code 수입}, her name in the 내용 column, memo "…가 보냄") was read as money the writer paid her.
 * Fictional rows.
 */
class HouseholdAccountsWordingTest extends WordingTestBase {
  @Test
  void theCategoryAndTheSignSayWhichWayTheMoneyWent() {
    Extraction x =
        read(
            "가계부 내보내기",
            "날짜,자산,대분류,소분류,내용,금액,메모",
            "2026-03-01,현금,식비,점심,편의점,-6500,",
            "2026-03-02,토스,수입,기타수입,하윤,300000,하윤이가 보냄. 지워달래");
    assertThat(payments(x)).contains("하윤|(author)|300000");
    assertThat(payments(x)).doesNotContain("(author)|하윤|300000");
  }
}
