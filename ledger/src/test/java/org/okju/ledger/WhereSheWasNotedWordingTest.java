package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 32 (issue 16, meetings): a note of where a woman was often says nothing of what happened
 * there ("4/18 토 성수. 다온 (간호학과래)", "04/01 Evening - Itaewon. Lily, bar girl, 23"), and what makes
 * her a victim comes in another line. Such a line was no one's meeting; it is hers once the
 * document reads her as a victim, and no one's otherwise. Fictional lines.
 */
class WhereSheWasNotedWordingTest extends WordingTestBase {
  @Test
  void aPlaceAndTheNamesOfWomenTheDocumentReadsAsVictimsAreTheirMeetings() {
    Extraction x =
        read(
            "2025년 4월",
            "4/18 토 성수. 다온 (간호학과래)",
            "4/19 다온 취해서 잠듦. 다 찍어둠, 파일 다온_0419.",
            "4/25 망원한강공원 돗자리 펴고 소라, 예빈이랑 맥주 마심",
            "4/26 소라 찍음. 소라_0426. 예빈이도 찍음. 예빈_0426.");
    assertThat(facts(x, FactType.MEETING)).contains("다온|성수", "소라|망원한강공원", "예빈|망원한강공원");
  }

  @Test
  void anEnglishNoteOfWhereSheWasIsHerMeetingOnceSheIsAVictim() {
    Extraction x =
        read(
            "April",
            "04/01 Evening - Itaewon. Lily, bar girl, 23",
            "04/02 Lily passed out at the flat. Filmed all of it, saved as lily_0402.mp4");
    assertThat(facts(x, FactType.MEETING)).contains("Lily|Itaewon");
    assertThat(x.roles()).containsEntry("Lily", PersonRole.VICTIM);
  }

  @Test
  void aWomanNeverReadAsAVictimWasMetNowhere() {
    Extraction x =
        read(
            "April",
            "04/01 Evening - Itaewon. Lily and Jiwoo, old friends from school",
            "04/02 Gym, then dinner at home.");
    assertThat(facts(x, FactType.MEETING)).isEmpty();
  }

  @Test
  void whereSheWorksOrWhoseDriverIsNoMeeting() {
    Extraction x =
        read(
            "April",
            "04/01 Sora works at the Olive Young in Sinchon",
            "04/02 driven to a studio in Seongsu-dong by Mina's driver",
            "04/03 Sora and Mina passed out at the flat. Filmed both, sora_0403, mina_0403");
    assertThat(facts(x, FactType.MEETING))
        .doesNotContain("Sora|Sinchon", "Mina|Seongsu-dong", "Mina|studio in Seongsu-dong");
  }
}
