package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The general causes of misses that development documents 151-158 (a contacts export, Obsidian
 * daily notes, a reminders export, a Telegram JSON export, a courier's history, a locked account's
 * posts, a Trello board and a trip itinerary, written in session 17 by other writers) left, each in
 * a short fictional text of its own wording: people saved or named like words, places, roles and
 * kinship words.
 */
class SavedNamesWordingTest extends WordingTestBase {
  @Test
  void aContactCardsSavedNameIsAPersonAndItsNotesRealNameIsWhomItStandsFor() {
    Extraction x =
        read(
            "BEGIN:VCARD",
            "VERSION:3.0",
            "FN:망치 형",
            "NOTE:차 빌려줌",
            "END:VCARD",
            "BEGIN:VCARD",
            "FN:누나",
            "END:VCARD",
            "BEGIN:VCARD",
            "FN:Doc",
            "NOTE:본명 서태준. 약 담당",
            "END:VCARD");
    assertThat(normalized(x, EntityType.PERSON))
        .contains("망치", "서태준")
        .doesNotContain("누나", "Doc", "망치 형");
  }

  @Test
  void anAliasLineMakesTheWordOnTheLeftTheNamedPersonOnTheRight() {
    Extraction x =
        read(
            "# Thu 6 Nov 2025",
            "- [[Granny]] = Ms. Gwak, runs the tea shop",
            "- [[Granny]] sent the pills",
            "메모: 솔 = 다인. 3/2 합정역 3번 출구에서 픽업",
            "오늘 물고기 = 채린");
    assertThat(normalized(x, EntityType.PERSON))
        .contains("Gwak", "다인", "채린")
        .doesNotContain("Granny", "솔", "물고기");
  }

  @Test
  void aPersonsParticleWithATopicAndAGiverOfWhatWasGivenAreNames() {
    Extraction x =
        read("2025.11.08", "짱돌한테는 어제 20 보냈음", "가방에 넣어둔 건 호박이 준 거", "두꺼비가 mina_02 300에 가져감");
    assertThat(normalized(x, EntityType.PERSON)).contains("짱돌", "호박", "두꺼비");
  }

  @Test
  void aNameQuotedWithTheCopulaLosesIt() {
    Extraction x = read("2025.11.08", "강남역 11번 출구에서 만남. 이름 하랑이래", "다른 애는 자기 이름 세아래");
    assertThat(normalized(x, EntityType.PERSON)).contains("하랑", "세아").doesNotContain("하랑이래", "세아래");
  }

  @Test
  void aVerbMadeANounAndTheWordForUnknownAreNoNames() {
    Extraction x = read("12/19 (금)", "20:00 서면 포차. 형이 봐둔 대학생 있음 (이름 모름)", "ㅇㅋ 들어옴 형. 근데 걔 본명 미상");
    assertThat(normalized(x, EntityType.PERSON)).doesNotContain("있음", "모름", "들어옴", "미상");
  }

  @Test
  void aTradeOrBusinessBeforeATitleIsNoNameButTheNicknameAfterItIs() {
    Extraction x = read("2025.11.16", "파티룸 사장 깐부 형한테 대관료 30 보냄", "그 치과 실장 말하는 거지?");
    assertThat(normalized(x, EntityType.PERSON)).contains("깐부").doesNotContain("파티룸", "치과");
  }

  @Test
  void aNameAfterWhatSheStudiesMayCarryTheAffectionateI() {
    Extraction x = read("2025.11.28", "간호학과 서윤이, 오늘 건대입구역 2번 출구에서 다시 봄");
    assertThat(normalized(x, EntityType.PERSON)).contains("서윤");
  }

  @Test
  void aPricedCompoundThingAndAStepOfAPlanAreNoNames() {
    Extraction x =
        read(
            "접수일시\t출발지\t도착지\t받는분\t물품\t요금\t메모",
            "2025-11-03 20:10\t신림동\t봉천동\t본인\t서류봉투\t18,000\t약값 30만 따로 보냄",
            "15:00 부산역 도착 → 렌트 (운전은 재규어)");
    assertThat(normalized(x, EntityType.PERSON)).doesNotContain("서류봉투", "렌트");
  }

  @Test
  void relativesAndNeighboursNamedByWhatTheyAreAreNoNames() {
    Extraction x = read("2025.12.21", "큰삼촌 조카라는 애는 안 옴", "옆집 아저씨가 봤다고 함");
    assertThat(normalized(x, EntityType.PERSON)).doesNotContain("조카", "아저씨");
  }

  @Test
  void aWordDescribingAGirlABoardAndAReminderVerbAreNoNames() {
    Extraction x =
        read(
            "Weekend Ops (Trello board, printed 10 Dec 2025)",
            "CARD: \"Bookshop girl\". Mina? Works Saturdays at the used bookshop in Yeonhui-dong.",
            "[ ] Ask Marty about the girl from the gym · due Sun 2 Nov 2025");
    assertThat(normalized(x, EntityType.PERSON))
        .contains("Marty")
        .doesNotContain("Trello", "Bookshop", "Works Saturdays", "Works", "Ask Marty");
  }

  @Test
  void aTelegramJsonExportsMessagesHaveTheirWriterAndDayAndItsKeysAreNoTitles() {
    Extraction x =
        read(
            "{",
            " \"name\": \"두꺼비\",",
            " \"type\": \"personal_chat\",",
            " \"messages\": [",
            "  {\"id\": 11, \"type\": \"message\", \"date\": \"2025-11-07T22:41:09\", \"from\": \"두꺼비\","
                + " \"from_id\": \"user55\", \"text\": \"형 오늘 그 언니 왔어?\"},",
            "  {\"id\": 12, \"type\": \"message\", \"date\": \"2025-11-07T22:43:51\", \"from\": \"Me\","
                + " \"from_id\": \"user60\", \"text\": \"응 파일은 hana_1107\"}",
            " ]",
            "}");
    assertThat(normalized(x, EntityType.PERSON)).contains("두꺼비").doesNotContain("Me");
    assertThat(normalized(x, EntityType.TAPE))
        .contains("hana_1107")
        .doesNotContain("name", "type", "personal_chat", "message", "from");
    assertThat(normalized(x, EntityType.DATE)).contains("2025-11-07");
  }

  @Test
  void whoWorksTheCameraOrIsListedWithTheFilmingFilmsHerHimself() {
    Extraction x =
        read(
            "2025.10.18",
            "21:30 met Yuri at Sangsu station exit 1. Rook ran the camera",
            "재석이랑 서면 감",
            "새벽 2시 촬영 (재석, 나). 파일: 바다_01",
            "뚝배기가 거치대 잡아줌");
    assertThat(x.roles())
        .containsEntry("Rook", PersonRole.ACCUSED)
        .containsEntry("재석", PersonRole.ACCUSED)
        .containsEntry("뚝배기", PersonRole.ACCUSED);
  }

  @Test
  void aNeighbourhoodBeforeWhoseRoomIsThePlace() {
    Extraction x = read("2025.10.04", "밤 11시 합정역 5번 출구에서 픽업 → 성산동 내 방.");
    assertThat(normalized(x, EntityType.PLACE)).contains("성산동");
    assertThat(normalized(x, EntityType.PERSON)).doesNotContain("성산동");
  }

  @Test
  void payersListedAfterATotalAndANameAfterThePartSomeonePlaysArePeople() {
    Extraction x =
        read(
            "2025년 10월 4일",
            "- 9월 판매 900만 들어옴 (구매자 까치가 500, 오디가 400)",
            "- 룸메이트 다온이는 그날 밤 찾으러 왔다고 함");
    assertThat(normalized(x, EntityType.PERSON)).contains("까치", "오디", "다온");
  }

  @Test
  void aOneSyllableNicknameAfterACrewsJobIsAPerson() {
    Extraction x = read("작성 2025.6.2 / 촬영감독: 솔", "  캠: 솔 (가방캠), 나 (폰)");
    assertThat(normalized(x, EntityType.PERSON)).contains("솔").doesNotContain("폰", "나");
  }
}
