package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.casefile.CaseLocation;
import org.okju.casefile.CaseStore;
import org.okju.casefile.Sha256;
import org.okju.conformance.FtmModel;
import tech.followthemoney.entity.ValueEntity;

/** Confirmed facts export as FollowTheMoney entities that FtM itself reads back. */
class FtmExportTest {
  @TempDir Path tmp;

  static final String DIARY =
      """
      2023년 5월 3일
      지은이를 잠수교로 불러냄. 테이프 #12 촬영.
      김약사에게 졸피뎀 받음. 약값 30만원 줌.
      박실장 3할, 김약사 2할 5푼.\
      """;

  @Test
  void everyConfirmedFactBecomesAnEntityOfTheFtmModelWithTheShareAsAnOwnershipPercentage()
      throws Exception {
    try (CaseStore store = CaseStore.open(CaseLocation.directory(tmp.resolve("case")))) {
      LedgerCase ledger = new LedgerCase(store, "test", Clock.systemUTC());
      DocumentText doc = DocumentText.of("diary.txt", DIARY);
      ledger.add(
          doc,
          new LedgerExtractor().extract(doc),
          Optional.empty(),
          Sha256.of(new byte[32]),
          Optional.of("text/plain"),
          "inv1");
      for (LedgerView.FactView f : LedgerView.load(store.ledger()).facts()) {
        ledger.confirm(f.id(), "inv1");
      }
      FtmExport export = new FtmExport();
      LedgerView view = LedgerView.load(store.ledger());
      String lines = export.jsonLines(view);
      List<ValueEntity> back = new ArrayList<>();
      ObjectMapper json = new ObjectMapper();
      for (String line : lines.lines().toList()) {
        back.add(ValueEntity.fromJson(export.model(), json.readTree(line)));
      }
      assertThat(back)
          .extracting(e -> e.getSchema().getName())
          .contains(
              "Person",
              "Payment",
              "Ownership",
              "Asset",
              "Event",
              "Address",
              "Document",
              "Documentation",
              "Mention");
      // Every entity against the model's own schema files (shared/ontologies), not the jar's.
      List<JsonNode> entities = new ArrayList<>();
      for (String line : lines.lines().toList()) {
        entities.add(json.readTree(line));
      }
      assertThat(FtmModel.shared().problems(entities)).isEmpty();
      List<JsonNode> shares =
          entities.stream().filter(e -> e.get("schema").asText().equals("Ownership")).toList();
      assertThat(shares)
          .extracting(e -> e.at("/properties/percentage/0").asText())
          .containsExactlyInAnyOrder("30", "25");
      assertThat(shares).allMatch(e -> e.at("/properties/role/0").asText().equals("share"));
      assertThat(entities)
          .filteredOn(e -> e.get("schema").asText().equals("Payment"))
          .allMatch(e -> e.at("/properties/recordId/0").asText().startsWith("F"))
          .allMatch(e -> e.at("/properties/description/0").asText().contains("diary.txt, page"));
      assertThat(lines).contains("V-001").doesNotContain("지은이").doesNotContain("\"지은\"");
      assertThat(store.custody().stream().map(e -> e.action()).toList())
          .contains("ledger-extracted", "ledger-confirm");
    }
  }
}
