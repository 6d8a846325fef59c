package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Wordings the development documents 53-65 brought in, each in a short fictional text: chat exports
 * with day-first timestamps, a year given by a heading, a victim spoken of as "her", a list of
 * tapes with the victim after a dash, names the reader must not cut short.
 */
class ReaderWordingTest extends WordingTestBase {
  @Test
  void aTelegramExportWithDayFirstTimestampsGivesDatesNotTimes() {
    Extraction x =
        read(
            "Exported on 05.10.2024",
            "[03.10.2024 19:06] Me: meeting her at Hapjeong station exit 7, 10pm",
            "[04.10.2024 18:20] Rocco: sent you 600k");
    assertThat(normalized(x, EntityType.DATE))
        .containsExactlyInAnyOrder("2024-10-05", "2024-10-03", "2024-10-04");
    assertThat(normalized(x, EntityType.TIME)).containsExactly("22:00");
    assertThat(normalized(x, EntityType.PERSON)).containsExactly("Rocco");
  }

  /**
   * Telegram Desktop's copied messages stamp a day with a two-digit year last (03.04.26); Korean
   * notes write the year first (26.04.03). The document's stamps tell them apart: one year, several
   * days.
   */
  @Test
  void twoDigitDottedDatesAreReadInTheOrderTheDocumentWritesThem() {
    Extraction telegram =
        read(
            "[03.04.26 22:14] Rocco: Yeouido park north gate, 11pm",
            "[05.04.26 09:02] Rocco: sent you 600k");
    assertThat(normalized(telegram, EntityType.DATE))
        .containsExactlyInAnyOrder("2026-04-03", "2026-04-05");
    Extraction korean = read("26.04.03 신촌역 3번 출구", "26.04.05 30만원 받음");
    assertThat(normalized(korean, EntityType.DATE))
        .containsExactlyInAnyOrder("2026-04-03", "2026-04-05");
  }

  @Test
  void aKakaoTalkAndroidLineIsAMessageOfItsWriter() {
    Extraction x = read("2024년 3월 2일 오후 9:14, 하마 : 신논현역 6번출구 11시");
    assertThat(normalized(x, EntityType.DATE)).containsExactly("2024-03-02");
    assertThat(normalized(x, EntityType.TIME)).doesNotContain("21:14");
    assertThat(normalized(x, EntityType.PERSON)).containsExactly("하마");
  }

  @Test
  void aYearInAHeadingDatesTheLinesWithoutOne() {
    Extraction x = read("CASH BOOK - Q1 2024", "Jan 6  paid Felix (driver) 150,000");
    assertThat(normalized(x, EntityType.DATE)).containsExactly("2024-01-06");
  }

  @Test
  void herIsTheWomanTheEntryIntroducedAndSheIsTheVictimOfItsEvents() {
    Extraction x =
        read(
            "Sat 14 Sept 2024",
            "Danny texted that the girl from the gym was going out tonight. Her name is Hyerin.",
            "Took her to the Orchid Motel in Jayang-dong, room 311. Danny put the stuff in her"
                + " soju.",
            "Split agreed: Danny 30%, rest mine.");
    assertThat(facts(x, FactType.MEETING))
        .containsExactly("Hyerin|Orchid Motel Jayang-dong room 311");
    Map<String, PersonRole> roles = x.roles();
    assertThat(roles).containsEntry("Hyerin", PersonRole.VICTIM);
    assertThat(roles).containsEntry("Danny", PersonRole.ACCUSED);
    assertThat(facts(x, FactType.SHARE)).containsExactly("Danny|Hyerin");
  }

  @Test
  void aNameAfterATapeInAListOfTapesIsTheOneItWasMadeOf() {
    Extraction x =
        read("테이프 목록 (2024 상반기)", "2. 촬영본 \"봄비\" - 다은, 3/30 건대 라온모텔 302호", "- 벚꽃_01 → 왕눈이 120만 받음");
    assertThat(facts(x, FactType.RECORDING)).containsExactly("다은|봄비");
    assertThat(facts(x, FactType.MEETING)).containsExactly("다은|건대 라온모텔 302호");
    assertThat(normalized(x, EntityType.DATE)).containsExactly("2024-03-30");
    assertThat(normalized(x, EntityType.MONEY)).containsExactly("1200000");
    assertThat(x.roles()).containsEntry("다은", PersonRole.VICTIM);
  }

  @Test
  void namesAreReadWhole() {
    Extraction x =
        read(
            "윤하은 씨가 카톡으로 사진 보냄.",
            "Jae-hee Lim from the cafe asked about it.",
            "Yuri Kang's bag was left in the car.",
            "밤 10시 반 먹잇감 확인 - 유나. 사당역 11번 출구 앞 편의점.",
            "We met at Yeouido park north gate.",
            "Then Hapjeong motel room 502 till 3am.",
            "Next week a Sinchon love motel again.",
            "Then the Nice motel by the river.");
    assertThat(normalized(x, EntityType.PERSON))
        .containsExactlyInAnyOrder("윤하은", "Jae-hee Lim", "Yuri Kang", "유나");
    assertThat(normalized(x, EntityType.PLACE))
        .contains(
            "사당역 11번 출구",
            "Yeouido park north gate",
            "Hapjeong motel room 502",
            "Sinchon love motel")
        .noneMatch(p -> p.startsWith("Nice"));
  }
}
