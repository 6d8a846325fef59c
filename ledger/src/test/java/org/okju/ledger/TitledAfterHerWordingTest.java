package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 30 (issue 16, recordings): a title after a woman the notebook reads as a victim was her
 * recording only on a line about filming or naming the file; offered for sale (원본은 다솜_1122), sent
 * on (구슬_0702요. 원본 보냈습니다) or in a table row it was no one's. And a file romanised with the common
 * spelling of her name (다윤's dayoon_0315) was not hers. Fictional lines.
 */
class TitledAfterHerWordingTest extends WordingTestBase {
  @Test
  void aTitleAfterAVictimIsHerRecordingWhereverItIsWritten() {
    Extraction x =
        read(
            "2025-11-22 다솜 합정역 7번 출구에서 만남. 술에 졸피 탐.",
            "2025-11-23 원본은 다솜_1122, 필요한 분 쪽지 주세요. 장당 50만.");
    assertThat(facts(x, FactType.RECORDING)).contains("다솜|다솜_1122");
  }

  @Test
  void aTitleAfterSomeoneNoVictimIsNoOnesRecording() {
    Extraction x = read("2025-11-22 다솜 합정역 7번 출구에서 만남.", "2025-11-23 태식_1122 원본 태식한테 50만에 넘김.");
    assertThat(facts(x, FactType.RECORDING)).doesNotContain("태식|태식_1122");
  }

  @Test
  void theCommonSpellingOfHerNameTitlesHerFile() {
    Extraction x =
        read("2025-03-14 입질 옴. 다윤이라고 함 24살. 상수역 1번 출구에서 만남", "2025-03-15 폰 세팅함. dayoon_0315로 저장");
    assertThat(facts(x, FactType.RECORDING)).contains("다윤|dayoon_0315");
  }
}
