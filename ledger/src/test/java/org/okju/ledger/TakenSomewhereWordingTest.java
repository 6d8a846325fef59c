package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 28 (issue 16, victims' names): tried with English lines no development document writes,
 * "Drove Sora to Yeouido park north gate" made Sora an accomplice (driving is an accomplice's
 * work), so `ledger confirm --all` would have printed her name; "Took Yuna to …", "Called Jisoo out
 * to …" and "Met up with Jiwon in front of …" found no one met. The one taken, driven or called
 * somewhere is the woman met there, and the verb alone is the evidence (never her name). Fictional
 * lines.
 */
class TakenSomewhereWordingTest extends WordingTestBase {
  @Test
  void theOneTakenOrDrivenSomewhereIsTheWomanMetThere() {
    Extraction x =
        read(
            "2024-03-14 Took Yuna to the Gangnam Grand Hotel.",
            "2024-03-16 Drove Sora to Yeouido park north gate.",
            "2024-03-19 Called Jisoo out to Mangwon station exit 2.",
            "2024-03-24 Met up with Jiwon in front of Gangnam station exit 10.");
    assertThat(x.roles())
        .containsEntry("Yuna", PersonRole.VICTIM)
        .containsEntry("Sora", PersonRole.VICTIM)
        .containsEntry("Jisoo", PersonRole.VICTIM)
        .containsEntry("Jiwon", PersonRole.VICTIM);
    assertThat(facts(x, FactType.MEETING))
        .contains(
            "Yuna|Gangnam Grand Hotel",
            "Sora|Yeouido park north gate",
            "Jisoo|Mangwon station exit 2",
            "Jiwon|Gangnam station exit 10");
  }

  @Test
  void theOneWhoDrivesHerIsNoVictim() {
    Extraction x = read("2024-03-16 Tank drove Sora to Yeouido park north gate.");
    assertThat(x.roles()).containsEntry("Sora", PersonRole.VICTIM);
    assertThat(x.roles()).doesNotContainEntry("Tank", PersonRole.VICTIM);
  }
}
