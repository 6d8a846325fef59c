package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 31 (issue 16, victims' names), tried as a new user would: three accomplices' Telegram
 * group. One tells another "소율 3편 올림, 너 몫 30%" (Soyul's third part is up, your cut 30%): the cut is
 * the reader's, but with no name in "너 몫" the share went to the name written before it in the
 * clause, the woman of the recording, who was then an accomplice and named in every output. "Your"
 * share is the reader's (the chat partner's when the owner writes to one), never a name before it.
 * Fictional lines.
 */
class YourShareWordingTest extends WordingTestBase {
  @Test
  void yourCutInAGroupIsNoOneNamedBeforeIt() {
    Extraction x =
        read(
            "[2026-02-14 21:03] 철구: 안경 소율이는 금요일. 약 타서 먹임",
            "[2026-02-22 00:20] 태식: 소율 3편 올림, 너 몫 30%");
    assertThat(shares(x)).noneMatch(s -> s.startsWith("소율"));
    assertThat(x.roles().get("소율")).isNotEqualTo(PersonRole.ACCOMPLICE);
  }

  @Test
  void yourCutInEnglishToo() {
    Extraction x = read("[2026-02-22 00:20] Tae: Soyul part 3 is up, your cut 30%");
    assertThat(shares(x)).noneMatch(s -> s.startsWith("Soyul"));
  }

  @Test
  void aNamedShareIsStillHis() {
    assertThat(shares(read("[2026-02-22 00:20] 태식: 소율 3편 올림, 민수 몫 30%"))).containsExactly("민수|30");
  }
}
