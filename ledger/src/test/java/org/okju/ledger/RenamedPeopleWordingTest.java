package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The general causes {@code okju bench ledger --rename-seed N} showed: development documents read
 * well with their own people and worse with other names of the same shape, because a rule depended
 * on the names it had met. Each case in a short fictional text of its own wording.
 */
class RenamedPeopleWordingTest extends WordingTestBase {
  @Test
  void aRomanisedGivenNameWhoseSecondSyllableIsALoneVowelIsWholeNotItsFirstHalf() {
    Extraction x =
        read(
            "Sat 12 April 2025",
            "Met Su-a at Banpo Hangang Park gate 2 around 9pm. Filmed Su-a at the Hotel Marigold,"
                + " room 1204.",
            "Shin Geon-u paid me 2.5m for it. Sang-u wants in next time, he'll drive.");
    assertThat(normalized(x, EntityType.PERSON))
        .contains("Su-a", "Shin Geon-u", "Sang-u")
        .doesNotContain("Su", "Shin Geon", "Sang");
    assertThat(facts(x, FactType.MEETING)).contains("Su-a|Banpo Hangang Park gate 2");
    assertThat(payments(x)).contains("Shin Geon-u|(author)|2500000");
  }

  @Test
  void aHyphenatedNameIsANameWhereverTheRulesExpectOne() {
    // In a list of tapes after a dash, called somewhere, taking a tape for money.
    Extraction list =
        read(
            "\"Red Moon\" - Da-yeon, Sinsa station exit 8, 2023-10-03",
            "\"Paper Boat\" - Eun-yeong, Hotel Lumiere room 911, 2023-10-21");
    assertThat(normalized(list, EntityType.PERSON)).contains("Da-yeon", "Eun-yeong");
    assertThat(facts(list, FactType.MEETING))
        .contains("Da-yeon|Sinsa station exit 8", "Eun-yeong|Hotel Lumiere room 911");
    Extraction called =
        read(
            "Wed 15 May 2024. The prey has a name now: So-yul. Henry got her number through an app.",
            "Thu 16 May 2024. Called So-yul to Samseong station exit 5 at 10pm. Henry drove.");
    assertThat(facts(called, FactType.MEETING)).contains("So-yul|Samseong station exit 5");
    Extraction took =
        read("Sun 2 June 2024", "Shin Geon-u took Orchid_12 for 2.5m. Yeom gets 15%.");
    assertThat(payments(took)).contains("Shin Geon-u|(author)|2500000");
  }

  @Test
  void aFileTitleHoldsAHyphenatedNameAndIsHersWithOrWithoutTheHyphen() {
    Extraction x =
        read(
            "Fri 4 Oct 2024. Met Ju-a at Hapjeong station exit 7, filmed her at the Sunset Inn.",
            "Got the whole thing on my phone, calling it Friday_Ju-a_01. Also Su-a_Saturday.",
            "Sat 5 Oct 2024. Posted jua_1003 for the buyers.");
    assertThat(normalized(x, EntityType.TAPE))
        .contains("Friday_Ju-a_01", "Su-a_Saturday", "jua_1003")
        .doesNotContain("Friday_Ju");
    assertThat(facts(x, FactType.RECORDING)).contains("Ju-a|Friday_Ju-a_01", "Ju-a|jua_1003");
  }

  @Test
  void aNameWithTheHouseholdSuffixIsHerNotAnotherPerson() {
    Extraction x =
        read("2025.3.2", "수아 술에 약 타고 철규 차로 서희네 오피스텔 데려감. 서희는 방만 빌려줌.", "서희 언니한테 방값 15만 보냄.");
    assertThat(normalized(x, EntityType.PERSON)).contains("서희").doesNotContain("서희네");
    assertThat(payments(x)).contains("(author)|서희|150000");
  }

  @Test
  void aFullNameNoriReadsAsLooseSyllablesIsAName() {
    // 길서준: Nori reads 길 (long) + 서 + 준, no word of two syllables; 유상철 it knows as a name.
    Extraction x =
        read(
            "2024. 12. 14. 밤 길서준과 고정우가 수원역 4번 출구 앞에서 여자 한 명을 차에 태웠고, 본인은 인계동 라온호텔 1207호까지"
                + " 운전하였습니다.");
    assertThat(normalized(x, EntityType.PERSON)).contains("길서준", "고정우");
    assertThat(x.roles())
        .containsEntry("길서준", PersonRole.ACCUSED)
        .containsEntry("고정우", PersonRole.ACCUSED);
    // 문동혁: Nori reads 문동 + 혁.
    Extraction y = read("2024. 12. 14. 밤 문동혁과 박태호가 수원역 4번 출구 앞에서 여자 한 명을 차에 태웠고");
    assertThat(normalized(y, EntityType.PERSON)).contains("문동혁", "박태호");
    // Words are not: 전화기를, 정수기와 (words Nori knows whole), 전재산을 (전 + 재산).
    Extraction z = read("전화기를 바꾸고 전재산을 걸었다. 정수기와 선풍기도 샀다.");
    assertThat(normalized(z, EntityType.PERSON)).isEmpty();
  }

  @Test
  void aBareGivenNameNoriKnowsAsAWordIsHerWhereTheDocumentNamesHer() {
    // 세린 and 유나 are words to Nori; 다은 and 예나 are not. Named strongly in the list, the bare
    // name in the next line is her.
    Extraction x =
        read(
            "[메모] 2024.10.07",
            "1. 촬영본 \"봄비\" - 세린, 3/30 건대 라온모텔 302호",
            "- 사냥감: 유나 (구로디지털단지역 2번 출구에서 픽업)",
            "- 세린 삭제비 80만 받음",
            "- 유나 쪽에서 입금 30만 (그만 하라고)");
    assertThat(payments(x)).contains("세린|(author)|800000", "유나|(author)|300000");
  }

  @Test
  void aSurnameThatIsANumeralUnitBeforeATitleIsAManNotAnAmount() {
    // 조 is a surname and 10^12; 조사장 is Mr Jo the boss, not 1조 and 4.
    Extraction x =
        read("[메모] 2024.10.07", "- 조사장에게 가을_03 판매, 120만 받음", "4. 몫 — 태민 10프로, 조사장 15프로, 내 몫 75프로");
    assertThat(normalized(x, EntityType.MONEY)).containsExactly("1200000");
    assertThat(normalized(x, EntityType.PERSON)).contains("조사장").doesNotContain("장에게");
    assertThat(payments(x)).containsExactly("조사장|(author)|1200000");
    assertThat(shares(x)).contains("조사장|15", "태민|10");
  }
}
