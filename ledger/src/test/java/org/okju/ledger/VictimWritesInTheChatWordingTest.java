package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 29 (issue 16, victims' names): a chat export between the offender and a woman he filmed.
 * She asks him to delete the video in one message and says she sent the money in the next; each
 * message is a line of its own, so the second had no deletion cue and she was read as a writer who
 * pays, in the trade: an accomplice, named once confirmed. The same writer's deletion asked before
 * her payment makes her a victim paying for it. And two Korean common words of her messages were
 * read as people: an adjective before a noun (이상한 사진) and a word a determiner opens (무슨 소리야).
 * Fictional lines.
 */
class VictimWritesInTheChatWordingTest extends WordingTestBase {
  private static final String[] CHAT = {
    "2025년 5월 10일 토요일",
    "[지은] [오전 11:02] 어제 나 어떻게 집에 간 거야? 기억이 하나도 안 나",
    "[나] [오전 11:10] 너 많이 취해서 택시 태워 보냈어",
    "[지은] [오전 11:12] 내 폰에 이상한 사진 있던데 너가 찍었어?",
    "[나] [오전 11:15] 무슨 소리야",
    "[지은] [오후 3:40] 돈 보냈으니까 영상 지워",
    "[지은] [오후 3:41] 50만원 보냈어",
    "[나] [오후 3:50] 확인. 지웠음"
  };

  @Test
  void theWomanWhoAskedForTheDeletionPaysAsItsVictim() {
    Extraction x = read(CHAT);
    assertThat(x.roles()).containsEntry("지은", PersonRole.VICTIM);
    assertThat(payments(x)).containsExactly("지은|(author)|500000");
  }

  @Test
  void anAdjectiveOrAWordADeterminerOpensIsNoOne() {
    Extraction x = read(CHAT);
    assertThat(normalized(x, EntityType.PERSON)).containsExactly("지은");
  }

  @Test
  void aBuyerWhoPaysInTheChatIsStillInTheTrade() {
    Extraction x = read("2025년 5월 11일 일요일", "[불곰] [오후 1:00] 영상 잘 받음", "[불곰] [오후 1:02] 50만 보냈음");
    assertThat(x.roles()).containsEntry("불곰", PersonRole.ACCOMPLICE);
  }
}
