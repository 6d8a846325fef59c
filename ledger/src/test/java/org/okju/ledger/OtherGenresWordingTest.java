package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The general causes of misses that development documents 135-142 (a calendar agenda, an Instagram
 * export, a letter, a 정산 sheet, a bullet journal, a blog post, a Notion to-do list and a call
 * transcript, written in session 15 by other writers) left, each in a short fictional text of its
 * own wording.
 */
class OtherGenresWordingTest extends WordingTestBase {
  @Test
  void anExportWhoseMessagesEndWithTheirTimestampHasWritersNotMeridiems() {
    Extraction x =
        read(
            "Chat with nico.vale",
            "nico.vale",
            "picking Yerin up at Hapjeong station exit 7 tonight",
            "Apr 3, 2025, 8:02 PM",
            "You",
            "ok. Bongo sold her clip for 900k, sent him his cut of 300k",
            "Apr 4, 2025, 1:15 AM",
            "nico.vale",
            "nice",
            "Apr 4, 2025, 9:40 AM");
    assertThat(normalized(x, EntityType.PERSON))
        .contains("nico.vale", "Yerin")
        .doesNotContain("AM", "PM", "You");
    assertThat(normalized(x, EntityType.TIME)).isEmpty();
    assertThat(normalized(x, EntityType.DATE)).contains("2025-04-03", "2025-04-04");
    // The first message is nico.vale's: the meeting is his doing, not the author's.
    assertThat(facts(x, FactType.MEETING)).containsExactly("Yerin|Hapjeong station exit 7");
  }

  @Test
  void aTranscriptsSpeakerLinesNameTheSpeakerAndTheirOffsetsAreNoTimes() {
    Extraction x =
        read(
            "녹음 2025-02-11 21:05",
            "나 00:01",
            "형 그거 입금 확인했어.",
            "오반장 00:06",
            "얼마 들어왔냐.",
            "나 00:09",
            "팔십만원. 형 몫은 이따 보낼게.",
            "오반장 00:15",
            "그래.");
    assertThat(normalized(x, EntityType.PERSON)).containsExactly("오반장");
    assertThat(normalized(x, EntityType.TIME)).isEmpty();
  }

  @Test
  void aSheetWithAColumnForWhoPaidInAndOneForWhoWasPaidOutTellsTheDirection() {
    Extraction x =
        read(
            "3월 정산 (단위: 만원)",
            "날짜\t건\t들어온 곳\t금액\t나간 곳\t금액\t비고",
            "3/4\t달님 건\t호박\t120\t\t\t",
            "3/4\t달님 건\t\t\t기러기\t30\t운전",
            "3/11\t약\t\t\t솜사탕\t25\t");
    assertThat(normalized(x, EntityType.PERSON)).contains("호박", "기러기", "솜사탕");
    assertThat(payments(x))
        .containsExactlyInAnyOrder(
            "호박|(author)|1200000", "(author)|기러기|300000", "(author)|솜사탕|250000");
  }

  @Test
  void aDayWrittenInsideATapesTitleIsPartOfTheTitle() {
    Extraction x = read("2025.04.12 | 기록", "수요일. 가온이 불러냄. 녹화함. 파일 \"금요일밤\".", "제목은 가온_목.");
    assertThat(normalized(x, EntityType.TAPE)).containsExactlyInAnyOrder("금요일밤", "가온_목");
    // 수요일 is the only weekday the entry gives: the 금요일 and 목 of the titles are no days.
    assertThat(normalized(x, EntityType.DATE))
        .containsExactlyInAnyOrder("2025-04-12", "2025-04-09");
  }

  @Test
  void anAmountSaidAloudWithoutItsUnitIsInTensOfThousandsOfWon() {
    Extraction x = read("2025.02.03", "입금 확인했어. 칠백.", "형 거 이백십 아까 보냄.", "삼십 분 뒤에 전화함.");
    assertThat(normalized(x, EntityType.MONEY)).containsExactlyInAnyOrder("7000000", "2100000");
  }

  @Test
  void lodgingsAParksCarParkAndANeighbourhoodsRoomAreWholePlaces() {
    Extraction x = read("연남동 솔스테이 208호로 데려감.", "여의도한강공원 3주차장에서 만남.", "그다음 성내동 원룸으로 감.");
    assertThat(normalized(x, EntityType.PLACE))
        .containsExactlyInAnyOrder("연남동 솔스테이 208호", "여의도한강공원 3주차장", "성내동");
  }

  @Test
  void havingHerComeOverIsMeetingHerAndRollingTapeIsFilmingHer() {
    Extraction x =
        read("Tue 6/10  had Priya come over to the Sangsu flat, 9pm", "– rolled tape. \"attic 1\"");
    assertThat(facts(x, FactType.MEETING)).containsExactly("Priya|Sangsu");
    assertThat(x.roles()).containsEntry("Priya", PersonRole.VICTIM);
    assertThat(normalized(x, EntityType.TAPE)).containsExactly("attic 1");
  }

  @Test
  void aCardMarkedWithANameAndNumberIsATapeAndCamerasSetAreFilming() {
    Extraction x =
        read(
            "On 3 May I drove Hana to Hotel Pine, room 707.",
            "Kwon had the cameras set before we got there. It is all on the card marked PINE-2.",
            "I wired Kwon 600k the next day.");
    assertThat(normalized(x, EntityType.TAPE)).containsExactly("PINE-2");
    assertThat(x.roles()).containsEntry("Kwon", PersonRole.ACCUSED);
  }

  @Test
  void aShareNotSentYetIsNoPayment() {
    Extraction x = read("Money", "[x] Dex — 900k paid", "[ ] Lark — 20% (1.2m) not sent yet");
    assertThat(payments(x)).containsExactly("(author)|Dex|900000");
  }

  @Test
  void aBareNameBeforeTheWordForPickingHerUpIsHers() {
    Extraction x = read("2025.05.02", "합정역 7번 출구에서 서아 픽업. 모텔로 데려감.", "오반장 몫 삼할이니까 이백 보냄.");
    assertThat(normalized(x, EntityType.PERSON)).contains("서아").doesNotContain("이니까");
    assertThat(facts(x, FactType.MEETING)).contains("서아|합정역 7번 출구");
  }

  @Test
  void theNameGivenWhenTheOtherAsksForAGirlsNameIsHers() {
    Extraction x =
        read(
            "통화 녹음 2025-03-04 22:10",
            "나 00:01",
            "그 미용사 애, 이름 뭐였지.",
            "민구 00:05",
            "채윤이. 지난주 금요일에 네가 합정역 2번 출구에서 봤잖아.",
            "나 00:11",
            "아 맞다.");
    assertThat(normalized(x, EntityType.PERSON)).contains("채윤");
    assertThat(x.roles()).containsEntry("채윤", PersonRole.VICTIM);
    assertThat(facts(x, FactType.MEETING)).containsExactly("채윤|합정역 2번 출구");
  }

  @Test
  void theOneWhoPaidItIsTheSubjectOfNaem() {
    Extraction x = read("2025.03.08", "누가 사 갔지?", "고래가 칠백 다 냄.");
    assertThat(payments(x)).containsExactly("고래|(author)|7000000");
  }

  @Test
  void theWomanGivenWithHerAgeUnderAPickUpNamingNoOneIsTheOnePickedUp() {
    Extraction x =
        read(
            "Fri, Apr 11",
            "    21:00 – 23:00    픽업 — 신촌역 3번 출구",
            "                     Notes: 하린 (23, 네일샵). 숙소는 연희동 온스테이 502호");
    assertThat(x.roles()).containsEntry("하린", PersonRole.VICTIM);
    assertThat(facts(x, FactType.MEETING))
        .containsExactlyInAnyOrder("하린|신촌역 3번 출구", "하린|연희동 온스테이 502호");
  }

  @Test
  void aKoreanNameAfterAnEnglishPrepositionIsAPerson() {
    Extraction x =
        read("Wed, Mar 12", "    14:00    Pick up the stuff from 꼬미. 졸피뎀 10T, paid 꼬미 30만");
    assertThat(normalized(x, EntityType.PERSON)).containsExactly("꼬미");
    assertThat(payments(x)).containsExactly("(author)|꼬미|300000");
  }
}
