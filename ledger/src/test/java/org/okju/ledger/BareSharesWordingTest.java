package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 26, round 206-212 (and 204 before it): shares written without a percent sign were not
 * read: bare numbers after the people that make a whole ("나 40 너 60", "몫: 나 70 혜성 30", "형님 gets 60,
 * me 25, 재우 15") and a number in words after a share verb ("Mouse gets fifteen", "Rex takes forty,
 * I keep fifty"). Fictional lines.
 */
class BareSharesWordingTest extends WordingTestBase {
  @Test
  void bareNumbersThatMakeAWholeAreShares() {
    assertThat(shares(read("몫: 나 70 혜성 30"))).containsExactlyInAnyOrder("(author)|70", "혜성|30");
    assertThat(shares(read("after: 형님 gets 60, me 25, 재우 15")))
        .containsExactlyInAnyOrder("형님|60", "(author)|25", "재우|15");
  }

  @Test
  void theOtherPartysBareShareInAChatIsHis() {
    Extraction x =
        read(
            "고래 님과 카카오톡 대화",
            "2026년 4월 19일 오후 2:58, 고래 : 정산 어떻게 함",
            "2026년 4월 19일 오후 3:00, 나 : 사장님이 나 40 너 60 하재");
    assertThat(shares(x)).containsExactlyInAnyOrder("(author)|40", "고래|60");
  }

  @Test
  void aNumberInWordsAfterAShareVerbIsAShare() {
    assertThat(shares(read("Pike wants his cut: ten percent. Rex takes forty, I keep fifty.")))
        .containsExactlyInAnyOrder("Pike|10", "Rex|40", "(author)|50");
  }

  @Test
  void numbersThatMakeNoWholeAreNoShares() {
    Extraction x =
        read("지수 23 하은 24. 3층 40 5층 50", "택시 강남역→신사 18,000 (민아, 세희)", "· 박실장 60만 재민 40만");
    assertThat(normalized(x, EntityType.PERCENT)).isEmpty();
  }
}
