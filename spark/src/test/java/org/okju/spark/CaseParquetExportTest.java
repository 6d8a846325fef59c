package org.okju.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.okju.casefile.CaseLocation;
import org.okju.casefile.CaseStore;
import org.okju.casefile.Copies;
import org.okju.casefile.CustodyEntry;
import org.okju.casefile.Item;
import org.okju.casefile.Sha256;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseParquetExportTest {
  @TempDir static Path tmp;
  SparkCase c;
  Path drive;
  Path fingerprints;
  CaseLocation caseDir;
  long sensitiveItem;

  @BeforeAll
  void ingestGroupAndFingerprintTheSameTree() throws Exception {
    c = SparkCase.get();
    drive = c.drive;
    fingerprints = c.fingerprints;
    caseDir = c.location;
    sensitiveItem = c.sensitiveItem;
  }

  private CaseParquetExport.Result export(String name) throws Exception {
    try (CaseStore store = CaseStore.openExisting(caseDir)) {
      return new CaseParquetExport(LocalSpark.session())
          .export(store, tmp.resolve(name), "examiner", "dev");
    }
  }

  private static List<Row> read(Path dir) {
    return LocalSpark.session().read().parquet(dir.toString()).collectAsList();
  }

  @Test
  void everyItemIsTheRowOkjuSparkFingerprintWritesForTheSameFileWithItsTape() throws Exception {
    CaseParquetExport.Result r = export("case.parquet");
    String withheld = "[name withheld: item " + sensitiveItem + ".jpg]";

    Map<String, String> spark = new TreeMap<>();
    for (Row row : read(fingerprints)) {
      spark.put(row.<String>getAs("path"), FingerprintJobTest.describe(row));
    }
    Map<String, String> exported = new TreeMap<>();
    Map<String, String> tapes = new TreeMap<>();
    for (Row row : read(r.dir())) {
      String path = row.getAs("path");
      exported.put(path, FingerprintJobTest.describe(row));
      tapes.put(path, row.getAs("tape") + "/" + row.getAs("relation"));
    }
    assertThat(r.rows()).isEqualTo(spark.size());
    String softPath = drive.resolve("DCIM/soft.jpg").toString();
    // The whole path inside the source is withheld, as in the report and the other exports.
    String hiddenPath = drive.resolve(withheld).toString();
    assertThat(exported).containsKey(hiddenPath).doesNotContainKey(softPath);
    // The withheld file's content columns are those of the file, its metadata says why it is
    // hidden.
    assertThat(exported.remove(hiddenPath))
        .startsWith(spark.remove(softPath).replaceAll(" metadata=.*", ""))
        .contains(CaseRows.SENSITIVE_NAME + "=true");
    assertThat(exported).isEqualTo(spark);

    Map<String, String> stored = new HashMap<>();
    try (CaseStore store = CaseStore.openExisting(caseDir)) {
      for (Copies.Tape t : store.copies().tapes()) {
        for (Copies.Member m : t.members()) {
          Item i = store.items().find(m.item()).orElseThrow();
          String path =
              i.id().value() == sensitiveItem
                  ? hiddenPath
                  : i.parent().isPresent()
                      ? drive.resolve("backup.zip") + "!/" + i.path().display()
                      : drive.resolve(i.path().display()).toString();
          stored.put(path, t.id() + "/" + m.relation());
        }
      }
    }
    assertThat(stored).hasSizeGreaterThanOrEqualTo(2);
    stored.forEach((path, tape) -> assertThat(tapes).containsEntry(path, tape));
    assertThat(tapes.values().stream().filter(t -> !t.equals("null/null")).count())
        .isEqualTo(stored.size());
    // The two byte-identical photos are one tape: one its representative, the other identical.
    String a = tapes.get(drive.resolve("DCIM/bridge.jpg").toString());
    String b = tapes.get(drive.resolve("DCIM/bridge-2.jpg").toString());
    String tapeA = a.substring(0, a.indexOf('/'));
    assertThat(b.substring(0, b.indexOf('/'))).isEqualTo(tapeA).isNotEqualTo("null");
    assertThat(Set.of(a.substring(a.indexOf('/') + 1), b.substring(b.indexOf('/') + 1)))
        .containsExactlyInAnyOrder("representative", "identical");
  }

  @Test
  void aSensitiveNameIsNowhereInTheTable() throws Exception {
    CaseParquetExport.Result r = export("private.parquet");
    assertThat(read(r.dir()))
        .isNotEmpty()
        .allSatisfy(row -> assertThat(row.mkString("|")).doesNotContain("soft.jpg"));
  }

  @Test
  void theExportIsLoggedWithEachFileItsSha256AndRefusedOverAnExistingTable() throws Exception {
    CaseParquetExport.Result r = export("logged.parquet");
    try (Stream<Path> files = Files.list(r.dir())) {
      assertThat(files.map(f -> f.getFileName().toString()).sorted().toList())
          .containsExactlyElementsOf(r.files().keySet());
    }
    assertThat(r.files().keySet()).contains("_SUCCESS").anyMatch(n -> n.endsWith(".parquet"));
    CustodyEntry head;
    long entries;
    try (CaseStore store = CaseStore.openExisting(caseDir)) {
      head = store.custody().head().orElseThrow();
      try (Stream<CustodyEntry> all = store.custody().stream()) {
        entries = all.count();
      }
    }
    assertThat(head.action()).isEqualTo("export-written");
    assertThat(head.user()).isEqualTo("examiner");
    assertThat(head.parametersJson()).contains("\"format\":\"parquet\"");
    for (Map.Entry<String, Sha256> f : r.files().entrySet()) {
      assertThat(head.outputs())
          .containsEntry(f.getKey(), CaseParquetExport.sha256(r.dir().resolve(f.getKey())));
    }
    assertThatThrownBy(() -> export("logged.parquet"))
        .isInstanceOf(FileAlreadyExistsException.class);
    try (CaseStore store = CaseStore.openExisting(caseDir);
        Stream<CustodyEntry> all = store.custody().stream()) {
      assertThat(all.count()).isEqualTo(entries);
    }
    try (Stream<Path> left = Files.list(tmp)) {
      assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".partial-"));
    }
  }

  @Test
  void theExportedCaseIsTheReferenceSideOfOkjuSparkMatchWithItsTapes() throws Exception {
    CaseParquetExport.Result r = export("reference.parquet");
    Path out = tmp.resolve("matches.parquet");
    new MatchJob(LocalSpark.session())
        .run(
            new MatchJob.Settings(
                List.of(r.dir().toString()),
                List.of(fingerprints.toString()),
                out,
                31,
                -1,
                MatchJob.DEFAULT_BROADCAST_MAX_VIEWS,
                false));
    List<Row> rows = read(out);
    String bridge = drive.resolve("DCIM/bridge.jpg").toString();
    assertThat(rows)
        .anySatisfy(
            row -> {
              assertThat(row.<String>getAs("query_path")).isEqualTo(bridge);
              assertThat(row.<String>getAs("reference_path")).isEqualTo(bridge);
              assertThat(row.<String>getAs("tape")).isNotNull();
            });
  }
}
