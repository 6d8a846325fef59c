package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 21: people in the styles of the round 173-179, written before the rules ran on it (a
 * ledger kept as text with abbreviations, a dictated memo without punctuation, a diary of initials
 * and nicknames, notes whose naming phrase runs over two lines). Fictional lines.
 */
class LedgerStylesWordingTest extends WordingTestBase {
  private static List<String> people(Extraction x) {
    return normalized(x, EntityType.PERSON);
  }

  @Test
  void twoRomanisedGivenNamesSideBySideAreTwoPeople() {
    // A memo without punctuation lists names with nothing between them: neither is a surname, so
    // "Sena Yuri" is no given and family name.
    Extraction x =
        read(
            "ok so Saturday Itaewon again Sena Yuri and her cousin all came out Theo drove",
            "Kim Dahye paid the rest");
    assertThat(people(x)).contains("Sena", "Yuri", "Kim Dahye").doesNotContain("Sena Yuri");
  }

  @Test
  void aBareNameAFileIsNamedAfterIsAPerson() {
    // The woman is written bare in a ledger's memo cell; her file elsewhere is named after her.
    Extraction x =
        read(
            "9/5\t-\t-\t홍대입구역 9번출구. 소윤 23.",
            "9/6\t입\t단골\t소윤_0905 원본\t150",
            "Fri 10/3 Mapo - hajin, the quiet one",
            "10/4 sold hajin_1003 to a regular");
    assertThat(people(x)).contains("소윤", "hajin");
  }

  @Test
  void aTitleWordThatIsNoNameShapeStaysATitle() {
    // 벚꽃_01 is named after a season's flower, not a woman: the word alone is no one.
    Extraction x = read("벚꽃 구경 감. 사람 많음", "파일 벚꽃_01 정리", "Lantern_02 sent, Lantern was good");
    assertThat(people(x)).doesNotContain("벚꽃", "Lantern");
  }

  @Test
  void initialsWithAParticleAreAPerson() {
    // A diary writes a woman by her initial consonants with the particles any name takes.
    Extraction x = read("그 애 친구 ㅈㅇ이도 나온다고 함", "ㅎㄹ은 술 약함", "ㅋㅋ은 뭐야 ㅇㅇ도 몰라");
    assertThat(people(x)).contains("ㅈㅇ", "ㅎㄹ").doesNotContain("ㅋㅋ", "ㅇㅇ");
  }

  @Test
  void aNamingPhraseEndingALineNamesTheWordOpeningTheNext() {
    Extraction x =
        read(
            "Sat 8/2 Euljiro pojangmacha. a girl who called herself",
            "Hayeong. 22. taxi to Mangwon",
            "8/9 합정 바에서 만난 애. 이름이",
            "다솜이라고 했음. 24살");
    assertThat(people(x)).contains("Hayeong", "다솜");
  }
}
