package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The safety net under quoted lines: a woman named where no rule reads her (a list of file names, a
 * greeting, a question, an unfamiliar verb) is withheld from the quote, and the places, drugs,
 * amounts and a known accomplice of the same lines stay readable.
 */
class UnresolvedNamesTest {
  static final String NOTES =
      """
      3월 20일 폴더 정리 서연_01, 다인_02 넘기고 박실장한테 30만원 줌
      3월 21일 유나야 잘 지내? 하고 문자 보냄. 최사장한테서 50만원 받음
      Apr 2 Files: Haneul_01.mp4, Bora_02.mp4 sorted. Paid Brick 300k
      Apr 6 Paid Brick 200k at Hongdae station exit 9 for the meth
      4월 7일 신촌역 3번 출구에서 박실장한테 필로폰 값 40만원 줌
      """;

  private final Extraction x = new LedgerExtractor().extract(DocumentText.of("notes.txt", NOTES));

  private List<String> quotes() {
    return x.facts().stream()
        .map(f -> UnresolvedNames.withhold(f.span().text(), x.unresolvedNames()))
        .toList();
  }

  @Test
  void aWomanNamedWhereNoRuleReadsHerIsWithheldFromTheQuotes() {
    assertThat(x.unresolvedNames()).contains("서연", "다인", "유나", "Haneul", "Bora");
    String all = String.join("\n", quotes());
    for (String name : List.of("서연", "다인", "유나", "Haneul", "Bora")) {
      assertThat(all).doesNotContain(name);
    }
    // one number a word: 다인, 서연, 유나 and Haneul, Bora in the order of the withheld words
    assertThat(all)
        .contains(
            "[이름 4]_01, [이름 3]_02", "[이름 5]야 잘 지내?", "Files: [name 1]_01.mp4, [name 2]_02.mp4");
  }

  @Test
  void placesDrugsAmountsAndTheKnownPeopleStayReadable() {
    assertThat(quotes())
        .contains(
            "Apr 6 Paid Brick 200k at Hongdae station exit 9 for the meth",
            "4월 7일 신촌역 3번 출구에서 박실장한테 필로폰 값 40만원 줌");
    assertThat(x.unresolvedNames()).doesNotContain("Brick", "박실장", "Hongdae", "신촌역", "Paid");
  }

  @Test
  void aWithheldWordIsMarkedWhereItStandsAsAWordAndAKoreanParticleStays() {
    Set<String> words = new java.util.LinkedHashSet<>(List.of("Mina", "하린"));
    assertThat(UnresolvedNames.withhold("Mina's tape, Minato, 하린한테, 이하린, Mina", words))
        .isEqualTo("[name 1]'s tape, Minato, [이름 2]한테, 이하린, [name 1]");
  }
}
