package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 31 (issue 16, meetings): terse notes write where a woman was taken with an arrow and say
 * who she is only by the file named after her ("7/4 Seo-yeon → 한남동 에어비앤비. 영상: seoyeon_0704"). The
 * file made her the line's woman only after the line's places were read, so the place was no one's
 * meeting; and an arrow was no word of moving her. Fictional lines.
 */
class ArrowNotesWordingTest extends WordingTestBase {
  @Test
  void theWomanAFileIsNamedAfterWasMetAtTheLinesPlace() {
    Extraction x =
        read(
            "2025년 8월 메모",
            "8/2 Ha-rin → 성수동 오피스텔. 영상: harin_0802",
            "8/9 다인 → 연희동 스테이모텔 302호. 파일 다인_0809",
            "8/10 망원역 2번 출구 → 합정 Lotus 모텔 305호. 다인_0810");
    assertThat(facts(x, FactType.MEETING))
        .contains("Ha-rin|성수동", "다인|연희동 스테이모텔 302호", "다인|망원역 2번 출구", "다인|합정 Lotus 모텔 305호");
    assertThat(x.roles()).containsEntry("Ha-rin", PersonRole.VICTIM);
  }

  @Test
  void aFileBoughtIsNoMeeting() {
    Extraction x = read("8/12 Rocco → 신사동. harin_0802 팔고 50만 받음");
    assertThat(facts(x, FactType.MEETING)).isEmpty();
  }
}
