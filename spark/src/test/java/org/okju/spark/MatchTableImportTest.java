package org.okju.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.okju.casefile.CaseStore;
import org.okju.casefile.CustodyEntry;
import org.okju.casefile.HashSets;
import org.okju.casefile.Item;
import org.okju.copies.HashSetMatcher;
import org.okju.testkit.ImageEdits;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MatchTableImportTest {
  @TempDir static Path tmp;
  SparkCase c;

  @BeforeAll
  void theCase() throws Exception {
    c = SparkCase.get();
  }

  private Path match(List<String> reference, List<String> queries, String name) throws Exception {
    Path out = tmp.resolve(name);
    new MatchJob(LocalSpark.session())
        .run(
            new MatchJob.Settings(
                reference, queries, out, 31, -1, MatchJob.DEFAULT_BROADCAST_MAX_VIEWS, false));
    return out;
  }

  private MatchTableImport.Result importTable(Path table, String name) throws Exception {
    try (CaseStore store = c.open()) {
      return new MatchTableImport(store)
          .run(new MatchTable(LocalSpark.session(), table), name, "known-bad", "examiner", "dev");
    }
  }

  /** The stored matches of a set as "sha256 kind hash distance" lines. */
  private Set<String> matchesOf(String set) {
    Set<String> out = new TreeSet<>();
    try (CaseStore store = c.open()) {
      long id = store.hashSets().find(set).orElseThrow().id();
      for (HashSets.Match m : store.hashSets().matches()) {
        if (m.hashSet() == id) {
          Item i = store.items().find(m.item()).orElseThrow();
          out.add(
              i.digests().sha256().orElseThrow().toHex()
                  + " "
                  + m.hashKind()
                  + " "
                  + m.hash()
                  + " "
                  + m.distance());
        }
      }
    }
    return out;
  }

  private long custodyEntries() {
    try (CaseStore store = c.open();
        Stream<CustodyEntry> all = store.custody().stream()) {
      return all.count();
    }
  }

  @Test
  void aPartnerListsMatchesBecomeTheCasesHashSetMatchesAndTheSameTableAgainChangesNothing()
      throws Exception {
    Path pdqs = tmp.resolve("partner.pdq");
    Path md5s = tmp.resolve("partner.md5");
    try (CaseStore store = c.open();
        Stream<Item> items = store.items().streamAll()) {
      List<String> pdqLines = new ArrayList<>();
      List<String> md5Lines = new ArrayList<>();
      for (Item i : items.toList()) {
        String p = i.path().display();
        if (p.equals("street.jpg") || p.equals("DCIM/bridge.jpg")) {
          pdqLines.add("pdq " + store.fingerprints().image(i.id()).orElseThrow().pdq().toHex());
        }
        if (p.equals("diary.txt")) {
          md5Lines.add(i.digests().md5().orElseThrow().toHex() + "  " + p);
        }
      }
      pdqLines.add("pdq " + "0f".repeat(32));
      Files.write(pdqs, pdqLines, StandardCharsets.UTF_8);
      Files.write(md5s, md5Lines, StandardCharsets.UTF_8);
    }
    Path table =
        match(
            List.of(pdqs.toString(), md5s.toString()),
            List.of(c.fingerprints.toString()),
            "partner-matches.parquet");
    Set<String> rows = new TreeSet<>();
    for (Row r : LocalSpark.session().read().parquet(table.toString()).collectAsList()) {
      rows.add(
          r.getAs("query_sha256")
              + " "
              + r.getAs("match")
              + " "
              + r.getAs("reference_hash")
              + " "
              + r.getAs("distance"));
    }

    MatchTableImport.Result first = importTable(table, "partner");
    assertThat(first.alreadyImported()).isFalse();
    assertThat(first.problems()).isZero();
    assertThat(first.outside()).isZero();
    // Every row is a match of the case's files (bridge.jpg and its copy bridge-2.jpg, street.jpg,
    // the diary), closest distance per file and hash.
    Set<String> stored = matchesOf("partner");
    assertThat(stored).isEqualTo(rowsClosest(rows)).hasSizeGreaterThanOrEqualTo(4);
    long logged = custodyEntries();
    try (CaseStore store = c.open()) {
      CustodyEntry head = store.custody().head().orElseThrow();
      assertThat(head.action()).isEqualTo(MatchTableImport.IMPORTED);
      assertThat(head.inputs()).containsEntry("table", first.tableSha256());
      assertThat(head.user()).isEqualTo("examiner");
      HashSets.HashSet set = store.hashSets().find("partner").orElseThrow();
      assertThat(set.format()).isEqualTo(MatchTableImport.FORMAT);
      assertThat(set.entries()).contains(first.rows());
    }

    MatchTableImport.Result again = importTable(table, "partner-again");
    assertThat(again.alreadyImported()).isTrue();
    assertThat(again.set().name()).isEqualTo("partner");
    assertThat(custodyEntries()).isEqualTo(logged);
    assertThat(matchesOf("partner")).isEqualTo(stored);
    try (CaseStore store = c.open()) {
      assertThat(store.hashSets().find("partner-again")).isEmpty();
    }

    // okju match, recomputing every set's matches from its entries, finds the same pairs.
    try (CaseStore store = c.open()) {
      new HashSetMatcher(store).run("examiner", "dev");
    }
    assertThat(matchesOf("partner")).containsAll(stored);
  }

  private static Set<String> rowsClosest(Set<String> rows) {
    java.util.Map<String, String> best = new java.util.TreeMap<>();
    for (String r : rows) {
      String key = r.substring(0, r.lastIndexOf(' '));
      best.merge(
          key,
          r,
          (a, b) ->
              Integer.parseInt(b.substring(b.lastIndexOf(' ') + 1))
                      < Integer.parseInt(a.substring(a.lastIndexOf(' ') + 1))
                  ? b
                  : a);
    }
    return new TreeSet<>(best.values());
  }

  @Test
  void theCasesTapesFoundInACrawlBecomeMatchesOfTheTapesFilesSayingWhere() throws Exception {
    Path exported = tmp.resolve("case-export.parquet");
    try (CaseStore store = c.open()) {
      new CaseParquetExport(LocalSpark.session()).export(store, exported, "examiner", "dev");
    }
    Path crawl = Files.createDirectories(tmp.resolve("crawl"));
    BufferedImage bridge =
        ImageEdits.rgb(ImageIO.read(c.drive.resolve("DCIM/bridge.jpg").toFile()));
    Files.write(crawl.resolve("reupload.png"), ImageEdits.png(ImageEdits.flipHorizontal(bridge)));
    Files.copy(
        LocalSpark.photo("reg-test-input/labelme-subset/q1050.jpg"), crawl.resolve("other.jpg"));
    Path crawlTable = tmp.resolve("crawl.parquet");
    new FingerprintJob(LocalSpark.session())
        .run(new FingerprintJob.Settings(List.of(crawl), crawlTable, 1.0, 2, false));
    Path table =
        match(List.of(exported.toString()), List.of(crawlTable.toString()), "seen.parquet");

    MatchTableImport.Result r = importTable(table, "crawl-2026-12");
    assertThat(r.matches()).isGreaterThanOrEqualTo(2); // bridge.jpg and its identical copy
    try (CaseStore store = c.open()) {
      long id = store.hashSets().find("crawl-2026-12").orElseThrow().id();
      Set<String> matched = new TreeSet<>();
      for (HashSets.Match m : store.hashSets().matches()) {
        if (m.hashSet() == id) {
          matched.add(store.items().find(m.item()).orElseThrow().path().display());
          assertThat(m.distance()).isLessThanOrEqualTo(31);
        }
      }
      assertThat(matched).contains("DCIM/bridge.jpg", "DCIM/bridge-2.jpg");
    }
  }

  @Test
  void badRowsAreNamedByFileAndRowAndTheRestIsImported() throws Exception {
    String sha256;
    try (CaseStore store = c.open();
        Stream<Item> items = store.items().streamAll()) {
      sha256 =
          items
              .filter(i -> i.path().display().equals("diary.txt"))
              .findFirst()
              .orElseThrow()
              .digests()
              .sha256()
              .orElseThrow()
              .toHex();
    }
    List<Row> rows =
        List.of(
            row(sha256, "sha256", sha256, 0),
            row(sha256, "crc32", sha256, 0),
            row(sha256, "pdq", "XYZ", 3),
            row("ab".repeat(32), "sha256", "ab".repeat(32), 0));
    Path table = tmp.resolve("hand-made.parquet");
    LocalSpark.session()
        .createDataFrame(rows, MatchSchema.SCHEMA)
        .coalesce(1)
        .write()
        .parquet(table.toString());

    MatchTableImport.Result r = importTable(table, "hand-made");
    assertThat(r.rows()).isEqualTo(4);
    assertThat(r.problems()).isEqualTo(2);
    assertThat(r.outside()).isEqualTo(1);
    assertThat(r.matches()).isEqualTo(1);
    assertThat(r.firstProblems())
        .extracting(BadMatchRow::row, BadMatchRow::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2L, "match"),
            org.assertj.core.groups.Tuple.tuple(3L, "query_hash"));
    assertThat(r.firstProblems().get(0).file()).endsWith(".parquet").startsWith("part-");
  }

  private static Row row(String sha256, String match, String hash, int distance) {
    return RowFactory.create(
        "/crawl/x.bin",
        sha256,
        hash,
        "/known/y.bin",
        hash.length() == 64 ? hash : null,
        null,
        null,
        hash,
        "T-001",
        distance,
        match,
        match,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  @Test
  void aCorruptTableFailsNamingItsFileAndStoresNothing() throws Exception {
    Path table = Files.createDirectories(tmp.resolve("corrupt.parquet"));
    Path part = table.resolve("part-00000-x.snappy.parquet");
    Files.write(
        part, "PAR1 this is not a Parquet file at all PAR1".getBytes(StandardCharsets.UTF_8));
    long logged = custodyEntries();
    assertThatThrownBy(() -> importTable(table, "corrupt"))
        .isInstanceOf(MatchTableException.class)
        .hasMessageContaining(part.toString());
    try (CaseStore store = c.open()) {
      assertThat(store.hashSets().find("corrupt")).isEmpty();
    }
    assertThat(custodyEntries()).isEqualTo(logged);
  }
}
