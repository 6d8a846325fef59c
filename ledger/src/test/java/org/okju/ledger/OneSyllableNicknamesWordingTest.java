package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 28, round 219-223: women and crew called by a one-syllable nickname (결, 솔, 봄), which
 * running Korean text writes with the affectionate 이 (결이랑, 솔이 만남, 봄이한테서). The reader's particles
 * need a name of two syllables, so 결이 and 봄이 were read, names the writer never calls them, and a
 * woman a file is named after (솔_0601) was not read at all. Fictional lines.
 */
class OneSyllableNicknamesWordingTest extends WordingTestBase {
  @Test
  void theAffectionateIOfAOneSyllableNicknameIsNoPartOfIt() {
    Extraction x = read("6/4 목", "봄이한테서 50만 받음. 결이한테 15만 줌", "정산: 결 3할, 나 7할. 봄은 다음 주에 또 온다고 함");
    assertThat(undoubtedPeople(x)).contains("결", "봄").doesNotContain("결이", "봄이");
    assertThat(payments(x)).contains("봄|(author)|500000", "(author)|결|150000");
  }

  @Test
  void aNicknameWrittenOnlyWithItsIKeepsIt() {
    // 콩이 is her name: the document never writes 콩 without the 이.
    Extraction x = read("콩이한테 30만 줌. 콩이가 운전함");
    assertThat(undoubtedPeople(x)).contains("콩이");
  }

  @Test
  void aFileNamedAfterAOneSyllableNicknameMakesHerSomeone() {
    Extraction x = read("6/1 월", "밤에 신촌역 3번 출구에서 솔이 만남", "6/2 화", "솔 영상 정리 (솔_0601)");
    assertThat(undoubtedPeople(x)).contains("솔");
    assertThat(facts(x, FactType.RECORDING)).contains("솔|솔_0601");
  }

  @Test
  void aSyllableAloneIsNoOneWithoutAFileNamedAfterIt() {
    // 눈이 아픔, 비 옴: the words the nickname rules must leave alone.
    Extraction x = read("6/2 화", "잠이 안 옴. 눈이 아픔. 비 옴", "영상 정리 (지유_0602)");
    assertThat(undoubtedPeople(x)).doesNotContain("눈", "눈이", "잠", "비");
  }
}
