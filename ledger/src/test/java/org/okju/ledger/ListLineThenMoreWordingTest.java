package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 31 (issue 16, meetings): a note's line that is where, then who ("6/7 신촌 — 소담, 라온 둘이 옴")
 * was read as a meeting only when nothing followed; writers go on in the same line ("하니 취함", "Ryan
 * drove", a second place) and note a name in brackets ("Bomi (the tall one)"). The list is the
 * line's first sentence. Fictional lines.
 */
class ListLineThenMoreWordingTest extends WordingTestBase {
  @Test
  void theListIsTheLinesFirstSentence() {
    Extraction x =
        read(
            "5월 정리 (2025)",
            "5/3 토 망원 — 가온, 다슬 둘이 옴. 가온 취함. 다슬은 먼저 감",
            "5/10 토 합정역 7번 출구 — 로운. 내 차로 연희동 원룸",
            "Fri 5/16  Hongdae. Mira, Yeji (the short one). Yeji came back with us.",
            "Sat 5/17 Sinchon station exit 2 - Sena. Rex drove.");
    assertThat(facts(x, FactType.MEETING))
        .contains(
            "가온|망원",
            "다슬|망원",
            "로운|합정역 7번 출구",
            "로운|연희동",
            "Mira|Hongdae",
            "Yeji|Hongdae",
            "Sena|Sinchon station exit 2")
        .noneMatch(f -> f.startsWith("Rex|"));
  }

  @Test
  void aListLineWithMoneyInItIsNoList() {
    Extraction x = read("5/20 강남 — Rocco. 30만 받음");
    assertThat(facts(x, FactType.MEETING)).isEmpty();
  }
}
