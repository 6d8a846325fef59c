package org.okju.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One way to name a case: a directory or a PostgreSQL URL, never a new case by mistake. */
class CaseOptionTest {
  @TempDir Path tmp;

  @Test
  void aMistypedCaseIsBadUsageAndCreatesNothing() {
    Path typo = tmp.resolve("typo");
    for (String[] verb :
        new String[][] {
          {"files"},
          {"ledger"},
          {"copies"},
          {"verify"},
          {"match"},
          {"hashset", "list"},
          {"network"},
          {"timeline"},
          {"ledger", "ftm"},
          {"ledger", "confirm", "F1"},
          {"report", "--out", tmp.resolve("r.html").toString()},
          {"export", "--format", "csv", "--out", tmp.resolve("e.csv").toString()},
        }) {
      String[] args = append(verb, "--case", typo.toString());
      CliRun run = CliRun.of(args);
      String name = String.join(" ", verb);
      assertThat(run.exitCode()).as(name + ": " + run.err()).isEqualTo(ExitCode.USAGE);
      assertThat(run.err())
          .as(name)
          .endsWith(
              ": no case at " + typo + ", create it with okju ingest" + System.lineSeparator());
      assertThat(Files.exists(typo)).as(name + " created the case").isFalse();
    }
  }

  @Test
  void aUrlIsNeverADirectoryName() {
    for (String url :
        new String[] {
          "mysql://investigator@localhost/okjucase",
          "postgresql:/investigator@localhost:5544/okjucase",
          "postgres:okjucase",
          "https://example.org/case",
        }) {
      CliRun run = CliRun.of("ingest", tmp.toString(), "--case", url);
      assertThat(run.exitCode()).as(url).isEqualTo(ExitCode.USAGE);
      assertThat(run.err()).as(url).contains("not a case location");
    }
    assertThat(Files.exists(Path.of("postgresql:"))).isFalse();
    assertThat(Files.exists(Path.of("mysql:"))).isFalse();
  }

  @Test
  void anUnreachableServerIsAFailureNotAMissingCase() {
    // Port 1 on this machine: nothing listens there.
    CliRun run = CliRun.of("files", "--case", "postgresql://nobody@127.0.0.1:1/okjucase");
    assertThat(run.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(run.err()).startsWith("okju files: cannot reach the case database");
  }

  @Test
  void theOldDbOptionStillNamesTheCaseButIsNotAdvertised() throws Exception {
    Path src = Files.createDirectories(tmp.resolve("src"));
    Files.writeString(src.resolve("notes.txt"), "fictional notes\n");
    Path kase = tmp.resolve("case");
    assertThat(CliRun.of("ingest", src.toString(), "--db", kase.toString()).exitCode()).isZero();
    assertThat(kase.resolve("case.db")).isRegularFile();
    assertThat(CliRun.of("files", "--db", kase.toString()).out()).contains("notes.txt");
    assertThat(CliRun.of("files", "--help").out()).contains("--case").doesNotContain("--db");
  }

  static String[] append(String[] head, String... tail) {
    String[] all = new String[head.length + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return all;
  }
}
