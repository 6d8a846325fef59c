package org.okju.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.casefile.CaseLocation;
import org.okju.casefile.CaseStore;
import org.okju.testkit.documents.CorpusDocument;
import org.okju.testkit.documents.DocumentCorpus;

/**
 * The whole path a new user takes: {@code okju ingest} of a folder holding every document format
 * reads each document's text, and the ledger reads the texts into suggested facts without a second
 * command; {@code okju ledger extract --from-case} reads them again to the same facts; after an
 * ingest with {@code --no-text} it reads the catalogued documents from the evidence.
 */
class IngestTextLedgerTest {
  @TempDir Path tmp;

  @Test
  void ingestReadsEveryFormatAndTheLedgerFindsEachDocumentsPayment() throws Exception {
    Path drive = tmp.resolve("drive");
    List<CorpusDocument> corpus = DocumentCorpus.write(drive);
    String kase = tmp.resolve("case").toString();

    CliRun ingest = CliRun.of("ingest", drive.toString(), "--case", kase, "--user", "inv1");
    assertThat(ingest.exitCode()).as(ingest.err()).isIn(ExitCode.OK, ExitCode.PARTIAL);
    assertThat(ingest.err()).contains("the ledger read ");

    List<JsonNode> facts = facts(kase);
    for (CorpusDocument d : corpus) {
      if (!d.readable() || d.amount() == 0 || d.file().endsWith(".png")) {
        continue; // OCR may misread a digit; the scanned page's text is checked below
      }
      assertThat(facts)
          .as(d.format() + ": a payment of " + d.amount() + " read from " + d.file())
          .anyMatch(
              f ->
                  f.get("type").asText().equals("payment")
                      && f.get("amount").get("value").decimalValue().longValue() == d.amount()
                      && f.get("provenance").get(0).get("doc").asText().equals(d.file()));
    }
    try (CaseStore store = CaseStore.open(CaseLocation.directory(Path.of(kase)))) {
      // Every readable document has its text (an OLE2 layout holding no document may give an
      // empty one).
      long texts = store.texts().extent().count();
      assertThat(texts)
          .isGreaterThanOrEqualTo(corpus.stream().filter(CorpusDocument::readable).count());
    }

    CliRun again = CliRun.of("ledger", "extract", "--from-case", "--case", kase, "--user", "inv1");
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(again.out()).contains("diary.docx: ").contains("documents of the case read");
    assertThat(ids(facts(kase))).as("reading again stores the same facts").isEqualTo(ids(facts));
  }

  @Test
  void afterAnIngestWithoutTextTheLedgerReadsTheCataloguedDocuments() throws Exception {
    Path drive = tmp.resolve("drive");
    List<CorpusDocument> corpus = DocumentCorpus.write(drive);
    String kase = tmp.resolve("case").toString();

    CliRun ingest = CliRun.of("ingest", drive.toString(), "--case", kase, "--no-text");
    assertThat(ingest.exitCode()).as(ingest.err()).isIn(ExitCode.OK, ExitCode.PARTIAL);
    assertThat(ingest.err()).doesNotContain("the ledger read");
    assertThat(facts(kase)).isEmpty();

    CliRun extract =
        CliRun.of("ledger", "extract", "--from-case", "--case", kase, "--user", "inv1");
    assertThat(extract.exitCode()).as(extract.err()).isIn(ExitCode.OK, ExitCode.PARTIAL);
    List<JsonNode> facts = facts(kase);
    for (String file : List.of("diary.docx", "ledger.xlsx", "diary.hwp", "ledger.pdf")) {
      CorpusDocument d =
          corpus.stream().filter(c -> c.file().equals(file)).findFirst().orElseThrow();
      assertThat(facts)
          .as(file)
          .anyMatch(
              f ->
                  f.get("amount").isObject()
                      && f.get("amount").get("value").decimalValue().longValue() == d.amount()
                      && f.get("provenance").get(0).get("doc").asText().equals(file));
    }
    try (CaseStore store = CaseStore.open(CaseLocation.directory(Path.of(kase)))) {
      assertThat(store.texts().extent().count()).as("texts stored for search").isPositive();
    }
  }

  private static List<JsonNode> facts(String kase) throws Exception {
    CliRun ledger = CliRun.of("ledger", "--case", kase, "--json");
    assertThat(ledger.exitCode()).as(ledger.err()).isZero();
    List<JsonNode> out = new ArrayList<>();
    new ObjectMapper().readTree(ledger.out()).get("facts").forEach(out::add);
    return out;
  }

  private static List<String> ids(List<JsonNode> facts) {
    return facts.stream().map(f -> f.get("id").asText()).sorted().toList();
  }
}
