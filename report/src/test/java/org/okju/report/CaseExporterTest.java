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
    String kb = JSON.readTree(out.toFile()).get("@context").get("kb").asText();
    assertThat(quads)
        .contains(new Quad(kb + "file-1", RDF_TYPE, UCO + "observable/File", null))
        .contains(
            new Quad(
                kb + "file-1-file-facet",
                UCO + "observable/fileName",
                "beach.png",
                "http://www.w3.org/2001/XMLSchema#string"))
        .contains(
            new Quad(
                kb + "file-1-content-facet", UCO + "observable/hash", kb + "file-1-sha256", null))
        .contains(
            new Quad(kb + "provenance-source-1", RDF_TYPE, CASE_INV + "ProvenanceRecord", null))
        .contains(
            new Quad(kb + "action-3", UCO + "action/result", kb + "provenance-source-1", null));
    String sha = sha256Of("beach.png");
    assertThat(quads)
        .contains(
            new Quad(
                kb + "file-1-sha256",
                UCO + "types/hashValue",
                sha,
                "http://www.w3.org/2001/XMLSchema#hexBinary"))
        .contains(
            new Quad(
                kb + "file-1-sha256",
                UCO + "types/hashMethod",
                "SHA256",
                UCO + "vocabulary/HashNameVocab"));
    long actions =
        quads.stream()
            .filter(q -> q.p().equals(RDF_TYPE) && q.o().equals(CASE_INV + "InvestigativeAction"))
            .count();
    assertThat(actions).as("one action per custody entry at export time").isEqualTo(3);
    assertThat(quads.stream().map(Quad::o)).noneMatch(o -> o.contains("Jane Roe"));
  }

  @Test
  void vics2IsTheODataMediaShapeWithOneMediaPerContent() throws Exception {
    CaseExporter.Result r = export(ExportFormat.VICS2, "vics.json", LedgerEntities.NONE);
    JsonNode root = JSON.readTree(r.file().toFile());
    assertThat(root.get("@odata.context").asText()).endsWith("2.0.xml/Default/$metadata#Media");
    JsonNode media = root.get("value");
    assertThat(media.isArray()).isTrue();
    assertThat(media).hasSize(7);
    Set<Long> ids = new HashSet<>();
    for (JsonNode m : media) {
      ids.add(m.get("MediaID").asLong());
      assertThat(m.get("MD5").asText()).matches("[0-9A-F]{32}");
      assertThat(m.get("SHA1").asText()).matches("[0-9A-F]{40}");
      assertThat(m.get("Category").asInt()).isZero();
      assertThat(m.get("IsPrecategorized").asBoolean()).isFalse();
      assertThat(m.get("MediaSize").isIntegralNumber()).isTrue();
      assertThat(m.get("MediaFiles")).isNotEmpty();
    }
    assertThat(ids).hasSize(7);
    JsonNode beach = media.get(0);
    assertThat(beach.get("MediaFiles").get(0).get("FileName").asText()).isEqualTo("beach.png");
    assertThat(beach.findValuesAsText("HashName")).containsExactly("SHA256", "PDQ");
    assertThat(Files.readString(r.file())).doesNotContain("Jane Roe");
  }

  // Properties of the followthemoney model (followthemoney/schema/*.yaml) the export uses, by
  // schema; a document schema inherits Document's.
  static final Set<String> DOCUMENT_PROPERTIES =
      Set.of("fileName", "fileSize", "mimeType", "contentHash", "parent", "title");
  static final Map<String, Set<String>> FTM_MODEL =
      Map.of(
          "Folder", DOCUMENT_PROPERTIES,
          "Document", DOCUMENT_PROPERTIES,
          "Image", DOCUMENT_PROPERTIES,
          "Video", DOCUMENT_PROPERTIES,
          "PlainText", DOCUMENT_PROPERTIES,
          "Package", DOCUMENT_PROPERTIES,
          "Person", Set.of("name", "alias", "notes"),
          "Documentation", Set.of("document", "entity", "role"));
  static final Set<String> REFERENCES = Set.of("parent", "document", "entity");

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
    Set<String> ids = entities.stream().map(e -> e.get("id").asText()).collect(Collectors.toSet());
    assertThat(ids).hasSize(entities.size());
    for (JsonNode e : entities) {
      String schema = e.get("schema").asText();
      assertThat(FTM_MODEL).containsKey(schema);
      e.get("properties")
          .fields()
          .forEachRemaining(
              p -> {
                assertThat(FTM_MODEL.get(schema)).as(schema).contains(p.getKey());
                assertThat(p.getValue().isArray()).isTrue();
                p.getValue().forEach(v -> assertThat(v.isTextual()).isTrue());
                if (REFERENCES.contains(p.getKey())) {
                  p.getValue().forEach(v -> assertThat(ids).contains(v.asText()));
                }
              });
    }
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
