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
}
