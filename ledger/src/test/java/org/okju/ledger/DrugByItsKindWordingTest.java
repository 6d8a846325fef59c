package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 30 (issue 16, facts a user reads next): notebooks name the drug once and then by its kind
 * ("the powder", "more of the stuff", 약), so a later restock was no supply at all, nor the money
 * paid for it; a Korean subject said to give it (선생님이 약 더 줌) supplied nothing either. And a woman
 * who "came to the motel" was no one met: her coming is her meeting. Fictional lines.
 */
class DrugByItsKindWordingTest extends WordingTestBase {
  @Test
  void theDrugByItsKindIsTheOneTheNotebookNamed() {
    Extraction x =
        read(
            "2024-05-01 Doc Yang dropped off a bottle of GHB.",
            "2024-05-04 Restocked the powder from Pharmacist Kang, 300k.",
            "2024-05-06 Ahn brought more of the stuff. Paid him 200k.");
    assertThat(facts(x, FactType.SUPPLY)).contains("Kang|GHB", "Ahn|GHB");
    assertThat(payments(x)).contains("(author)|Kang|300000");
  }

  @Test
  void aKoreanSubjectGivingTheDrugSuppliesIt() {
    Extraction x = read("2024-05-01 태식이 졸피 줌.", "2024-05-07 선생님이 약 더 줌.", "2024-05-08 약은 언니가 해줬음.");
    assertThat(facts(x, FactType.SUPPLY)).contains("태식|zolpidem", "선생|zolpidem");
    assertThat(undoubtedPeople(x)).doesNotContain("약은", "약");
  }

  @Test
  void wordsLikeTheDrugsKindAreNotIt() {
    Extraction x =
        read(
            "2024-05-01 Doc Yang dropped off a bottle of GHB.",
            "2024-05-02 약속 잡음. 약 20분 기다림. 약사한테 감.",
            "2024-05-03 Bought a bottle of soju from Jinho.");
    assertThat(facts(x, FactType.SUPPLY)).containsExactly("Yang|GHB");
  }

  @Test
  void sheWhoCameToThePlaceWasMetThere() {
    Extraction x =
        read(
            "2024-05-02 Eunji came to the motel on Dalmaji-gil around 11.",
            "2024-05-03 Felix came by the motel with the camera.");
    assertThat(x.roles()).containsEntry("Eunji", PersonRole.VICTIM);
    assertThat(x.roles()).doesNotContainEntry("Felix", PersonRole.VICTIM);
    assertThat(facts(x, FactType.MEETING)).contains("Eunji|Dalmaji-gil");
  }

  @Test
  void anAdverbOpeningTheSentenceIsNotPartOfTheName() {
    Extraction x =
        read(
            "Saturday we met Haeun and Yoojin at Sinchon station exit 2. Only Yoojin came back with us.");
    assertThat(undoubtedPeople(x)).contains("Yoojin").doesNotContain("Only Yoojin");
  }
}
