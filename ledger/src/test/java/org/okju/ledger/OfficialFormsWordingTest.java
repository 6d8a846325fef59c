package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 27, round 213-218: a police summary romanises Korean names with the surname in capitals
 * ("YOON Tae-gyu"), which was read as the given name alone; and a spreadsheet whose first cells are
 * merged down over a night's rows reaches the reader without the empty cells, so the rows below
 * were read a column to the left (the amount out as money in, the name as the kind of row); and a
 * one-syllable nickname in a table's who column (솔, 곰) was no one. Fictional lines.
 */
class OfficialFormsWordingTest extends WordingTestBase {
  @Test
  void aSurnameInCapitalsIsPartOfTheName() {
    Extraction x =
        read(
            "Suspect: NAM Gi-cheol (male, 40), driver",
            "1. On 3 March 2026 the suspect met the complainant, SEO Da-in (female, 22), at the"
                + " station.",
            "2. He drove her and her friend, Ms. GONG Yu-na, to a motel.");
    assertThat(undoubtedPeople(x))
        .contains("NAM Gi-cheol", "SEO Da-in", "GONG Yu-na")
        .doesNotContain("Gi-cheol", "Da-in", "Yu-na");
  }

  @Test
  void capitalsThatAreNoSurnameStayOutOfTheName() {
    // NOTE is no surname: the given name alone, as before.
    assertThat(undoubtedPeople(read("NOTE Ha-eun was late again. Paid her 50k.")))
        .doesNotContain("NOTE Ha-eun");
  }

  @Test
  void rowsUnderAMergedDateCellKeepTheirColumns() {
    // As the text reader gives the sheet: the rows under a merged 일자 cell lose their first cell.
    Extraction x =
        read(
            "2026년 3월 정산\t\t\t\t\t\t(단위: 만원)",
            "일자\t구분\t누구\t장소\t들어온 돈\t나간 돈\t비고",
            "3/6(금)\t판매\t두더지\t\t120\t\t파일 넘김",
            "몫\t너구리\t\t\t40\t3할",
            "수고비\t땅콩\t\t\t25\t운전",
            "합계\t\t\t\t120\t65");
    assertThat(undoubtedPeople(x)).contains("두더지", "너구리", "땅콩");
    assertThat(payments(x))
        .contains("두더지|(author)|1200000", "(author)|너구리|400000", "(author)|땅콩|250000")
        .doesNotContain("너구리|(author)|400000", "땅콩|(author)|250000");
  }

  @Test
  void aOneSyllableNicknameInTheWhoColumnIsSomeone() {
    Extraction x =
        read(
            "일자\t구분\t누구\t장소\t금액",
            "4/17(금)\t만남\t솔, 보리\t신사역 4번 출구\t",
            "4/18(토)\t수고비\t곰\t\t20만",
            "4/19(일)\t용돈\t나\t\t5만");
    assertThat(undoubtedPeople(x)).contains("솔", "보리", "곰").doesNotContain("나");
  }
}
