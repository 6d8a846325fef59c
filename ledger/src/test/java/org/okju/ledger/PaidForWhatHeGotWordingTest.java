package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 31 (issue 16, the direction of money): "Got the G from Toby, 200k" and {@code 김약사한테 졸피
 * 10알 받음 30만} were read as the supplier paying the writer: what was got is the drug, and the amount
 * is its price. A name in a note's markup ({@code [[Professor]] paid}, {@code **Vince** paid}) is
 * the one who paid. Money got as money stays money in. Fictional lines.
 */
class PaidForWhatHeGotWordingTest extends WordingTestBase {
  @Test
  void theWriterPaysForTheDrugHeGot() {
    Extraction x =
        read(
            "2025-07-05 Got the G from Milo, 200k.",
            "2025-07-06 민약사한테 졸피 10알 받음 30만",
            "2025-07-07 [[Professor]] paid 1.8m for mina_1018.",
            "2025-07-08 **Vince** paid 900k for the set.");
    assertThat(payments(x))
        .contains(
            "(author)|Milo|200000",
            "(author)|민약사|300000",
            "Professor|(author)|1800000",
            "Vince|(author)|900000");
  }

  @Test
  void moneyGotIsMoneyIn() {
    Extraction x =
        read(
            "2025-07-09 Got 500k from Vince for ara_1003.",
            "2025-07-10 민약사한테 30만 받음",
            "2025-07-11 졸피 팔고 받음 40만 (범수)");
    assertThat(payments(x)).contains("Vince|(author)|500000", "민약사|(author)|300000");
    assertThat(payments(x)).noneMatch(p -> p.startsWith("(author)|"));
  }
}
