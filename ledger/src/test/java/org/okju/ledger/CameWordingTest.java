package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 27, round 213-218: a given name Nori also knows as a word, bare before 옴 (she came), as
 * 음슴체 notes write a meeting (지수 옴), was no one, and so neither was 지수는 later. Fictional lines.
 */
class CameWordingTest extends WordingTestBase {
  @Test
  void aGivenNameBeforeCameIsAPerson() {
    Extraction x = read("6/6 (토) 건대입구역 2번 출구", "지수 옴. 지수는 친구 데려옴.");
    assertThat(undoubtedPeople(x)).contains("지수");
  }

  @Test
  void thingsThatComeAreNoOne() {
    Extraction x = read("영상 옴. 문자 옴. 가을 옴.", "저녁에 합정역 7번 출구에서 지유랑 만남. 친구 하나 옴.");
    assertThat(undoubtedPeople(x)).containsExactly("지유");
  }
}
