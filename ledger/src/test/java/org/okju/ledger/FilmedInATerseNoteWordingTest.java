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

  @Test
  void aNameWithIBeforeATerseFilmingVerbIsNeitherTheOneFilmingNorFilmed() {
    // 가람이 찍음: his 이 (he filmed) or her affectionate 이 (filmed her); read as his, she was the
    // accused and named in 19 outputs once confirmed. Undecided, she stays pseudonymised.
    Extraction x = read("촬영", "3/2 지유 - 망원동 작업실", "3/18 가람이 찍음", "정산", "가람이한테 택시비 5만 줌");
    assertThat(x.roles()).containsEntry("가람", PersonRole.UNKNOWN);
  }

  @Test
  void aTitleOrWhatWasFilmedNamedBeforeStillMakesHimTheOneFilming() {
    assertThat(read("3/18 박실장이 찍음").roles()).containsEntry("박실장", PersonRole.ACCUSED);
    assertThat(read("3/20 은채_0320 은 민혁이 찍음").roles()).containsEntry("민혁", PersonRole.ACCUSED);
    assertThat(read("3/21 민혁이 찍은 영상 팔림").roles()).doesNotContainEntry("민혁", PersonRole.VICTIM);
  }
}
