package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 29 (issue 16): a boss a crew calls by a thing with his title, no surname (곰사장, "Boss
 * Bear"), was read as no one, so his 30% had no one to go to and the money he paid went to the
 * woman the line named before him (her name then hung on an accomplice's payment). A rank written
 * onto a title (부사장, the vice-president) is no nickname. Fictional lines.
 */
class NicknameTitleWordingTest extends WordingTestBase {
  @Test
  void aBossCalledByANicknameIsAPersonWhoTakesHisShare() {
    Extraction x = read("2024-03-04 곰사장 30% 줌", "2024-03-05 털사장한테 20만 줬음");
    assertThat(undoubtedPeople(x)).contains("곰사장", "털사장");
    assertThat(shares(x)).containsExactly("곰사장|30");
    assertThat(payments(x)).containsExactly("(author)|털사장|200000");
  }

  @Test
  void theBossWhoPaysIsThePayerNotTheWomanBeforeHim() {
    Extraction x = read("2024-03-02 수빈이 찾음. 곰사장한테 넘기고 50만원 받음.");
    assertThat(payments(x)).containsExactly("곰사장|(author)|500000");
    assertThat(x.roles()).doesNotContainEntry("수빈", PersonRole.ACCOMPLICE);
  }

  @Test
  void aRankWrittenOntoATitleIsNoNickname() {
    Extraction x = read("2024-03-06 부사장한테 10만 줌");
    assertThat(normalized(x, EntityType.PERSON)).doesNotContain("부사장");
  }
}
