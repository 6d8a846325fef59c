package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 32 (issue 16, victims' names), tried as a new user would: a terse memo of the month's
 * filming. "3/3 소희도 찍음" (filmed 소희 too), "3/1 예나 찍음": a given name bare, or with 도, before the verb
 * that films her named no one, so the payment's quote on the next line ("소희 찍은거 편집 동훈 20 줌") kept
 * her name in every output. Fictional lines.
 */
class FilmedInATerseNoteWordingTest extends WordingTestBase {
  @Test
  void herBareNameBeforeTheFilmingIsAPersonFilmed() {
    assertThat(read("3/3 소희도 찍음. 망원 작업실").roles()).containsEntry("소희", PersonRole.VICTIM);
    assertThat(read("3/1 예나 찍음").roles()).containsEntry("예나", PersonRole.VICTIM);
  }

  @Test
  void aMansSubjectStillFilms() {
    // With his 가, the subject's particle, he filmed (no bare name before the verb).
    assertThat(read("3/3 민수가 찍음").roles()).doesNotContainEntry("민수", PersonRole.VICTIM);
  }
}
