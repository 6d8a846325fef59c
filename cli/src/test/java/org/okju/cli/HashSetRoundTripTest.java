package org.okju.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.casefile.CaseLocation;
import org.okju.casefile.CaseStore;
import org.okju.casefile.CustodyEntry;
import org.okju.casefile.HashSets;
import org.okju.copies.TakedownExport;

/**
 * Every list okju writes imports back with {@code okju hashset import} (format detected) and
 * matches what it was made from; a failed import leaves nothing; a set can be removed (logged); a
 * list of 64-digit hex values is only read once the user says PDQ or SHA-256.
 */
class HashSetRoundTripTest {
  @TempDir Path tmp;
  Path drive;
  String kase;

  @BeforeEach
  void ingestAPhotoItsCopyAndAnotherPhoto() throws Exception {
    drive = Files.createDirectories(tmp.resolve("drive"));
    Path vectors = CliRun.vectors().resolve("pdq/data");
    Files.copy(vectors.resolve("bridge-mods/aaa-orig.jpg"), drive.resolve("bridge.jpg"));
    Files.copy(vectors.resolve("bridge-mods/shrink-a-little.jpg"), drive.resolve("small.jpg"));
    Files.copy(vectors.resolve("reg-test-input/pen-and-coaster.png"), drive.resolve("pen.png"));
    kase = tmp.resolve("case").toString();
    assertThat(CliRun.of("ingest", drive.toString(), "--case", kase).exitCode()).isZero();
    // Every medium is in a tape: the photo with its copy, and the other photo on its own.
    assertThat(CliRun.of("copies", "--case", kase).out()).contains("2 tapes, 1 copies");
  }

  @Test
  void okjuPdqOutputImportsBackAndMatchesTheImagesItWasMadeFrom() throws Exception {
    for (boolean dihedral : new boolean[] {false, true}) {
      CliRun pdq =
          dihedral
              ? CliRun.of("pdq", "--dihedral", drive.resolve("bridge.jpg").toString())
              : CliRun.of("pdq", drive.resolve("bridge.jpg").toString());
      Path list = Files.writeString(tmp.resolve("pdq-" + dihedral + ".csv"), pdq.out());
      String name = dihedral ? "dihedral" : "plain";
      CliRun imported = importSet(list, name);
      assertThat(imported.exitCode()).as(imported.err()).isZero();
      // Each orientation's hash is an entry of its own.
      assertThat(imported.out())
          .startsWith(
              "imported hash set "
                  + name
                  + " (known-bad, okju-pdq): "
                  + (dihedral ? "8 records, 8 hashes" : "1 records, 1 hashes"));
    }
    CliRun match = CliRun.of("match", "--case", kase);
    assertThat(match.out()).contains("bridge.jpg\tplain").contains("small.jpg\tdihedral");
    assertThat(match.out()).doesNotContain("pen.png");
  }

  @Test
  void everyTakedownFormatImportsBackDetectedAndMatchesTheTapesCopies() throws Exception {
    for (String format : TakedownExport.FORMATS.keySet()) {
      Path out = tmp.resolve("takedown-" + format);
      CliRun export =
          CliRun.of(
              "export", "takedown", "--case", kase, "--format", format, "--out", out.toString());
      assertThat(export.exitCode()).as(format + ": " + export.err()).isZero();
      CliRun imported = importSet(out, "back-" + format);
      assertThat(imported.exitCode()).as(format + ": " + imported.err()).isZero();
      assertThat(imported.out()).as(format).contains(" 0 malformed");
    }
    CliRun match = CliRun.of("match", "--case", kase, "--json");
    for (String format : TakedownExport.FORMATS.keySet()) {
      for (String file : List.of("bridge.jpg", "small.jpg", "pen.png")) {
        assertThat(match.out())
            .as(format + " matches " + file)
            .containsPattern("\"path\":\"[^\"]*" + file + "\",\"set\":\"back-" + format + "\"");
      }
    }
  }

  @Test
  void anImportThatReadsNothingLeavesNothingAndTheNameStaysFree() throws Exception {
    // okju pdq's output read as an HMA PDQ list: not one line is "pdq HEX".
    Path list = Files.writeString(tmp.resolve("p.csv"), pdqOf("bridge.jpg") + ",100,b.jpg\n");
    CliRun failed = importSet(list, "partner", "--format", "pdq-list");
    assertThat(failed.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(failed.err())
        .startsWith("okju hashset import: nothing imported: " + list + " has no pdq-list record")
        .contains("line 1: not \"pdq HEX\"");
    try (CaseStore store = store()) {
      assertThat(store.hashSets().list()).isEmpty();
      assertThat(actions(store)).doesNotContain("hashset-imported");
    }
    assertThat(importSet(list, "partner").exitCode()).isZero();
  }

  @Test
  void anImportKilledHalfWayLeavesNothingAndTheNameStaysFree() throws Exception {
    Path big = tmp.resolve("big.md5");
    try (var w = Files.newBufferedWriter(big, StandardCharsets.US_ASCII)) {
      for (int i = 0; i < 2_000_000; i++) {
        w.write(String.format("%032x  file-%d%n", i, i));
      }
    }
    Path logs = tmp.resolve("import");
    Process p =
        OkjuProcess.start(
            logs,
            "hashset",
            "import",
            big.toString(),
            "--name",
            "partner",
            "--kind",
            "known-bad",
            "--case",
            kase);
    Thread.sleep(3000);
    assertThat(p.isAlive()).as("the import must still be running to be killed").isTrue();
    p.destroyForcibly(); // kill -9
    p.waitFor();
    try (CaseStore store = store()) {
      assertThat(store.hashSets().list()).isEmpty();
      assertThat(actions(store)).doesNotContain("hashset-imported");
    }
    Path small =
        Files.writeString(
            tmp.resolve("s.md5"), md5("bridge.jpg") + "  x\n", StandardCharsets.UTF_8);
    assertThat(importSet(small, "partner").exitCode()).isZero();
  }

  @Test
  void aRemovedSetIsGoneWithItsMatchesItsNameIsFreeAndTheRemovalIsLogged() throws Exception {
    Path list =
        Files.writeString(
            tmp.resolve("l.md5"), md5("bridge.jpg") + "  x\n", StandardCharsets.UTF_8);
    assertThat(importSet(list, "partner").exitCode()).isZero();
    assertThat(CliRun.of("match", "--case", kase).out()).contains("1 matches");
    CliRun removed = CliRun.of("hashset", "remove", "partner", "--case", kase, "--user", "inv1");
    assertThat(removed.exitCode()).as(removed.err()).isZero();
    assertThat(removed.out())
        .isEqualTo(
            "removed hash set partner (known-bad, md5sum, 1 records) as inv1"
                + System.lineSeparator());
    try (CaseStore store = store()) {
      assertThat(store.hashSets().list()).isEmpty();
      assertThat(store.hashSets().matches()).isEmpty();
      assertThat(actions(store)).contains("hashset-removed");
    }
    assertThat(importSet(list, "partner").exitCode()).isZero();
    CliRun again = CliRun.of("hashset", "remove", "nothing", "--case", kase);
    assertThat(again.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(again.err()).isEqualTo("okju hashset remove: no hash set named 'nothing'\n");
  }

  @Test
  void aListOf64DigitValuesIsReadOnlyOnceTheUserSaysPdqOrSha256() throws Exception {
    String pdq = CliRun.of("pdq", drive.resolve("bridge.jpg").toString()).out().split(",", -1)[0];
    Path list = Files.writeString(tmp.resolve("hashes.txt"), pdq + "\n", StandardCharsets.UTF_8);
    CliRun asked = importSet(list, "plain");
    assertThat(asked.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(asked.err()).contains("--kind pdq or --kind sha256");
    try (CaseStore store = store()) {
      assertThat(store.hashSets().list()).isEmpty();
    }
    CliRun told = importSet(list, "plain", "--kind", "known-bad,pdq");
    assertThat(told.exitCode()).as(told.err()).isZero();
    assertThat(told.out()).contains("(known-bad, hex-list as pdq): 1 records");
    assertThat(CliRun.of("match", "--case", kase).out())
        .contains("bridge.jpg\tplain")
        .contains("small.jpg\tplain");
    CliRun sha = importSet(list, "as-sha", "--kind", "known-bad", "--kind", "sha256");
    assertThat(sha.exitCode()).as(sha.err()).isZero();
    try (CaseStore store = store()) {
      assertThat(store.hashSets().find("as-sha").flatMap(HashSets.HashSet::entries)).contains(1L);
    }
    // Mixed with MD5 lines, the 64-digit values are a list of file digests: SHA-256.
    Path mixed =
        Files.writeString(
            tmp.resolve("mixed.txt"),
            md5("pen.png") + "\n" + sha256("bridge.jpg") + "\n",
            StandardCharsets.UTF_8);
    assertThat(importSet(mixed, "mixed").exitCode()).isZero();
    assertThat(CliRun.of("match", "--case", kase).out())
        .contains("pen.png\tmixed")
        .contains("bridge.jpg\tmixed");
    assertThat(importSet(mixed, "wrong", "--kind", "known-bad,pdq", "--format", "md5sum").err())
        .contains("is for plain hex lists");
  }

  private String pdqOf(String file) {
    return CliRun.of("pdq", drive.resolve(file).toString()).out().split(",", -1)[0];
  }

  private CliRun importSet(Path file, String name, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of("hashset", "import", file.toString(), "--name", name, "--case", kase));
    args.addAll(List.of(more));
    if (!args.contains("--kind")) {
      args.addAll(List.of("--kind", "known-bad"));
    }
    return CliRun.of(args.toArray(String[]::new));
  }

  private CaseStore store() {
    return CaseStore.openExisting(CaseLocation.directory(Path.of(kase)));
  }

  private static List<String> actions(CaseStore store) {
    try (Stream<CustodyEntry> log = store.custody().stream()) {
      return log.map(CustodyEntry::action).toList();
    }
  }

  private String md5(String file) {
    return digest(file, true);
  }

  private String sha256(String file) {
    return digest(file, false);
  }

  private String digest(String file, boolean md5) {
    try (CaseStore store = store();
        Stream<org.okju.casefile.Item> items = store.items().streamAll()) {
      org.okju.casefile.Item i =
          items.filter(x -> x.path().display().equals(file)).findFirst().orElseThrow();
      return md5
          ? i.digests().md5().orElseThrow().toHex()
          : i.digests().sha256().orElseThrow().toHex();
    }
  }
}
