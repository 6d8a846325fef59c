package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 30 (issue 16, victims' names), tried as a new user would: a text thread between two
 * accomplices, "Ami texted me asking for her pics back", "send Ami 100 so she shuts up", then in
 * the next message "sent Ami 100k. her mum called too". The payment's line says nothing of why, so
 * Ami was its payee, an accomplice, and named in every output once the payment was confirmed. A
 * woman asking for her pictures back or deleted is their victim, and money given her after that, or
 * after a line of hush money for her, is to quiet her, not an accomplice's pay. Fictional lines.
 */
class AskedForHerPicturesWordingTest extends WordingTestBase {
  @Test
  void sheWhoAsksForHerPicturesBackIsTheirVictim() {
    Extraction x =
        read("Ami texted me asking for her pics back", "sent Ami 100k. her mum called too");
    assertThat(x.roles()).containsEntry("Ami", PersonRole.VICTIM);
    assertThat(payments(x)).contains("(author)|Ami|100000");

    Extraction ko = read("서윤이 사진 지워달라고 나한테 연락옴.", "서윤한테 30만 보냄");
    assertThat(ko.roles()).containsEntry("서윤", PersonRole.VICTIM);

    Extraction begged = read("Yuri begged me to take down her clips", "Paid Yuri 200k");
    assertThat(begged.roles()).containsEntry("Yuri", PersonRole.VICTIM);
  }

  @Test
  void moneyAfterHushMoneyForHerIsNoAccomplicesPay() {
    Extraction x = read("send Ami 100 so she shuts up", "sent Ami 100k. her mum called too");
    assertThat(x.roles()).doesNotContainEntry("Ami", PersonRole.ACCOMPLICE);
  }

  @Test
  void aManPaidIsStillAnAccomplice() {
    // The asking words name the woman before them, not a man paid in another line.
    Extraction x =
        read(
            "Ami texted me asking for her pics back. Brick laughed.",
            "Paid Brick 200k for the edit");
    assertThat(x.roles()).containsEntry("Brick", PersonRole.ACCOMPLICE);
  }
}
