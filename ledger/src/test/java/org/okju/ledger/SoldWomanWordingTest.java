package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 29 (issue 16, victims' names): a woman's name right before a sale's verb, as notes write
 * what was handed over ({@code 수빈이 넘기고 40만 받음}: her tape, "her"), made her the one who paid the
 * 40만, so an accomplice, and `ledger confirm --all` would have printed her name in every output.
 * She is what was sold; a buyer is written with 한테 and keeps his payment. Fictional lines.
 */
class SoldWomanWordingTest extends WordingTestBase {
  @Test
  void theWomanHandedOverIsNoPayerAndNoAccomplice() {
    Extraction x = read("2024-03-07 수빈이 넘기고 40만 받음", "2024-03-08 하린 넘김. 30만 받음");
    assertThat(x.roles())
        .containsEntry("수빈", PersonRole.VICTIM)
        .containsEntry("하린", PersonRole.VICTIM);
    assertThat(payments(x)).noneMatch(p -> p.startsWith("수빈") || p.startsWith("하린"));
  }

  @Test
  void theBuyerSheIsHandedToStillPays() {
    Extraction x = read("2024-03-09 수빈이 변사장한테 넘기고 40만 받음");
    assertThat(payments(x)).containsExactly("변사장|(author)|400000");
    assertThat(x.roles())
        .containsEntry("변사장", PersonRole.ACCOMPLICE)
        .doesNotContainEntry("수빈", PersonRole.ACCOMPLICE);
  }
}
