package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 24: the general reasons a named woman the text mentions only in passing was dropped on
 * the development half (people the rules never read although they were candidates): a name only in
 * a comma list beside people the rules did read, and a name opening a line because the writer's
 * width broke the sentence that said who he is. Fictional lines.
 */
class PassingMentionsWordingTest extends WordingTestBase {
  @Test
  void everyNameOfAListWithAPersonInItIsAPerson() {
    Extraction english =
        read("Sat 5/10  Itaewon. Yerin, Sohee, Dana (the quiet one). Sohee left early.");
    assertThat(undoubtedPeople(english)).contains("Yerin", "Sohee", "Dana");
    Extraction korean = read("[나] [오전 12:21] 확인. 지난달 명단: 다온, 수린, 채아");
    assertThat(undoubtedPeople(korean)).contains("다온", "수린", "채아");
  }

  @Test
  void aListWithNoPersonOrItemsShapedAsNoNameAddsNoOne() {
    Extraction places = read("연남동, 합정, 망원 돌았음. 수아랑 합류");
    assertThat(undoubtedPeople(places)).containsExactly("수아");
    Extraction done = read("- 촬영본 \"가을비\" 완성, 태식이 편집함", "이름 지온, 나중에 우리 테이블로 옴");
    assertThat(undoubtedPeople(done)).doesNotContain("완성", "나중에");
  }

  @Test
  void aNameOpeningALineTheWidthBrokeKeepsTheSentenceAbove() {
    Extraction x =
        read(
            "I paid 300,000 won for the pills, which he said he had bought from a man called",
            "Marlon. He did not say more.");
    assertThat(undoubtedPeople(x)).contains("Marlon");
  }

  @Test
  void aShortLineOrAKoreanNotesLineIsNoBrokenSentence() {
    assertThat(LedgerExtractor.wrappedTail("got the stuff from")).isEmpty();
    assertThat(LedgerExtractor.wrappedTail("지난번 노래방에서 만난 애들 정리해서 사진이랑 같이 보내줄게 기다려봐 알았지 꼭"))
        .isEmpty();
    assertThat(
            LedgerExtractor.wrappedTail(
                "04/03\tSale\tOh Jin-su\tSinchon\t450,000\t\tlily_0401 original"))
        .isEmpty();
    assertThat(
            LedgerExtractor.wrappedTail(
                "I paid 300,000 won for the pills, which he said he had bought from a man called"))
        .isEqualTo("bought from a man called");
  }

  // The round 194-199, written after the fixes above and read before the ones below.

  @Test
  void aListALabelSaysIsOfPeopleIsOfPeople() {
    Extraction x = read("어제 을지로 모임 참석: 털보, 곰탱, 은채쨩");
    assertThat(undoubtedPeople(x)).contains("곰탱", "은채");
  }

  @Test
  void aBracketOfNamesAloneNamesWhoItWasWith() {
    Extraction x = read("4/3 택시 18,000 (다은, 수린)");
    assertThat(undoubtedPeople(x)).contains("다은", "수린");
    Extraction words = read("택시 18,000 (점심, 저녁)");
    assertThat(undoubtedPeople(words)).doesNotContain("점심", "저녁");
  }

  @Test
  void namesInLowerCaseBesideOneReadSoAreKeptTogether() {
    Extraction x = read("ok list for tonight: mina, hyeri, sunny (the nail girl)");
    assertThat(undoubtedPeople(x)).contains("mina", "hyeri", "sunny");
  }

  @Test
  void aWriterAndATimeAloneOnALineWriteTheLinesBelow() {
    Extraction x =
        read(
            "Saturday, April 18th",
            "",
            "rook  9:41 PM",
            "ok see you at ten",
            "mags  9:43 PM",
            "fine");
    assertThat(undoubtedPeople(x)).contains("rook", "mags");
    assertThat(normalized(x, EntityType.TIME)).doesNotContain("21:41", "21:43");
  }

  @Test
  void aParticleSetApartIsNoOne() {
    Extraction x = read("4/17 졸피 Pablo 한테 30만");
    assertThat(undoubtedPeople(x)).contains("Pablo").doesNotContain("한테");
  }
}
