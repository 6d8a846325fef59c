package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 32 (issue 16, the direction of money): buyers listed in one sentence, each with his own
 * verb ("Moss sent 300k for it, Kestrel sent 1.2 million won for the whole folder"). The second
 * name after the first one's verb was read as the one the first paid, so the writer paid Moss.
 * Fictional lines.
 */
class TwoPayersInOneSentenceWordingTest extends WordingTestBase {
  @Test
  void eachBuyerListedWithHisOwnVerbPaysTheWriter() {
    Extraction x =
        read("Oct 2 Moss sent 300k for it, Kestrel sent 1.2 million won for the whole folder lol");
    assertThat(payments(x)).contains("Moss|(author)|300000", "Kestrel|(author)|1200000");
  }

  @Test
  void aNameAfterTheVerbWithNoVerbOfItsOwnIsStillThePayee() {
    Extraction x = read("Oct 3 Tank sent Marco 300k for the ride");
    assertThat(payments(x)).doesNotContain("Tank|(author)|300000");
  }
}
