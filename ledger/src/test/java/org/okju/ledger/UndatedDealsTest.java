package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Session 27: a notebook that never writes its year leaves its shares undated, and every undated
 * share of a document was summed as one deal: 4/5's "약사 몫 15%" and 4/11's "강형님 40%, 안씨 15%, 나 45%"
 * were flagged as shares adding up to 115%. Undated shares are one deal when written on one line or
 * on consecutive lines.
 */
class UndatedDealsTest {
  private static LedgerView.FactView share(long id, String who, int percent, int line) {
    return new LedgerView.FactView(
        id,
        FactType.SHARE,
        "confirmed",
        Optional.of(who),
        Optional.empty(),
        Optional.empty(),
        Optional.of(BigDecimal.valueOf(percent)),
        Optional.empty(),
        Optional.empty(),
        0.8,
        List.of(),
        new LedgerView.MentionView("장부.txt", 1, line, 0, 10, ""));
  }

  @Test
  void undatedSharesOnLinesApartAreTwoDeals() {
    List<Inconsistency> found =
        Inconsistency.find(
            List.of(
                share(1, "안씨", 15, 3),
                share(2, "강형님", 40, 5),
                share(3, "안씨", 15, 5),
                share(4, "(author)", 45, 5)));
    assertThat(found).noneMatch(i -> i.kind().equals("share-over-100"));
  }

  @Test
  void undatedSharesOnConsecutiveLinesStillAddUp() {
    List<Inconsistency> found =
        Inconsistency.find(
            List.of(share(1, "Jin", 60, 7), share(2, "Park", 30, 8), share(3, "Seo", 25, 9)));
    assertThat(found)
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.kind()).isEqualTo("share-over-100");
              assertThat(i.facts()).containsExactly(1L, 2L, 3L);
            });
  }
}
