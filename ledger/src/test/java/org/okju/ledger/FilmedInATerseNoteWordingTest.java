package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 32 (issue 16, victims' names), tried as a new user would: an accomplice's case summary
 * (.pptx) lists the month's filming as terse notes, "3/18 가람이 찍음" (filmed 가람이). After a name ending
 * in a consonant, 이 before the filming verb at the line's end is her affectionate suffix with the
 * object's particle dropped, as "소연이 만남" already was for a meeting: read as her subject's particle,
 * she was the accused, the one role whose name ledger confirm --all shows, and her name reached the
 * report, the exports, the network and the timeline. A man's title keeps the subject's 이 ("박실장이
 * 찍음"). Fictional lines.
 */
class FilmedInATerseNoteWordingTest extends WordingTestBase {
  @Test
  void herAffectionateNameBeforeTheFilmingIsTheOneFilmed() {
    Extraction x = read("3/2 지유 - 망원동 작업실", "3/18 가람이 찍음");
    assertThat(x.roles().get("가람")).isEqualTo(PersonRole.VICTIM);
  }

  /**
   * "3/3 소희도 찍음" (filmed 소희 too), "3/1 예나 찍음": a given name bare, or with 도, before the verb that
   * films her named no one, so the payment's quote on the next line ("소희 찍은거 편집 동훈 20 줌") kept her
   * name in every output.
   */
  @Test
  void herBareNameBeforeTheFilmingIsAPersonFilmed() {
    assertThat(read("3/3 소희도 찍음. 망원 작업실").roles()).containsEntry("소희", PersonRole.VICTIM);
    assertThat(read("3/1 예나 찍음").roles()).containsEntry("예나", PersonRole.VICTIM);
  }

  @Test
  void withWhatWasFilmedNamedFirstHeFilmedIt() {
    Extraction x = read("3/20 은채 데려갔다고 자랑", "은채_0320 은 민혁이 찍음. 내 몫 3할");
    assertThat(x.roles().get("민혁")).isNotEqualTo(PersonRole.VICTIM);
  }

  @Test
  void aTitledManStillFilms() {
    Extraction x = read("3/2 지유 망원동 작업실에서 만남", "3/18 박실장이 찍음");
    assertThat(x.roles().get("박실장")).isNotEqualTo(PersonRole.VICTIM);
  }
}
