package org.okju.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The extractor on the documents its rules were developed on (the corpus's first twelve, now the
 * start of the development half) meets the goals: a regression guard, not a measure of
 * generalisation. Both halves are built and read in full.
 */
class LedgerBenchTest {
  /** The twelve documents the rules were first written against. */
  private static final Set<String> FIRST_TWELVE =
      Set.of(
          "01-diary-ko.txt",
          "02-diary-ko-euckr.txt",
          "03-ledger-ko.xlsx",
          "04-diary-en.docx",
          "05-ledger-en.pdf",
          "06-mixed.html",
          "07-diary-ko.docx",
          "08-scan.png",
          "09-contacts-ko.txt",
          "10-diary-en.txt",
          "11-diary-ko.txt",
          "12-mixed.txt");

  @TempDir Path tmp;

  @Test
  void theFirstTwelveMeetTheF1GoalsForPeopleDatesAmountsPercentagesSharesAndPayments()
      throws Exception {
    List<LedgerCorpus.Document> twelve =
        LedgerCorpus.build(tmp, LedgerCorpus.Split.DEV).stream()
            .filter(d -> FIRST_TWELVE.contains(d.file().getFileName().toString()))
            .toList();
    assertThat(twelve).hasSize(12);
    LedgerBench.Result r = new LedgerBench().score(twelve);
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

  @Test
  void everyDocumentOfBothHalvesIsBuiltAndReadInItsFormat() throws Exception {
    for (LedgerCorpus.Split split : LedgerCorpus.Split.values()) {
      LedgerBench.Result r = new LedgerBench().run(tmp.resolve(split.folder()), split);
      assertThat(r.errors()).as(split.folder()).isEmpty();
      int gold = r.rows().stream().mapToInt(LedgerBench.Row::gold).sum();
      assertThat(gold).as(split.folder()).isGreaterThan(0);
    }
  }

  @Test
  void aGoldPersonIsScoredByNameWithoutItsRole() {
    assertThat(LedgerBench.withoutRole("E person Kim Dae-ho accomplice"))
        .isEqualTo("E person Kim Dae-ho");
    assertThat(LedgerBench.withoutRole("E person 지은 victim")).isEqualTo("E person 지은");
    assertThat(LedgerBench.withoutRole("E person Victor")).isEqualTo("E person Victor");
    assertThat(LedgerBench.withoutRole("E place Dock 4 witness"))
        .isEqualTo("E place Dock 4 witness");
  }

  @Test
  void aGoldPersonIsAlsoScoredWithItsRole() {
    assertThat(LedgerBench.withRole("E person Kim Dae-ho accomplice"))
        .contains("E person+role Kim Dae-ho accomplice");
    assertThat(LedgerBench.withRole("E person Victor")).isEmpty();
    assertThat(LedgerBench.withRole("E place Dock 4 witness")).isEmpty();
  }
}
