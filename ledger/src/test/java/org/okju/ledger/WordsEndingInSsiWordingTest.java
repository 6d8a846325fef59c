package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 28: Korean words that end in 씨 (아저씨, 마음씨, 날씨) were read as a name and its honorific, so
 * "아저씨가 차 태워줌" made a person 아저 and a payment to him, and "마음씨도 착함" a person 마음. A name with 씨 is
 * still one (김씨한테, 수아씨가). Fictional lines.
 */
class WordsEndingInSsiWordingTest extends WordingTestBase {
  @Test
  void aWordEndingInSsiIsNoNameAndHonorific() {
    Extraction x = read("2026.3.2 (월)", "날씨가 좋아서 한강 감. 아저씨가 차 태워줌", "아저씨한테 3만 줌. 솜씨가 좋음. 마음씨도 착함");
    assertThat(undoubtedPeople(x)).doesNotContain("아저", "마음", "솜", "날");
    assertThat(payments(x)).noneMatch(p -> p.contains("아저"));
  }

  @Test
  void aNameWithSsiIsStillSomeone() {
    Extraction x = read("김씨한테 30만 줌. 수아씨가 합정역 7번 출구로 옴");
    assertThat(undoubtedPeople(x)).contains("김씨", "수아");
  }
}
