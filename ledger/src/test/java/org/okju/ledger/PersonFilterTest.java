package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The learnt person filter on fictional lines: capitalised common words the rules take for names in
 * a line of their own ("Backup", "Sushi") are doubted by the model, the names beside them are not,
 * a party to a fact is never doubted, and a doubted word keeps its mentions (so that, were it a
 * victim's name, the identity table would still withhold it).
 */
class PersonFilterTest extends WordingTestBase {
  private static List<String> doubted(Extraction x) {
    return x.entities().stream()
        .filter(e -> e.type() == EntityType.PERSON)
        .filter(e -> e.flags().contains(PersonFilter.DOUBTFUL))
        .map(EntityMention::normalized)
        .distinct()
        .toList();
  }

  @Test
  void capitalisedCommonWordsAreDoubtedAndTheNamesBesideThemAreNot() {
    Extraction x =
        read(
            "2024-05-03",
            "Note to self - Backup everything.",
            "Dinner with Minji later, she likes Sushi.",
            "Called Dara about the Furniture.");
    assertThat(doubted(x)).containsExactlyInAnyOrder("Backup", "Sushi");
    // Still read, only doubted: the mentions stay for the identity table.
    assertThat(normalized(x, EntityType.PERSON)).contains("Backup", "Sushi", "Minji", "Dara");
  }

  @Test
  void aPartyToAFactIsNeverDoubted() {
    Extraction x = read("2024-05-03", "Invoice sent to Marco, 300k.");
    assertThat(payments(x)).isNotEmpty();
    assertThat(doubted(x)).isEmpty();
  }
}
