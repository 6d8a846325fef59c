package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 29 (issue 16): a nickname's real name said in a sentence ("Button's real name is Ye-eun",
 * 버튼 본명 예은) left two people, the woman met as a victim under her nickname and her real name an
 * unknown beside her; a reviewer had to find and merge them. Like {@code 별 = 나래}, both names are
 * now her. Fictional lines.
 */
class RealNameSentenceWordingTest extends WordingTestBase {
  @Test
  void theNicknameAndTheRealNameAreOneWoman() {
    Extraction x =
        read(
            "2024-03-06 Button's real name is Ye-eun. Met Button at Hongdae exit 9.",
            "2024-03-07 별 본명 나래. 별 합정에서 만남.");
    assertThat(undoubtedPeople(x)).containsExactlyInAnyOrder("Ye-eun", "나래");
    assertThat(x.roles()).containsEntry("Ye-eun", PersonRole.VICTIM);
    assertThat(facts(x, FactType.MEETING)).contains("Ye-eun|Hongdae");
  }

  @Test
  void aLabelBeforeTheRealNameIsNoOtherName() {
    Extraction x = read("2024-03-08 Target's real name is Mirae. Met Mirae at Sinchon.");
    assertThat(normalized(x, EntityType.PERSON)).containsExactly("Mirae");
  }
}
