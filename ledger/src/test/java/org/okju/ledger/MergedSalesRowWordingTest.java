package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 32 (issue 16, victims' names), tried as a new user would: a sales book (.xlsx) whose 이름
 * (name) column holds the woman, merged over the rows of her sales, and whose 비고 (note) column
 * holds the buyer. Read with her name in every row (text/MergedCells), the sale's money went to her
 * as the row's first person (an accomplice's pay, so she would be named once it was confirmed), and
 * a sale's row with no sign nor direction column was the writer paying. The woman whose recording
 * the row sells is no party to its money, and a sale brings money in. Fictional lines.
 */
class MergedSalesRowWordingTest extends WordingTestBase {
  @Test
  void theBuyerPaysForHerRecording() {
    Extraction x =
        read("날짜\t이름\t내용\t금액\t비고", "3/2\t지유\t촬영\t-300000\t망원동 작업실", "3/4\t지유\t1편 판매\t1200000\t백사장");
    assertThat(payments(x)).containsExactly("백사장|(author)|1200000");
    assertThat(x.roles().get("지유")).isEqualTo(PersonRole.VICTIM);
  }
}
