package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 26, probing round 206-212's styles further: an English kinship word before a name was
 * kept as part of it ("Cousin Jay" for Jay, as "Uncle Moe" is Moe), and the ride home at the head
 * of a sentence was a person ("Taxi took forever"). Fictional lines.
 */
class KinTitlesAndRidesWordingTest extends WordingTestBase {
  @Test
  void aKinshipWordBeforeANameIsNoPartOfIt() {
    Extraction x = read("Cousin Jay came over. My sister Mina drove us to Itaewon.");
    assertThat(undoubtedPeople(x)).contains("Jay", "Mina").doesNotContain("Cousin Jay", "Sister");
  }

  @Test
  void theRideIsNoOne() {
    Extraction x = read("Taxi took forever. Cab dropped us at Hapjeong station exit 7.");
    assertThat(undoubtedPeople(x)).doesNotContain("Taxi", "Cab");
  }

  @Test
  void dinnerWithWrittenWSlashMeetsHer() {
    Extraction x = read("Saturday 2 May 2026", "Dinner w/ Soyeon and her friend Yuna at Hongdae.");
    assertThat(undoubtedPeople(x)).contains("Soyeon", "Yuna");
    assertThat(facts(x, FactType.MEETING)).contains("Soyeon|Hongdae");
  }
}
