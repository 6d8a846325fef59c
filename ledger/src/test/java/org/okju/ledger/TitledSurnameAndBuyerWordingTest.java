package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 29 (issue 16), two English wordings a new diary used: a job title before a Korean surname
 * that is also a common word ("Pharmacist Oh", "Doctor Oh": read as no one, the money paid "him"
 * had no payee), and a recording that "went to" a buyer for a price (no payment, the buyer an
 * unknown). Going somewhere for a while is no sale. Fictional lines.
 */
class TitledSurnameAndBuyerWordingTest extends WordingTestBase {
  @Test
  void aJobTitleBeforeASurnameThatIsAWordIsHim() {
    Extraction x =
        read(
            "May 12 Pharmacist Oh sent the pills by quick delivery, paid him 200k.",
            "May 14 Doctor Oh gave me the stuff.");
    assertThat(normalized(x, EntityType.PERSON)).containsExactly("Oh");
    assertThat(payments(x)).containsExactly("(author)|Oh|200000");
  }

  @Test
  void aRecordingThatWentToABuyerForAPriceIsASale() {
    Extraction x =
        read(
            "May 15 Riley's clip went to Marco for 800k.",
            "May 17 Marco went to Sinchon for 2 hours.");
    assertThat(payments(x)).containsExactly("Marco|(author)|800000");
    assertThat(x.roles())
        .containsEntry("Marco", PersonRole.ACCOMPLICE)
        .containsEntry("Riley", PersonRole.VICTIM);
  }
}
