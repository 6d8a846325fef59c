package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 25: the general reasons a word that is no one survived as a person on the development
 * half and in the round 200-205 (a chat stamp's PM, a drink or an app, a fee, the interviewee of a
 * transcript, who is its author), and one woman counted twice (a romanised name with and without
 * its hyphen, or beside the same name in Hangul). Fictional lines.
 */
class FalsePeopleWordingTest extends WordingTestBase {
  @Test
  void aClocksAmOrPmIsNoOne() {
    Extraction x =
        read(
            "Mar 26, 2026 at 9:12 PM",
            "Me: sent you 70,000 won",
            "Mar 29, 2026 at 2:40 AM",
            "Me: Yeji came too");
    assertThat(undoubtedPeople(x)).doesNotContain("PM", "AM");
    assertThat(payments(x)).noneMatch(p -> p.startsWith("AM|") || p.contains("|AM|"));
  }

  @Test
  void aDrinkABrandOrAnAppIsNoOne() {
    Extraction x =
        read(
            "Cass and Soju at the usual spot, met Hyerin again",
            "Red Bull and Hennessy did the rest",
            "Saturday is the Costco run, Netflix after",
            "Transaction history - KB Star Banking - account 123-45-678901");
    assertThat(undoubtedPeople(x))
        .doesNotContain(
            "Soju", "Cass", "Red Bull", "Hennessy", "Netflix", "Costco", "Star Banking");
    assertThat(undoubtedPeople(x)).contains("Hyerin");
  }

  @Test
  void aKinWordOrAReminderVerbIsNoOne() {
    assertThat(undoubtedPeople(read("> Sun 6/8   call Ma", "> Mon 6/9   Pick up the nurse at 9")))
        .isEmpty();
  }

  @Test
  void aFeeNamedByWhatItPaysForIsNoOne() {
    Extraction x = read("막내 10만 / 김약사 30만 / 소라 쪽에서 삭제비 50만 들어옴");
    assertThat(undoubtedPeople(x)).doesNotContain("삭제비");
    assertThat(undoubtedPeople(read("'두꺼비'라는 닉네임한테 40만원 받고 팔았습니다"))).doesNotContain("닉네임");
  }

  @Test
  void theIntervieweeOfATranscriptIsItsAuthor() {
    Extraction english =
        read(
            "RECORD OF INTERVIEW",
            "Interviewee: Han Ji-seok    Date of interview: 2025-07-21",
            "Q: Who did you meet?",
            "A: A girl from work, Bang Seul-gi.",
            "Q: Where?",
            "A: Mangwon station exit 2.");
    assertThat(undoubtedPeople(english)).doesNotContain("Han Ji-seok").contains("Bang Seul-gi");
    Extraction korean =
        read(
            "피의자신문조서",
            "피의자: 오태민",
            "문: 그날 누구를 만났나요?",
            "답: 연신내역에서 민지 만났습니다.",
            "문: 그 다음은요?",
            "답: 집에 갔습니다.");
    assertThat(undoubtedPeople(korean)).doesNotContain("오태민").contains("민지");
    // A list of people under a label, with no questions and answers, is no transcript.
    assertThat(undoubtedPeople(read("피의자: 오태민", "오태민이 민지 만남"))).contains("오태민");
  }

  @Test
  void aRomanisedNameWithAndWithoutItsHyphenIsOneWoman() {
    Extraction x =
        read(
            "On the 5th I collected the shop girl, Seo-yeon, outside Sindorim station exit 1.",
            "Seoyeon's brother has been calling the shop.");
    assertThat(undoubtedPeople(x)).containsOnlyOnce("Seo-yeon").doesNotContain("Seoyeon");
  }

  @Test
  void aNameRomanisedAndInHangulIsOneWoman() {
    Extraction x =
        read(
            "Me: Dasom and her friend. picked them up at Konkuk Univ station exit 2",
            "Jun: got it. 다솜 called me btw asking what happened");
    assertThat(undoubtedPeople(x)).contains("다솜").doesNotContain("Dasom");
    // A different name is not merged: the spellings are the name's own.
    assertThat(RomanisedNames.spellingsOf("다솜")).contains("dasom");
    assertThat(RomanisedNames.spellingsOf("서현")).contains("seohyeon", "seohyun");
    assertThat(RomanisedNames.spellingsOf("다은")).doesNotContain("dasom");
    assertThat(RomanisedNames.spellingsOf("다솜이랑")).isEmpty();
  }

  @Test
  void aRealNameAfterTwoNicknamesIsTheOneWomanTheyStandFor() {
    Extraction x =
        read(
            "girls: 소미, 그리고 Bella",
            "Bella = 벨라 from the club, real name 한보람",
            "벨라 was drunk by 11");
    assertThat(undoubtedPeople(x)).contains("한보람").doesNotContain("벨라", "Bella");
  }
}
