package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 27, round 213-218: "Tank sent 1.2m for the file. sent Marco 300k" was read as the writer
 * paying Tank, because someone (Marco) was named after "sent" further along the line, though in the
 * next sentence. Fictional lines.
 */
class SentenceBoundsWordingTest extends WordingTestBase {
  @Test
  void whoIsNamedInTheNextSentenceLeavesTheSenderTheSender() {
    assertThat(payments(read("Gus sent 900k for the clip. sent Lenny 200k already")))
        .containsExactlyInAnyOrder("Gus|(author)|900000", "(author)|Lenny|200000");
    assertThat(payments(read("Pia sent 1.5m. Otto got 400k from me")))
        .contains("Pia|(author)|1500000")
        .doesNotContain("(author)|Pia|1500000");
  }

  @Test
  void aRecipientInTheSameSentenceStillCounts() {
    assertThat(payments(read("Gus sent 900k to Lenny for the clip.")))
        .containsExactly("Gus|Lenny|900000");
  }
}
