package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 28: the women a diary counts, then names one by one (여자애 둘 옴. 하나는 다솜, 하나는 유리; 하나는 소담이,
 * 하나는 예나), were no one unless a hunting word stood on the line. Fictional lines.
 */
class OneOfThemWordingTest extends WordingTestBase {
  @Test
  void oneOfTheGirlsCountedIsNamed() {
    Extraction x =
        read("2026.4.5 (일)", "밤 10시 상수역 1번 출구. 여자애 둘 옴. 하나는 다솜, 하나는 유리", "다음 주: 하나는 소담이, 한 명은 예나");
    assertThat(undoubtedPeople(x)).contains("다솜", "유리", "소담", "예나");
  }

  @Test
  void oneOfTwoThingsIsNoOne() {
    Extraction x = read("하나는 가방이, 하나는 지갑. 하나는 술이, 하나는 밥이 문제");
    assertThat(undoubtedPeople(x)).isEmpty();
  }
}
