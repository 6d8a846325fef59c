package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The classes of error that development documents 119-126 (Korean documents by other writers,
 * written and annotated in session 11 before the rules were run on them) showed, each in a short
 * fictional text of its own wording: a name given by a naming phrase whatever word it is (이름은 …이라고
 * 했습니다, …라는 여자, "…"라고 부르는), a title with the copula written onto it, a hyphenated file name, a
 * title after 제목은, and polite verbs, prices and a schedule's status read as people.
 */
class KoreanWritersWordingTest extends WordingTestBase {
  @Test
  void aNameGivenByANamingPhraseIsHerEvenWhenItIsAWord() {
    Extraction x =
        read("2025. 6. 2.", "답: 앱으로 알게 된 여자입니다. 이름은 노을이라고 했습니다.", "답: 합정역 3번 출구 앞에서 만났습니다.");
    assertThat(normalized(x, EntityType.PERSON)).containsExactly("노을");
    assertThat(x.roles()).containsEntry("노을", PersonRole.VICTIM);
    assertThat(facts(x, FactType.MEETING)).containsExactly("노을|합정역 3번 출구");
  }

  @Test
  void aWomanIntroducedAsSoAndSoIsTheOneMet() {
    Extraction x = read("2025. 6. 2.", "그날은 신촌역 2번 출구에서 한결이라는 여자를 만났는데 찍지는 못했습니다.");
    assertThat(normalized(x, EntityType.PERSON)).containsExactly("한결");
    assertThat(x.roles()).containsEntry("한결", PersonRole.VICTIM);
  }

  @Test
  void aManCalledSoAndSoInALineAboutMeetingHerIsNotHer() {
    Extraction x = read("2025.4.18", "첫 만남은 3월 28일이었다고 함. 남성 중 한 명은 '민철'이라고 불렸다고 함.");
    assertThat(normalized(x, EntityType.PERSON)).containsExactly("민철");
    assertThat(x.roles()).doesNotContainEntry("민철", PersonRole.VICTIM);
  }

  @Test
  void theNameAWomanSpokenOfWasCalledByIsHers() {
    Extraction x = read("2024. 12. 14.", "그 여자의 이름은 나중에 \"다래\"라고 부르는 것을 듣고 알았습니다.");
    assertThat(normalized(x, EntityType.PERSON)).containsExactly("다래");
    assertThat(x.roles()).containsEntry("다래", PersonRole.VICTIM);
  }

  @Test
  void titlesWithACopulaAHyphenOrAfterTheWordForATitle() {
    Extraction x =
        read(
            "2025-07-03",
            "파일명은 moon_0601입니다. 파일 K-0412도 있음.",
            "영상 제목이 '여름엔딩'이라고 들었다고 함. 제목은 봄날2.",
            "\"영상 지우려면 돈 보내라\"는 문자를 받았음.");
    assertThat(normalized(x, EntityType.TAPE))
        .containsExactlyInAnyOrder("moon_0601", "K-0412", "여름엔딩", "봄날2");
  }

  @Test
  void politeVerbsPricesAndAScheduleStatusAreNoPeople() {
    Extraction x =
        read(
            "2024.11.23",
            "지금 20만 보냈어요 형님. 형님 원본 하나 주세요.",
            "ㅂㄷ 기름값 5만. 장당 50만. 그 얘기를 나중에 들었다고 함. 결과: 완료");
    assertThat(normalized(x, EntityType.PERSON))
        .doesNotContain("보냈어요", "주세요", "기름값", "장당", "얘기", "완료");
  }

  @Test
  void aKoreanSmsBackupsReceivedLinesAreTheOtherPartys() {
    Extraction x =
        read(
            "문자 백업 (대화상대: 남과장 010-2233-4455)",
            "[2025-08-02 21:40 수신] 50만 보냈다. 확인해라",
            "[2025-08-02 21:43 발신] 네 받았습니다. 민대리한테 10만 송금했어요");
    assertThat(payments(x)).containsExactlyInAnyOrder("남과장|(author)|500000", "(author)|민대리|100000");
  }

  @Test
  void initialsPaidOrDrivingAreAManAndOneAndAHalfTenthsIsFifteenPercent() {
    Extraction x =
        read("2025 수첩", "3/6(목) ㄷㅎ 운전. ㅋㅋ 웃김", "3/7(금) ㅁㅈ 방값 10만 보냄.", "3/9(일) ㄷㅎ 1.5할, ㅁㅈ 1할.");
    assertThat(normalized(x, EntityType.PERSON)).containsExactlyInAnyOrder("ㄷㅎ", "ㅁㅈ");
    assertThat(shares(x)).containsExactlyInAnyOrder("ㄷㅎ|15", "ㅁㅈ|10");
  }

  @Test
  void aDottedMonthAndDayTakesTheYearWrittenBefore() {
    Extraction x = read("일시: 2025. 6. 12. 14:00", "문: 5. 23.에도 같은 일이 있었나요.");
    assertThat(normalized(x, EntityType.DATE)).containsExactly("2025-06-12", "2025-05-23");
  }

  @Test
  void twoMenJoinedByGwaAreWhoDidItNotWhoItWasDoneTo() {
    Extraction x = read("2024. 12. 14. 밤 최동수와 문재호가 수원역 4번 출구 앞에서 여자 한 명을 차에 태웠습니다.");
    assertThat(x.roles()).doesNotContainEntry("최동수", PersonRole.VICTIM);
    assertThat(facts(x, FactType.MEETING)).noneMatch(f -> f.startsWith("최동수|"));
  }

  @Test
  void moneySentTowardsTheWriterIsMoneyIn() {
    Extraction x = read("2025. 6. 12.", "답: 복어가 300만원을 보내왔고, 그 중 100만원은 제가 썼습니다.");
    assertThat(payments(x)).contains("복어|(author)|3000000");
  }

  @Test
  void anOfficeRankIsATitle() {
    Extraction x = read("8/3\t인건비\t운전 (허대리)\t\t200,000\t몫 1할");
    assertThat(normalized(x, EntityType.PERSON)).containsExactly("허대리");
  }

  @Test
  void aFishermansCatchIsTheOneMet() {
    Extraction x = read("2024.11.23", "어제 밤 신촌역 3번 출구에서 한 마리 건짐. 이름은 소라.", "연남동 문라이트모텔 301호 입실.");
    assertThat(x.roles()).containsEntry("소라", PersonRole.VICTIM);
    assertThat(facts(x, FactType.MEETING))
        .containsExactlyInAnyOrder("소라|신촌역 3번 출구", "소라|연남동 문라이트모텔 301호");
  }

  @Test
  void menWhoTookHerThereThemselvesAreAccused() {
    Extraction x =
        read("2024. 12. 14. 밤 최동수와 문재호가 수원역 4번 출구 앞에서 여자 한 명을 차에 태웠습니다.", "본인은 운전만 하였습니다.");
    assertThat(x.roles())
        .containsEntry("최동수", PersonRole.ACCUSED)
        .containsEntry("문재호", PersonRole.ACCUSED);
  }

  @Test
  void aNameInTheNextSentenceDoingSomethingElseIsNoPartyButAnAfterthoughtIs() {
    Extraction x = read("2025-07-04", "80만 보냈다. 확인해라. 민대리 몫 20프로 니가 챙겨줘", "이십오만원 받았다. 하람이한테서.");
    assertThat(payments(x)).noneMatch(f -> f.contains("민대리")).contains("하람|(author)|250000");
  }
}
