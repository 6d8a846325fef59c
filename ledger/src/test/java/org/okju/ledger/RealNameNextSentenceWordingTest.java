package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 31 (issue 16, victims' names), tried as a new user would: three accomplices' Telegram
 * group call the women by nicknames and give a real name once, in the sentence after the nickname's
 * ({@code 오늘 토끼 데려옴. 본명 채은이.}: "brought Rabbit today. Real name Chae-eun."). The nickname, a word
 * Nori knows, was no one, and an editing payment's line ({@code 토끼 2편 편집 끝. 편집비 30만 보내줘}) quoted it
 * in every output. The word brought or met in one sentence is the woman whose real name the next
 * gives, wherever the document writes it. Fictional lines.
 */
class RealNameNextSentenceWordingTest extends WordingTestBase {
  @Test
  void theNicknameBroughtIsTheRealNameOfTheNextSentence() {
    Extraction x =
        read(
            "[2026-02-14 21:03] 철구: 오늘 토끼 데려옴. 본명 채은이. 홍대입구역 9번 출구에서 픽업",
            "[2026-02-16 02:11] 태식: 토끼 2편 편집 끝. 편집비 30만 보내줘");
    assertThat(x.roles()).doesNotContainKey("토끼");
    assertThat(x.roles().get("채은")).isNotIn(PersonRole.ACCOMPLICE, PersonRole.ACCUSED);
    assertThat(
            x.entities().stream()
                .filter(e -> e.type() == EntityType.PERSON && e.value().equals("토끼"))
                .map(EntityMention::normalized))
        .isNotEmpty()
        .allMatch(n -> n.startsWith("채은"));
  }

  @Test
  void inEnglishToo() {
    Extraction x =
        read(
            "Picked up Bunny at Hapjeong. Real name Chaeeun.",
            "Bunny part 2 edited, sent Tae 300k for it.");
    assertThat(
            x.entities().stream()
                .filter(e -> e.type() == EntityType.PERSON && e.value().equals("Bunny"))
                .map(EntityMention::normalized))
        .isNotEmpty()
        .allMatch(n -> n.equals("Chaeeun"));
  }
}
