package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 30 (issue 16, victims' names), tried as a new user would: a monthly sales sheet whose
 * note column names the women by their recordings ({@code 윤서 1편}, {@code 지안 풀버전}) and a terse memo
 * ({@code 수아꺼 3편 판매 함사장 120 받음}: "Sua's three episodes sold"). Nori reads 윤서, 지안 and 수아 as ordinary
 * words, so a bare one before her recording was not read, and 수아꺼 (with the spoken possessive) not
 * at all: the sales' confirmed payments quoted their names in the report. In a sale's line the name
 * before the recording of her is hers, and so is a name with 꺼, 거 or 것. Fictional lines.
 */
class HerNumberedRecordingsWordingTest extends WordingTestBase {
  @Test
  void aNameNoriKnowsBeforeHerRecordingInASaleIsHers() {
    Extraction x = read("3/5\t강실장\t판매\t1200000\t윤서 1편");
    assertThat(x.roles()).containsEntry("윤서", PersonRole.VICTIM);
    assertThat(read("3/20\t최사장\t판매\t900000\t지안 풀버전").roles())
        .containsEntry("지안", PersonRole.VICTIM);
  }

  @Test
  void hersWithTheSpokenPossessive() {
    Extraction x = read("- 수아꺼 3편 판매 함사장 120 받음");
    assertThat(x.roles())
        .containsEntry("수아", PersonRole.VICTIM)
        .containsEntry("함사장", PersonRole.ACCOMPLICE);
    assertThat(payments(x)).containsExactly("함사장|(author)|1200000");
    assertThat(read("- 수아 거 3편 판매 함사장 120 받음").roles()).containsEntry("수아", PersonRole.VICTIM);
  }

  @Test
  void noSaleNoName() {
    // Outside a sale a word Nori knows stays a word: a diary's films, no one.
    assertThat(read("주말에 영화 2편 봄").roles()).isEmpty();
  }
}
