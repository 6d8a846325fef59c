package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.casefile.CaseLocation;
import org.okju.casefile.CaseStore;
import org.okju.casefile.Sha256;
import tech.followthemoney.entity.ValueEntity;

/**
 * Session 28 (issue 16): a notebook that writes its days as 12/30 and 1/3 but never its year gave
 * facts with no date at all, so the timeline listed a month of meetings as "undated". The day is
 * kept as ISO-8601 writes a day of no known year ({@code --12-30}), flagged {@code year-unknown}:
 * the timeline lists such days after the calendar's, in the notebook's order (1/3 after 12/30 is
 * the new year, not disorder), and FollowTheMoney, whose dates are calendar dates, gets none.
 * Fictional lines.
 */
class YearlessNotebookTimelineTest {
  @TempDir Path tmp;

  static final String NOTEBOOK =
      """
      12/30
      Met Sunhee at Mangwon station exit 2. Gave her the drink.
      Paid Tank 300,000 won for the car.
      1/3 Met Hana at Hapjeong station exit 5.
      Paid Tank 200,000 won.\
      """;

  static final String DATED = "2024-05-03 Paid Brick 100,000 won.";

  @Test
  void aDayOfNoWrittenYearDatesItsFactsAndKeepsTheNotebooksOrder() throws Exception {
    try (CaseStore store = CaseStore.open(CaseLocation.directory(tmp.resolve("case")))) {
      LedgerCase ledger = new LedgerCase(store, "test", Clock.systemUTC());
      byte n = 0;
      for (DocumentText doc :
          List.of(DocumentText.of("a-notebook.txt", NOTEBOOK), DocumentText.of("b.txt", DATED))) {
        byte[] digest = new byte[32];
        digest[0] = ++n; // two documents, two digests
        ledger.add(
            doc,
            new LedgerExtractor().extract(doc),
            Optional.empty(),
            Sha256.of(digest),
            Optional.of("text/plain"),
            "inv1");
      }
      for (LedgerView.FactView f : LedgerView.load(store.ledger()).facts()) {
        ledger.confirm(f.id(), "inv1");
      }
      LedgerView view = LedgerView.load(store.ledger());
      Timeline timeline = Timeline.of(view);

      assertThat(timeline.events())
          .extracting(f -> f.type().code() + " " + f.date().orElse("none"))
          .containsExactly(
              "payment 2024-05-03",
              "meeting --12-30",
              "payment --12-30",
              "meeting --01-03",
              "payment --01-03");
      assertThat(timeline.events())
          .filteredOn(f -> f.date().orElse("").startsWith("--"))
          .allMatch(f -> f.flags().contains("year-unknown"));
      assertThat(timeline.inconsistencies()).isEmpty();

      FtmExport export = new FtmExport();
      ObjectMapper json = new ObjectMapper();
      List<String> dates = new java.util.ArrayList<>();
      for (String line : export.jsonLines(view).lines().toList()) {
        ValueEntity.fromJson(export.model(), json.readTree(line)); // FtM reads every entity back
        json.readTree(line).path("properties").path("date").forEach(d -> dates.add(d.asText()));
      }
      assertThat(dates).containsExactly("2024-05-03");
    }
  }
}
