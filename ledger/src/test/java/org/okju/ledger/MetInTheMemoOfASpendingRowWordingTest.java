package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 32 (issue 16, victims first): a card or bank export's row of money spent at a bar whose
 * memo says whom he met there ("-64000 · 홍대 포차 · 하람 만남"). The woman in the memo was the row's only
 * person, so she was read as the one paid, an accomplice, and named once confirmed. Fictional rows.
 */
class MetInTheMemoOfASpendingRowWordingTest extends WordingTestBase {
  @Test
  void theWomanAMemoSaysWasMetIsNoOnePaid() {
    Extraction x = read("날짜,카드,분류,세부,가맹점,금액,메모", "2026-07-02,신한카드,유흥,술,홍대 포차,-64000,하람 만남");
    assertThat(x.roles()).containsEntry("하람", PersonRole.VICTIM);
  }

  @Test
  void theOneTheMoneyWentToBesideAMemoOfAPickUpIsStillPaid() {
    Extraction x =
        read(
            "거래일시,적요,거래유형,거래금액,메모",
            "2026.05.02 21:14:08,박도현,출금,-100000,도현이 운전",
            "2026.05.21 23:10:45,박도현,출금,-100000,합정 픽업 (다인)");
    assertThat(x.roles()).containsEntry("박도현", PersonRole.ACCOMPLICE);
  }
}
