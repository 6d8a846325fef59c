package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The general causes of misses that development documents 119-134 (case notes, cafe and forum
 * threads, schedules and pocket diaries written by other writers) left after session 11, each in a
 * short fictional text of its own wording: a role noun standing for the victim the notes name once
 * (the client, 내담자), a ditto mark repeating the cell above, a comment's handle as its writer, and
 * an initial with the name in brackets.
 */
class CaseNotesFormsWordingTest extends WordingTestBase {
  @Test
  void theClientOfEnglishCaseNotesIsTheWomanTheyNameOnce() {
    Extraction x =
        read(
            "02/05/2025 Intake. Client is Seo Na-rae, 24, who came in with a friend.",
            "02/05/2025 Client was taken to Hapjeong station exit 3 by a man called Baek.",
            "02/05/2025 Client paid 400,000 won to Baek after he promised to delete the video.");
    assertThat(normalized(x, EntityType.PERSON)).containsExactlyInAnyOrder("Seo Na-rae", "Baek");
    assertThat(x.roles()).containsEntry("Seo Na-rae", PersonRole.VICTIM);
    assertThat(x.roles()).doesNotContainEntry("Baek", PersonRole.VICTIM);
    assertThat(facts(x, FactType.MEETING)).containsExactly("Seo Na-rae|Hapjeong station exit 3");
    assertThat(payments(x)).containsExactly("Seo Na-rae|Baek|400000");
  }

  @Test
  void theKoreanClientWordIsTheWomanTheCounsellorsNotesNameByHerPseudonym() {
    Extraction x =
        read(
            "상담일: 2025.5.2(금)",
            "내담자(가명 '하늘')는 24세 직장인. 4월 말 친구 소개로 알게 된 남성과 만남.",
            "내담자는 4월 30일 합정역 3번 출구에서 남성을 만났다고 함.",
            "5월 1일 민혁으로부터 \"지우려면 돈 보내\"라는 문자를 받았고, 내담자는 5월 2일 80만원을 송금하였음.");
    assertThat(normalized(x, EntityType.PERSON)).containsExactlyInAnyOrder("하늘", "민혁");
    assertThat(normalized(x, EntityType.PLACE)).containsExactly("합정역 3번 출구");
    assertThat(x.roles()).containsEntry("하늘", PersonRole.VICTIM);
    assertThat(facts(x, FactType.MEETING)).containsExactly("하늘|합정역 3번 출구");
    assertThat(payments(x)).containsExactly("하늘|민혁|800000");
  }

  @Test
  void aDittoMarkInATableRepeatsTheWomanOfTheRowAbove() {
    Extraction x =
        read(
            "2025년 6월 일정",
            "날짜\t시간\t대상\t장소\t담당\t결과",
            "6/6(금)\t21:00\t다온(23)\t사당역 4번 출구\t현수 픽업\t완료",
            "6/6(금)\t23:30\t〃\t방배동 하늘모텔 205호\t현수 촬영\t완료",
            "6/7(토)\t22:00\t상동\t\"\t현수 픽업\t완료");
    assertThat(normalized(x, EntityType.PERSON)).contains("다온").doesNotContain("상동", "〃");
    // The third row repeats both: a second meeting there, on 6/7.
    assertThat(facts(x, FactType.MEETING))
        .containsExactlyInAnyOrder("다온|사당역 4번 출구", "다온|방배동 하늘모텔 205호", "다온|방배동 하늘모텔 205호");
  }

  @Test
  void aDittoMarkInAnEnglishListRepeatsThePlaceAbove() {
    Extraction x =
        read(
            "June 2025",
            "- 6/6   Nari   Sadang station exit 4   picked her up",
            "- 6/9   Nari   do.                     picked her up");
    assertThat(normalized(x, EntityType.PERSON)).containsExactly("Nari");
    // Met there twice: on the 6th and, by the ditto mark, on the 9th.
    assertThat(x.facts().stream().filter(f -> f.type() == FactType.MEETING))
        .extracting(f -> f.subject().orElse("?") + "|" + f.place().orElse("?") + "|" + f.date())
        .containsExactlyInAnyOrder(
            "Nari|Sadang station exit 4|Optional[2025-06-06]",
            "Nari|Sadang station exit 4|Optional[2025-06-09]");
  }

  @Test
  void aCommentsHandleIsTheWriterOfItsLineAndThePostersOwnHandleTheAuthor() {
    Extraction x =
        read(
            "[비공개 카페] 동호회 > 자유게시판 > 내가 쓴 글",
            "작성자: 밤바다 | 2024.10.02 01:10 | 조회 12",
            "어제 홍대입구역 9번 출구에서 한 마리 건짐. 이름은 유리.",
            "└ 우럭 2024.10.02 08:40  형님 원본 하나 주세요. 방금 30만 입금했어요",
            "ㄴ 밤바다: 확인. 링크 보냄",
            "└ 광어 2024.10.03 00:31  약값 10만 아직이다");
    assertThat(normalized(x, EntityType.PERSON)).containsExactlyInAnyOrder("유리", "우럭", "광어");
    assertThat(payments(x)).containsExactly("우럭|(author)|300000");
    assertThat(normalized(x, EntityType.DATE)).contains("2024-10-03");
  }

  @Test
  void anInitialWithTheNameInBracketsIsOnePersonNamedByTheName() {
    Extraction x =
        read(
            "POCKET DIARY 2025",
            "Fr 6/6   mtg w/ S.H. (서현) -> Jamsil station exit 4. Gyu vid.",
            "Sat 7/6  met J. (Jieun) at the bar. Gyu paid.");
    assertThat(normalized(x, EntityType.PERSON)).containsExactlyInAnyOrder("서현", "Jieun", "Gyu");
    assertThat(x.roles()).containsEntry("서현", PersonRole.VICTIM);
    assertThat(x.roles()).containsEntry("Jieun", PersonRole.VICTIM);
  }

  @Test
  void aHandleActingAsAPersonIsAPersonForTheNamesAndTheTapesAlike() {
    Extraction x =
        read(
            "2025-04-02",
            "Teddy_88 filmed it at the motel. Saved as Lantern_01.",
            "Sold Lantern_01 and Nutcracker_03 for 900k, buyer: Rook_22");
    assertThat(normalized(x, EntityType.PERSON)).containsExactlyInAnyOrder("Teddy_88", "Rook_22");
    assertThat(normalized(x, EntityType.TAPE))
        .containsExactlyInAnyOrder("Lantern_01", "Nutcracker_03");
  }
}
