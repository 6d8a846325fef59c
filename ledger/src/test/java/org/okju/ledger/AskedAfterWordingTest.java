package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 28 (issue 16, victims' names), tried as a new user would: a woman the men ask after or
 * want was read as the payee of the money in the next sentence, or as a trader through "wants", so
 * an accomplice whose name a confirmed payment prints; and a woman named only as on her way ("Seola
 * is coming tonight") was read as no one, her name left in the payment's quoted line. Fictional
 * lines.
 */
class AskedAfterWordingTest extends WordingTestBase {
  @Test
  void theWomanAskedAfterIsNotTheManPaid() {
    Extraction x = read("Mar 13 Brick asked about Nari again. Sent him 100k");
    assertThat(payments(x)).containsExactly("(author)|Brick|100000");
    assertThat(x.roles()).doesNotContainEntry("Nari", PersonRole.ACCOMPLICE);
  }

  @Test
  void theWomanATraderWantsIsNoTrader() {
    Extraction x = read("Mar 14 Jess wants Nari's number. Paid Jess 50k");
    assertThat(x.roles())
        .containsEntry("Jess", PersonRole.ACCOMPLICE)
        .doesNotContainEntry("Nari", PersonRole.ACCOMPLICE);
    assertThat(read("Mar 14 Jess wants Nari.").roles())
        .doesNotContainEntry("Nari", PersonRole.ACCOMPLICE);
  }

  @Test
  void theWomanSoldToABuyerIsNoTrader() {
    Extraction x = read("Mar 4 Sold Dabin to Brick for 400k");
    assertThat(x.roles())
        .containsEntry("Brick", PersonRole.ACCOMPLICE)
        .doesNotContainEntry("Dabin", PersonRole.ACCOMPLICE);
    // The buyer after "sold" is still a trader: "sold Brick the tape".
    assertThat(read("Mar 4 Sold Brick the tape for 400k").roles())
        .containsEntry("Brick", PersonRole.ACCOMPLICE);
  }

  @Test
  void theWomanBroughtIsAPerson() {
    // 지우 데려온 값: the price of bringing her; unread, her name stayed in the payment's quote.
    Extraction x = read("3/9 지우 데려온 값 박실장한테 20만 줌");
    assertThat(undoubtedPeople(x)).contains("지우");
    assertThat(payments(x)).containsExactly("(author)|박실장|200000");
  }

  @Test
  void aWomanOnHerWayIsAPerson() {
    assertThat(undoubtedPeople(read("Seola is coming tonight. Paid Doc 200k"))).contains("Seola");
    assertThat(undoubtedPeople(read("Hana's coming over at 9. Paid Doc 200k"))).contains("Hana");
  }
}
