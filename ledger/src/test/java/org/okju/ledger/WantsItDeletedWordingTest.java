package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 32 (issue 16, victims first): money from a woman who "wants Magnolia deleted" pays for
 * the deletion of her recording. "wants" is also a buyer's word ("Yang wants Magnolia"), so the row
 * was read as a sale and she as a buyer, an accomplice named once confirmed. Fictional rows.
 */
class WantsItDeletedWordingTest extends WordingTestBase {
  @Test
  void sheWhoWantsItDeletedPaysForTheDeletion() {
    Extraction x =
        read(
            "Amount (KRW)\tDate\tFrom\tTo\tNote",
            "2,000,000\t2024-04-09\tCollector Yang\tme\tbought \"Magnolia\"",
            "800,000\t2024-04-15\tMina\tme\twants Magnolia deleted");
    assertThat(x.roles()).containsEntry("Mina", PersonRole.VICTIM);
  }

  @Test
  void aBuyerWhoWantsItIsStillABuyer() {
    Extraction x =
        read(
            "Amount (KRW)\tDate\tFrom\tTo\tNote",
            "1,500,000\t2024-04-20\tCollector Yang\tme\twants Magnolia too");
    assertThat(x.roles()).doesNotContainEntry("Yang", PersonRole.VICTIM);
  }
}
