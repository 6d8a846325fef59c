package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 29 (issue 16, victims' names): money given the woman herself made her an accomplice,
 * since a person paid is never suggested as a victim, and `ledger confirm --all` then named her in
 * every output: "Met Mina at Sinchon station exit 3 … She passed out", then "Gave her 100k to keep
 * quiet", {@code 미나한테 입막음으로 50만 줌}. Hush money, a settlement or her doctor's bill is no
 * accomplice's pay (as her fare is not: {@link LureMoneyWordingTest}). Fictional lines.
 */
class HushMoneyWordingTest extends WordingTestBase {
  @Test
  void hushMoneyMakesNoAccomplice() {
    Extraction x =
        read(
            "2024-06-01 Met Mina at Sinchon station exit 3. She passed out by 1.",
            "2024-06-03 Mina called crying. Gave her 100k to keep quiet.",
            "2024-06-04 Paid Sora 200k so she wouldn't talk.",
            "2024-06-05 하린한테 입막음으로 50만 줌.");
    assertThat(x.roles())
        .containsEntry("Mina", PersonRole.VICTIM)
        .doesNotContainEntry("Sora", PersonRole.ACCOMPLICE)
        .doesNotContainEntry("하린", PersonRole.ACCOMPLICE);
  }
}
