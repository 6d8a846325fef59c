package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 31 (issue 16, victims' names), tried as a new user would: an offender's diary (.odt) pays
 * a woman twice, first money she asked to borrow ({@code 예나가 돈 빌려달래서 20만 줌. 예나도 찍음.}), then hush
 * money ({@code 예나한테 입막음으로 50만원 보냄.}). Money given her after hush money was already no accomplice's
 * pay; before it, it was, and the loan made her an accomplice named in every output. A loan at her
 * asking is no pay for work, and money given a woman the document pays hush money anywhere is to
 * quiet her, in whichever order the lines come. A room lent to the crew stays an accomplice's help.
 * Fictional lines.
 */
class MoneyLentOrPaidBeforeHushWordingTest extends WordingTestBase {
  @Test
  void moneySheAskedToBorrowIsNoPay() {
    Extraction x = read("2026년 1월 15일", "예나가 돈 빌려달래서 20만 줌. 예나도 찍음.", "예나한테 입막음으로 50만원 보냄.");
    assertThat(x.roles().get("예나")).isNotEqualTo(PersonRole.ACCOMPLICE);
    assertThat(payments(x)).contains("(author)|예나|200000", "(author)|예나|500000");
    // The asking in a clause of its own before the money (tried by the session-31 new user).
    Extraction en =
        read("Jan 15 2026", "Yena asked to borrow money, gave her 200k. Filmed Yena too.");
    assertThat(en.roles().get("Yena")).isNotEqualTo(PersonRole.ACCOMPLICE);
  }

  @Test
  void moneyBeforeTheHushMoneyIsToQuietHerToo() {
    Extraction x = read("2026년 1월 15일", "예나한테 10만 줌.", "2026년 1월 20일", "예나한테 입막음으로 50만원 보냄.");
    assertThat(x.roles().get("예나")).isNotEqualTo(PersonRole.ACCOMPLICE);
    Extraction en = read("Jan 15", "Sent Yena 100k.", "Jan 20", "Sent Yena 300k to keep quiet.");
    assertThat(en.roles().get("Yena")).isNotEqualTo(PersonRole.ACCOMPLICE);
  }

  @Test
  void aRoomLentIsStillHelp() {
    assertThat(read("태식이 방 빌려줌. 태식한테 10만 줌.").roles()).containsEntry("태식", PersonRole.ACCOMPLICE);
  }
}
