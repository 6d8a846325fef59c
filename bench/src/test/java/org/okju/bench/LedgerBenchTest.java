package org.okju.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The extractor on its own annotated corpus meets the goals. The corpus is the one the
 * rules were developed on, so this guards against regressions; it does not measure generalisation.
 */
class LedgerBenchTest {
  @TempDir Path tmp;

  @Test
  void theCorpusMeetsTheF1GoalsForPeopleDatesAmountsPercentagesSharesAndPayments()
      throws Exception {
    LedgerBench.Result r = new LedgerBench().run(tmp);
    assertThat(r.errors()).isEmpty();
    Map<String, Double> f1 =
        r.rows().stream()
            .collect(Collectors.toMap(x -> x.kind() + " " + x.type(), LedgerBench.Row::f1));
    assertThat(f1.get("entity person")).as(r.misses().toString()).isGreaterThanOrEqualTo(0.9);
    assertThat(f1.get("entity date")).isGreaterThanOrEqualTo(0.9);
    assertThat(f1.get("entity money")).isGreaterThanOrEqualTo(0.9);
    assertThat(f1.get("entity percent")).isGreaterThanOrEqualTo(0.9);
    assertThat(f1.get("fact share")).isGreaterThanOrEqualTo(0.8);
    assertThat(f1.get("fact payment")).isGreaterThanOrEqualTo(0.8);
  }
}
