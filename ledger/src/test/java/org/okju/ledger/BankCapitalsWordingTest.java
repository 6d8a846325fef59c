package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 25, round 200-205: a bank's transaction export writes the counterparty's name in
 * capitals, romanised ("KIM DOHYUN"), which no English name rule reads. Fictional lines.
 */
class BankCapitalsWordingTest extends WordingTestBase {
  @Test
  void aCounterpartyInCapitalsIsAPerson() {
    Extraction x =
        read(
            "Date,Time,Type,Amount,Counterparty,Memo",
            "2026-03-02,21:10,Withdrawal,120000,CHOI MINJUN,taxi",
            "2026-03-04,10:00,Deposit,200000,LEE SUJIN,file");
    assertThat(undoubtedPeople(x)).contains("CHOI MINJUN", "LEE SUJIN");
  }

  @Test
  void capitalsAreANameOnlyAsASurnameAndAGivenName() {
    assertThat(LedgerExtractor.capitalsName("KIM DOHYUN")).isTrue();
    assertThat(LedgerExtractor.capitalsName("JI-SOO PARK")).isTrue();
    assertThat(LedgerExtractor.capitalsName("TOTAL AMOUNT")).isFalse();
    assertThat(LedgerExtractor.capitalsName("KB STAR")).isFalse();
    assertThat(LedgerExtractor.capitalsName("CASH")).isFalse();
  }
}
