package org.okju.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.okju.casefile.CaseLocation;
import org.okju.casefile.CaseStore;
import org.okju.casefile.TestDatabases;

/**
 * The whole path on each store, through the command line only: ingest, files, copies, ledger, hash
 * sets, match, verify, report and export, with the case named as a user names it (a directory, or
 * {@code postgresql://user@host:port/db} on a real server the test starts).
 */
class CaseEndToEndTest {
  @TempDir Path tmp;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"sqlite", "postgresql"})
  void everyVerbWorksOnTheCaseTheUserNamed(String store) throws Exception {
    String kase = store.equals("sqlite") ? tmp.resolve("case").toString() : postgresUrl();
    Path drive = drive();

    CliRun ingest = CliRun.of("ingest", drive.toString(), "--case", kase, "--user", "inv1");
    assertThat(ingest.exitCode()).as(ingest.err()).isZero();
    assertThat(ingest.out()).contains("complete: 3 items");

    CliRun files = CliRun.of("files", "--case", kase);
    assertThat(files.outLines()).hasSize(4);
    assertThat(files.out()).contains("bridge.jpg").contains("diary.txt").contains("small.jpg");

    CliRun copies = CliRun.of("copies", "--case", kase, "--user", "inv1");
    assertThat(copies.exitCode()).as(copies.err()).isZero();
    assertThat(copies.out()).contains("1 tapes, 1 copies");

    CliRun extract =
        CliRun.of("ledger", "extract", "--from-case", "--case", kase, "--user", "inv1");
    assertThat(extract.exitCode()).as(extract.err()).isZero();
    assertThat(extract.out()).contains("diary.txt: ");
    CliRun confirm = CliRun.of("ledger", "confirm", "F1", "--case", kase, "--user", "inv2");
    assertThat(confirm.exitCode()).as(confirm.err()).isZero();
    assertThat(confirm.out()).isEqualTo("confirmed F1 (1 fact) as inv2" + System.lineSeparator());

    Path list = tmp.resolve("known.txt");
    String pdq = CliRun.of("pdq", drive.resolve("bridge.jpg").toString()).out().split(",", -1)[0];
    Files.writeString(list, "pdq " + pdq + "\n");
    CliRun imported =
        CliRun.of(
            "hashset",
            "import",
            list.toString(),
            "--name",
            "partner",
            "--kind",
            "known-bad",
            "--case",
            kase,
            "--user",
            "inv1");
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    CliRun match = CliRun.of("match", "--case", kase, "--user", "inv1");
    assertThat(match.exitCode()).as(match.err()).isZero();
    assertThat(match.out()).contains("2 matches, 2 files, 1 tapes");

    CliRun verify = CliRun.of("verify", "--case", kase, "--user", "inv1");
    assertThat(verify.exitCode()).as(verify.out() + verify.err()).isZero();
    assertThat(verify.out()).contains("Everything checked holds.");

    Path report = tmp.resolve("report.html");
    CliRun r = CliRun.of("report", "--case", kase, "--out", report.toString(), "--user", "inv1");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(Files.readString(report)).contains("T-001").contains("Chain of custody");

    CliRun export =
        CliRun.of(
            "export",
            "--format",
            "csv",
            "--out",
            tmp.resolve("c.csv").toString(),
            "--case",
            kase,
            "--user",
            "inv1");
    assertThat(export.exitCode()).as(export.err()).isZero();

    // Everything went to the store named, nothing beside it.
    try (CaseStore s = CaseStore.openExisting(CaseLocation.parse(kase))) {
      assertThat(s.sources().all()).hasSize(1);
      assertThat(s.copies().tapes()).hasSize(1);
      assertThat(s.custody().verifyChain().intact()).isTrue();
      try (java.util.stream.Stream<org.okju.casefile.CustodyEntry> log = s.custody().stream()) {
        assertThat(log.map(e -> e.user()).distinct()).containsExactlyInAnyOrder("inv1", "inv2");
      }
    }
    assertThat(Files.exists(Path.of("postgresql:"))).isFalse();
  }

  /** A new database on the test server, as a user types it: postgresql://user@host:port/db. */
  static String postgresUrl() throws Exception {
    String jdbc = ((CaseLocation.Server) TestDatabases.postgresql()).jdbcUrl();
    Matcher m = Pattern.compile("jdbc:postgresql://([^/]+)/([^?]+)\\?user=(\\w+)").matcher(jdbc);
    assertThat(m.matches()).as(jdbc).isTrue();
    return "postgresql://" + m.group(3) + "@" + m.group(1) + "/" + m.group(2);
  }

  private Path drive() throws Exception {
    Path drive = Files.createDirectories(tmp.resolve("drive"));
    Path photos = CliRun.vectors().resolve("pdq/data/bridge-mods");
    Files.copy(photos.resolve("aaa-orig.jpg"), drive.resolve("bridge.jpg"));
    Files.copy(photos.resolve("shrink-a-little.jpg"), drive.resolve("small.jpg"));
    Files.writeString(
        drive.resolve("diary.txt"),
        "2023-05-03\nPaid Kim 300,000 won for the pills.\n",
        StandardCharsets.UTF_8);
    return drive;
  }
}
