package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 31 (issue 16, supplies): who a drug came from, written in ways the rules did not read: a
 * nickname in quotes or with its emoji before 한테서 ({@code "박사"한테서 졸피 받아 둠}, {@code 곰🐻 형한테 물뽕 받음}),
 * the drug, the man and what he was paid in one sentence ({@code 졸피 Pablo 한테 30만}, "Pay Nurse Jo
 * 200k for the drops (GHB)"), a name, an arrow and the drug ({@code 약: 태식 → 할시온 5정}), and {@code
 * 물뽕은 순대가 준 거}. Fictional lines.
 */
class DrugFromWhomWordingTest extends WordingTestBase {
  @Test
  void theOneItCameFrom() {
    Extraction x =
        read(
            "2025-07-05 \"도사\"한테서 졸피 받아 둠. 15만 줌.",
            "2025-07-06 여우🦊 형한테 물뽕 받음. 40만 보냄",
            "2025-07-07 졸피 Marco 한테 30만",
            "2025-07-08 Pay Nurse Oh 200k for the drops (GHB). Done.",
            "2025-07-09 약: 석구 → 할시온 5정",
            "2025-07-10 가방에 넣어둔 물뽕은 짱가가 준 거");
    assertThat(facts(x, FactType.SUPPLY))
        .contains("도사|zolpidem", "여우|GHB", "Marco|zolpidem", "Oh|GHB", "석구|triazolam", "짱가|GHB");
  }

  @Test
  void moneyInAnotherSentenceBuysNoDrug() {
    Extraction x = read("2025-07-11 졸피 다 씀. Rocco한테 20만 보냄 (기름값)");
    assertThat(facts(x, FactType.SUPPLY)).noneMatch(f -> f.startsWith("Rocco|"));
  }
}
