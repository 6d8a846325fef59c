package org.okju.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.conformance.CaseShacl;
import org.okju.conformance.FtmModel;
import org.okju.conformance.HmaBankSignalRule;
import org.okju.conformance.ThreatExchangeFileRule;
import org.okju.conformance.ThreatExchangeSignalTypes;
import org.okju.conformance.Vics2Schema;

/**
 * Every export format of the demo case (files, tapes with videos, confirmed diary facts, the
 * custody chain) checked with its partner's own rule: CASE/UCO by SHACL with CASE 1.4.0, FtM by the
 * model's schema files, VICS by the VICS 2.0 schema, the takedown lists by ThreatExchange's and
 * HMA's readers. Victims' real names appear in none.
 */
class PartnerExportsTest {
  @TempDir static Path tmp;
  static String kase;
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void demoCase() throws Exception {
    // The exports only read the case (and log themselves): the demo run IngestCommandTest checks.
    SharedDemo.Demo demo = SharedDemo.get();
    assertThat(demo.run().exitCode()).as(demo.run().err()).isEqualTo(ExitCode.OK);
    kase = demo.kase().toString();
  }

  private static Path export(String format, String name) {
    Path out = tmp.resolve(name);
    CliRun r = CliRun.of("export", "--case", kase, "--format", format, "--out", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    return out;
  }

  private static Path takedown(String format, String name) {
    Path out = tmp.resolve(name);
    CliRun r =
        CliRun.of(
            "export", "takedown", "--case", kase, "--format", format, "--out", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    return out;
  }

  private static void noVictimNames(Path file) throws Exception {
    assertThat(Files.readString(file)).doesNotContain("지은").doesNotContain("Mina");
  }

  @Test
  void caseUcoConformsToCase140WithNoViolationOrWarningAndCarriesTapesFactsAndCustody()
      throws Exception {
    Path out = export("case-uco", "case.jsonld");
    assertThat(CaseShacl.shared().problems(out)).isEmpty();
    String text = Files.readString(out);
    assertThat(text)
        .contains("uco-core:Grouping", "uco-core:Relationship", "uco-core:Annotation")
        .contains("\"PDQ\"", "\"vPDQ\"", "case-investigation:wasInformedBy");
    noVictimNames(out);
  }

  @Test
  void bothFollowTheMoneyExportsUseOnlyTheModel() throws Exception {
    Path out = export("ftm", "case.ftm.json");
    List<JsonNode> catalogue = lines(Files.readAllLines(out));
    assertThat(FtmModel.shared().problems(catalogue)).isEmpty();
    assertThat(catalogue).anyMatch(e -> e.get("schema").asText().equals("Ownership"));
    noVictimNames(out);

    CliRun ledger = CliRun.of("ledger", "ftm", "--case", kase);
    assertThat(ledger.exitCode()).as(ledger.err()).isZero();
    List<JsonNode> facts = lines(ledger.out().lines().toList());
    assertThat(FtmModel.shared().problems(facts)).isEmpty();
    assertThat(facts)
        .filteredOn(e -> e.get("schema").asText().equals("Ownership"))
        .allMatch(e -> e.at("/properties/percentage/0").isTextual());
    assertThat(ledger.out()).doesNotContain("지은").doesNotContain("Mina");
  }

  @Test
  void vicsCaseFileAndMediaListMatchTheVics2Schema() throws Exception {
    for (Path out :
        List.of(
            export("vics2", "case.vics.json"),
            export("vics2-media", "media.vics.json"),
            takedown("vics2", "takedown.vics.json"),
            takedown("vics2-media", "takedown-media.vics.json"))) {
      assertThat(Vics2Schema.load().problems(out)).as(out.getFileName().toString()).isEmpty();
      noVictimNames(out);
    }
  }

  @Test
  void takedownListsAreLoadedWholeByThreatExchangeAndHma() throws Exception {
    List<String> te = Files.readAllLines(takedown("te", "takedown.te"));
    ThreatExchangeFileRule.Result r =
        ThreatExchangeFileRule.read(te, ThreatExchangeSignalTypes.NAMES);
    assertThat(r.skipped()).isEmpty();
    assertThat(r.rejected()).isEmpty();
    assertThat(r.size()).isEqualTo(te.size());
    assertThat(r.accepted()).containsKeys("pdq", "video_md5", "vpdq");
    for (String line : Files.readAllLines(takedown("hma", "takedown.jsonl"))) {
      assertThat(HmaBankSignalRule.accept(line, ThreatExchangeSignalTypes.NAMES).note())
          .startsWith("T-");
    }
  }

  private static List<JsonNode> lines(List<String> lines) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (String l : lines) {
      if (!l.isBlank()) {
        out.add(JSON.readTree(l));
      }
    }
    return out;
  }
}
