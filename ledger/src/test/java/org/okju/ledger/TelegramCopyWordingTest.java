package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 26, round 206-212: Telegram Desktop copies messages as the writer, a comma and the
 * bracketed stamp on a line of their own ("Dex, [6/5/2026 8:02 PM]"), the message below. The stamps
 * were read as times the text speaks of, and the message as the author's, so another writer's "I
 * get thirty percent" was the author's share; a KakaoTalk export's save stamp was a time too.
 * Fictional lines.
 */
class TelegramCopyWordingTest extends WordingTestBase {
  @Test
  void theWriterAboveTheMessageIsItsIAndTheStampIsNoTime() {
    Extraction x =
        read(
            "Crew (3)",
            "Dex, [6/7/2026 2:20 PM]",
            "ok. split like last time, I get thirty percent",
            "Me, [6/8/2026 10:02 AM]",
            "sent Dex 450k",
            "Wolf, [03.04.26 22:16]",
            "my cut is 30 percent");
    assertThat(shares(x)).containsExactlyInAnyOrder("Dex|30", "Wolf|30");
    assertThat(normalized(x, EntityType.TIME)).isEmpty();
    assertThat(normalized(x, EntityType.DATE)).contains("2026-06-07", "2026-06-08");
  }

  @Test
  void aKakaoExportsSaveStampIsItsDayNotATime() {
    Extraction x =
        read(
            "고래 님과 카카오톡 대화",
            "저장한 날짜 : 2026년 4월 20일 오전 10:12",
            "",
            "2026년 4월 19일 오후 3:00, 나 : 내일 9시 신림역 3번 출구");
    assertThat(normalized(x, EntityType.TIME)).doesNotContain("10:12");
    assertThat(normalized(x, EntityType.DATE)).contains("2026-04-20");
  }
}
