package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The classes of error that development documents 91-96 (written in session 8, before the rules
 * were run on them) showed, each in a short fictional text of its own wording: a LINE export, a
 * kinship word written with a name and later alone, an age in brackets and a box-drawing dash in a
 * memo, and "the boss" named in brackets with a courtesy title, then "Boss" opening a sentence.
 */
class ListsAndKinWordingTest extends WordingTestBase {
  @Test
  void aLineExportsTimestampsAreNoTimesAndItsWriterIsAPerson() {
    Extraction x = read("2024/05/11(토)", "20:01\t곰탱\t오늘 어디서 봄?", "20:03\t나\t홍대입구역 9번 출구");
    assertThat(normalized(x, EntityType.PERSON)).contains("곰탱");
    assertThat(normalized(x, EntityType.TIME)).isEmpty();
  }

  @Test
  void aKinshipWordAloneStandsForTheManItWasWrittenWith() {
    Extraction x = read("2024.06.01 (토)", "태수 선배가 차 가지고 옴.", "선배한테 기름값 10만 줌.", "몫은 선배 2할.");
    assertThat(normalized(x, EntityType.PERSON)).containsExactly("태수");
    assertThat(x.facts())
        .filteredOn(f -> f.type() == FactType.PAYMENT)
        .allSatisfy(f -> assertThat(f.object()).contains("태수"));
    assertThat(x.facts())
        .filteredOn(f -> f.type() == FactType.SHARE)
        .allSatisfy(f -> assertThat(f.subject()).contains("태수"));
  }

  @Test
  void aMemosItemsAreNamesBeforeAnAgeOrABoxDrawingDash() {
    Extraction x = read("· 하늘(23) ─ 6/2 신촌역 3번 출구에서 만남", "· 땅콩 ─ 운전");
    assertThat(x.roles())
        .containsEntry("하늘", PersonRole.VICTIM)
        .containsEntry("땅콩", PersonRole.ACCOMPLICE);
  }

  @Test
  void theBossNamedInBracketsIsTheBossWhoPays() {
    Extraction x =
        read(
            "Monday, 3 June 2024", "The boss (Mr. Kwon) called.", "Boss paid 1m for the new file.");
    assertThat(normalized(x, EntityType.PERSON)).containsExactly("Kwon");
    assertThat(x.facts())
        .filteredOn(f -> f.type() == FactType.PAYMENT)
        .singleElement()
        .satisfies(f -> assertThat(f.subject()).contains("Kwon"));
  }
}
