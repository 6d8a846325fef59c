package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 29 (issue 16, victims' names): {@code 가방에 챙겨간 거 채윤이 잔에 탐} (put what I brought into 채윤's
 * glass) read her affectionate 이 as her subject's, so she was the one who put the drug in:
 * suggested as the accused, the one role whose name `ledger confirm --all` shows. Her name before
 * her drink and where in it is the drink's owner, the drug's victim. Fictional lines.
 */
class HerDrinkWordingTest extends WordingTestBase {
  @Test
  void theWomanWhoseDrinkIsDruggedIsItsVictim() {
    Extraction x = read("2025.3.14 둘 다 데킬라 마심. 가방에 챙겨간 거 채윤이 잔에 탐.", "2025.3.15 하린 술에다 졸피뎀 넣음.");
    assertThat(x.roles())
        .containsEntry("채윤", PersonRole.VICTIM)
        .containsEntry("하린", PersonRole.VICTIM);
  }

  @Test
  void theManWhoPutsItInIsStillTheAccused() {
    Extraction x = read("2025.3.16 준혁이가 술에 졸피뎀 탐. 지아 뻗음.");
    assertThat(x.roles()).containsEntry("준혁", PersonRole.ACCUSED);
  }
}
