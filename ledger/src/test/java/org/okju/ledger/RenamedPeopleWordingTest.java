package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The general causes {@code okju bench ledger --rename-seed N} showed: development documents read
 * well with their own people and worse with other names of the same shape, because a rule depended
 * on the names it had met. Each case in a short fictional text of its own wording.
 */
class RenamedPeopleWordingTest extends WordingTestBase {
  @Test
  void aRomanisedGivenNameWhoseSecondSyllableIsALoneVowelIsWholeNotItsFirstHalf() {
    Extraction x =
        read(
            "Sat 12 April 2025",
            "Met Su-a at Banpo Hangang Park gate 2 around 9pm. Filmed Su-a at the Hotel Marigold,"
                + " room 1204.",
            "Shin Geon-u paid me 2.5m for it. Sang-u wants in next time, he'll drive.");
    assertThat(normalized(x, EntityType.PERSON))
        .contains("Su-a", "Shin Geon-u", "Sang-u")
        .doesNotContain("Su", "Shin Geon", "Sang");
    assertThat(facts(x, FactType.MEETING)).contains("Su-a|Banpo Hangang Park gate 2");
    assertThat(payments(x)).contains("Shin Geon-u|(author)|2500000");
  }
}
