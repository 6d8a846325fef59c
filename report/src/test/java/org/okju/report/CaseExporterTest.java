package org.okju.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.JsonDocument;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.casefile.CaseStore;
import org.okju.casefile.CustodyEntry;
import org.okju.casefile.Sha256;
import org.okju.conformance.CaseShacl;
import org.okju.conformance.FtmModel;
import org.okju.conformance.Vics2Schema;

/**
 * Each export parses as its format says, carries the catalogue, hides sensitive names, is logged.
 */
class CaseExporterTest {
  static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
  static final String UCO = "https://ontology.unifiedcyberontology.org/uco/";
  static final String CASE_INV = "https://ontology.caseontology.org/case/investigation/";
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;
  CaseFixture fixture;

  @BeforeEach
  void ingest() throws Exception {
    fixture = CaseFixture.sqlite(tmp, false);
  }

  CaseExporter.Result export(ExportFormat format, String name, LedgerEntities ledger)
      throws Exception {
    try (CaseStore store = fixture.open()) {
      return new CaseExporter(store, IdentityTable.EMPTY, ledger)
          .export(format, tmp.resolve(name), "inv1", "0.1.0-test");
    }
  }

  record Quad(String s, String p, String o, String datatype) {}

  @Test
  void caseUcoIsJsonLdThatYieldsTheExpectedTriplesWithoutFetchingAnyContext() throws Exception {
    Path out = export(ExportFormat.CASE_UCO, "case.jsonld", LedgerEntities.NONE).file();
    List<Quad> quads = new ArrayList<>();
    try (InputStream in = Files.newInputStream(out)) {
      JsonLd.toRdf(JsonDocument.of(in))
          .loader(
              (url, options) -> {
                throw new JsonLdError(
                    JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "no network: " + url);
              })
          .provide(
              (s, p, o, datatype, language, direction, graph) -> {
                quads.add(new Quad(s, p, o, datatype));
                return null;
              });
    }
    // Validated as case_validate does: SHACL with CASE 1.4.0's shapes; Violations and Warnings
    // both fail.
    assertThat(CaseShacl.shared().problems(out)).isEmpty();
    // Every node ends in a UUID (UCO's identifier rule, an Info otherwise).
    assertThat(CaseShacl.shared().infos(out))
        .noneMatch(r -> r.message().toLowerCase(java.util.Locale.ROOT).contains("uuid"));
    String uuid = "[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";
    assertThat(quads).allMatch(q -> q.s().matches(".*-" + uuid));
    String sha = sha256Of("beach.png");
    Set<String> shaNodes =
        quads.stream()
            .filter(q -> q.p().equals(UCO + "types/hashValue") && q.o().equals(sha))
            .map(Quad::s)
            .collect(Collectors.toSet());
    assertThat(shaNodes).hasSize(1);
    assertThat(quads)
        .contains(
            new Quad(
                shaNodes.iterator().next(),
                UCO + "types/hashMethod",
                "SHA256",
                "http://www.w3.org/2001/XMLSchema#string"));
    // Images carry their PDQ as a hash too.
    assertThat(quads)
        .filteredOn(q -> q.p().equals(UCO + "types/hashMethod") && q.o().equals("PDQ"))
        .isNotEmpty();
    assertThat(quads)
        .anyMatch(q -> q.p().equals(UCO + "observable/fileName") && q.o().equals("beach.png"));
    long actions =
        quads.stream()
            .filter(q -> q.p().equals(RDF_TYPE) && q.o().equals(CASE_INV + "InvestigativeAction"))
            .count();
    assertThat(actions).as("one action per custody entry at export time").isEqualTo(3);
    // Each action has a performer and the tool as instrument; the ingest's result is the source.
    assertThat(quads.stream().filter(q -> q.p().equals(UCO + "action/performer")).count())
        .isEqualTo(3);
    assertThat(quads.stream().filter(q -> q.p().equals(UCO + "action/instrument")).count())
        .isEqualTo(3);
    Set<String> provenance =
        quads.stream()
            .filter(q -> q.p().equals(RDF_TYPE) && q.o().equals(CASE_INV + "ProvenanceRecord"))
            .map(Quad::s)
            .collect(Collectors.toSet());
    assertThat(quads)
        .anyMatch(q -> q.p().equals(UCO + "action/result") && provenance.contains(q.o()));
    assertThat(quads.stream().map(Quad::o)).noneMatch(o -> o.contains("Jane Roe"));
    // Reproducible: the same case exports the same graph.
    Path again = export(ExportFormat.CASE_UCO, "again.jsonld", LedgerEntities.NONE).file();
    JsonNode a = JSON.readTree(out.toFile()).get("@graph");
    JsonNode b = JSON.readTree(again.toFile()).get("@graph");
    assertThat(b.get(0)).isEqualTo(a.get(0));
    assertThat(b.get(3)).isEqualTo(a.get(3));
  }

  @Test
  void vics2IsACaseFileWithOneMediaPerContentAndVics2MediaTheFlatListBothValidAgainstTheSchema()
      throws Exception {
    CaseExporter.Result r = export(ExportFormat.VICS2, "vics.json", LedgerEntities.NONE);
    CaseExporter.Result flat =
        export(ExportFormat.VICS2_MEDIA, "vics-media.json", LedgerEntities.NONE);
    Vics2Schema schema = Vics2Schema.load();
    assertThat(schema.problems(r.file())).isEmpty();
    assertThat(schema.problems(flat.file())).isEmpty();
    JsonNode root = JSON.readTree(r.file().toFile());
    assertThat(root.get("@odata.context").asText()).endsWith("2.0.xml/Default/$metadata#Cases");
    JsonNode kase = root.get("value").get(0);
    assertThat(kase.get("CaseID").asText()).matches("\\{[0-9a-f-]{36}\\}");
    assertThat(kase.get("SourceApplicationName").asText()).isEqualTo("okju");
    JsonNode media = kase.get("Media");
    JsonNode flatRoot = JSON.readTree(flat.file().toFile());
    assertThat(flatRoot.get("@odata.context").asText()).endsWith("$metadata#Media");
    assertThat(flatRoot.get("value")).isEqualTo(media);
    assertThat(media.isArray()).isTrue();
    assertThat(media).hasSize(7);
    Set<Long> ids = new HashSet<>();
    for (JsonNode m : media) {
      ids.add(m.get("MediaID").asLong());
      assertThat(m.get("Category").asInt()).isZero();
      assertThat(m.get("IsPrecategorized").asBoolean()).isFalse();
      assertThat(m.get("MediaFiles")).isNotEmpty();
    }
    assertThat(ids).hasSize(7);
    JsonNode beach = media.get(0);
    assertThat(beach.get("MediaFiles").get(0).get("FileName").asText()).isEqualTo("beach.png");
    assertThat(beach.findValuesAsText("HashName")).containsExactly("SHA256", "PDQ");
    assertThat(Files.readString(r.file())).doesNotContain("Jane Roe");
    // The same case exports the same case GUID again.
    CaseExporter.Result again = export(ExportFormat.VICS2, "vics-again.json", LedgerEntities.NONE);
    assertThat(JSON.readTree(again.file().toFile()).at("/value/0/CaseID"))
        .isEqualTo(kase.get("CaseID"));

    // The schema is not a formality: a misspelt field, a lower-case MD5 and a missing MediaID fail.
    Path bad = tmp.resolve("bad.json");
    Files.writeString(
        bad,
        Files.readString(flat.file())
            .replaceFirst("\"MediaSize\"", "\"MediaSise\"")
            .replaceFirst("\"MediaID\" : 1,", ""));
    assertThat(schema.problems(bad)).isNotEmpty();
  }

  @Test
  void followTheMoneyLinesAreValidEntitiesOfTheModelWithResolvableReferences() throws Exception {
    LedgerEntities ledger =
        () ->
            List.of(
                FtmEntity.of("okju-person-v-001", "Person", Map.of("name", List.of("V-001"))),
                FtmEntity.of(
                    "okju-doc-v-001",
                    "Documentation",
                    Map.of(
                        "document", List.of("okju-item-4"),
                        "entity", List.of("okju-person-v-001"),
                        "role", List.of("named in"))));
    Path out = export(ExportFormat.FTM, "case.ftm.json", ledger).file();
    List<JsonNode> entities = new ArrayList<>();
    for (String line : Files.readAllLines(out)) {
      entities.add(JSON.readTree(line));
    }
    assertThat(entities).hasSize(1 + 7 + 2);
    // Every entity against the FollowTheMoney model's own schema files (shared/ontologies).
    assertThat(FtmModel.shared().problems(entities)).isEmpty();
    assertThat(entities.stream().map(e -> e.get("schema").asText()))
        .contains("Folder", "Image", "Video", "PlainText", "Package");
    assertThat(Files.readString(out)).doesNotContain("Jane Roe");
  }

  @Test
  void csvHasAHeaderAndOneQuotedRowPerItem() throws Exception {
    Path out = export(ExportFormat.CSV, "catalogue.csv", LedgerEntities.NONE).file();
    String csv = Files.readString(out);
    String[] lines = csv.split("\r\n");
    assertThat(lines[0]).isEqualTo(CsvExport.HEADER);
    assertThat(lines).hasSize(1 + 7);
    assertThat(lines[1]).startsWith("1,1,,beach.png,").contains(sha256Of("beach.png"));
    assertThat(lines[2]).startsWith("2,1,,\"[name withheld: item 2, .png]\",");
    assertThat(CsvExport.field("a,b\"c")).isEqualTo("\"a,b\"\"c\"");
    assertThat(CsvExport.field("plain")).isEqualTo("plain");
  }

  @Test
  void everyExportIsLoggedWithItsSha256AndLeavesNoPartialFile() throws Exception {
    for (ExportFormat f : ExportFormat.values()) {
      CaseExporter.Result r = export(f, "out-" + f.word(), LedgerEntities.NONE);
      try (CaseStore store = fixture.open()) {
        CustodyEntry last = store.custody().head().orElseThrow();
        assertThat(last.action()).isEqualTo(CaseExporter.EXPORT_WRITTEN);
        assertThat(last.parametersJson()).contains("\"format\":\"" + f.word() + "\"");
        assertThat(last.outputs().get("export"))
            .isEqualTo(Sha256.of(CaseFixture.digest("SHA-256", Files.readAllBytes(r.file()))));
      }
    }
    try (Stream<Path> files = Files.list(tmp)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".partial"));
    }
  }

  private String sha256Of(String name) throws Exception {
    return Sha256.of(
            CaseFixture.digest("SHA-256", Files.readAllBytes(fixture.evidence.resolve(name))))
        .toHex();
  }
}
