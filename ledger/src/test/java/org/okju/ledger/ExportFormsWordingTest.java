package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The classes of error that development documents 97-102 (written in session 9, before the rules
 * were run on them) showed, each in a short fictional text of its own wording: chat exports whose
 * form no app rule knew (an SMS backup's "Sent"/"Received" under a heading naming the other party,
 * a Discord export's writer on a line of its own above the message).
 */
class ExportFormsWordingTest extends WordingTestBase {
  @Test
  void anSmsBackupsReceivedLinesAreTheOtherPartysAndItsTimestampsNoTimes() {
    Extraction x =
        read(
            "Conversation with Taeyang (+82 10-2222-3333)",
            "2024-03-02 20:10  Sent: wired you 300,000 for the car",
            "2024-03-02 20:12  Received: thanks, I'll bring the sleeping pills");
    assertThat(normalized(x, EntityType.TIME)).isEmpty();
    assertThat(normalized(x, EntityType.DATE)).containsExactly("2024-03-02");
    assertThat(payments(x)).containsExactly(SuggestedFact.AUTHOR + "|Taeyang|300000");
    assertThat(facts(x, FactType.SUPPLY)).containsExactly("Taeyang|sleeping pills");
  }

  @Test
  void aMessageUnderItsWritersLineIsHis() {
    Extraction x =
        read(
            "[03-Feb-25 09:15 PM] Otter",
            "sent Moth 200k for the room.",
            "",
            "[04-Feb-25 10:02 AM] Me",
            "paid Otter 100k for the driving.");
    assertThat(normalized(x, EntityType.TIME)).isEmpty();
    assertThat(normalized(x, EntityType.DATE)).containsExactly("2025-02-03", "2025-02-04");
    assertThat(payments(x))
        .containsExactlyInAnyOrder("Otter|Moth|200000", SuggestedFact.AUTHOR + "|Otter|100000");
  }
}
