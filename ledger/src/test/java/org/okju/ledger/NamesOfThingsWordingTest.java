package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 28, round 219-223: capitalised words that name no one in an English support intake and a
 * notes-to-self export: an organisation's name ("Mapo Police Station, Women and Youth Unit"), an
 * app named in brackets after it ("a dating app (Glimmer)"), and the labels a messaging app sets
 * before a message ("[21:10] Note: …", "[14:00] Pinned: …"), which read as other writers. Also the
 * shortened 졸피 of notes and ledgers, which was no drug. Fictional lines.
 */
class NamesOfThingsWordingTest extends WordingTestBase {
  @Test
  void anOrganisationIsNoPerson() {
    Extraction x =
        read(
            "Referral: Mapo Police Station, Women and Youth Unit",
            "Client (Seo Ga-young, 24) was referred by the Sexual Crimes Team. Tommy filmed her.");
    assertThat(undoubtedPeople(x))
        .contains("Seo Ga-young", "Tommy")
        .doesNotContain("Women", "Youth Unit", "Sexual Crimes Team", "Crimes Team");
  }

  @Test
  void anAppNamedInBracketsIsNoPerson() {
    Extraction x =
        read(
            "Client met a man using the name Leo through a dating app (Glimmer).",
            "Leo introduced his friend Tommy.");
    assertThat(undoubtedPeople(x)).contains("Leo").doesNotContain("Glimmer");
  }

  @Test
  void anAppsLabelBeforeAMessageIsNoWriter() {
    Extraction x =
        read(
            "02.07.2026",
            "[21:10] Note: Pepper finds girls at clubs",
            "[14:00] Pinned: Frost 40 / me 60",
            "[14:05] sent Pepper 200k");
    assertThat(undoubtedPeople(x)).doesNotContain("Note", "Pinned");
    assertThat(shares(x)).contains("(author)|60");
  }

  @Test
  void aDiarysPastVerbOpeningASentenceIsNoPartOfTheName() {
    Extraction x =
        read(
            "Sat 7 March 2026",
            "Saw Mina outside the club. Told Bora to wait.",
            "Left Hyuna at the motel.");
    assertThat(undoubtedPeople(x))
        .contains("Mina", "Bora", "Hyuna")
        .doesNotContain("Saw Mina", "Told Bora", "Left Hyuna");
  }

  @Test
  void shortenedZolpidemIsADrug() {
    Extraction x = read("4/17 졸피 2통 닥터 윤한테 받음. 30만 줌");
    assertThat(normalized(x, EntityType.DRUG)).contains("zolpidem");
  }

  @Test
  void aLatinNameBeforeAPersonsParticleIsSomeoneWhereverTheLineStarts() {
    // With the date and the drug masked, Pablo opens the line, which made him only a weak name.
    Extraction x = read("4/17 졸피 Pablo 한테 30만");
    assertThat(undoubtedPeople(x)).contains("Pablo");
    assertThat(payments(x)).contains("(author)|Pablo|300000");
  }
}
