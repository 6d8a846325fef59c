package org.okju.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.casefile.CaseLocation;
import org.okju.casefile.CaseStore;
import org.okju.casefile.CustodyEntry;

/** okju case sign --init turns on Ed25519 custody signing, and nothing writes unsigned after. */
class CaseSignTest {
  @TempDir Path tmp;

  @Test
  void signingTurnedOnSignsEveryLaterEntryAndAKeylessOkjuRefusesToWrite() throws Exception {
    Path src = Files.createDirectories(tmp.resolve("src"));
    Files.writeString(src.resolve("notes.txt"), "fictional notes\n");
    Path kase = tmp.resolve("case");
    String k = kase.toString();
    assertThat(CliRun.of("ingest", src.toString(), "--case", k).exitCode()).isZero();
    assertThat(CliRun.of("case", "sign", "--case", k).out())
        .isEqualTo("custody signing is off: okju case sign --init turns it on\n");

    CliRun on = CliRun.of("case", "sign", "--init", "--case", k, "--user", "inv1");
    assertThat(on.exitCode()).as(on.err()).isZero();
    assertThat(on.out())
        .startsWith("custody signing on: entries are signed with the Ed25519 key in " + k);
    assertThat(kase.resolve("custody-ed25519.key")).isRegularFile();
    assertThat(kase.resolve("custody-ed25519.pub")).isRegularFile();
    assertThat(CliRun.of("case", "sign", "--init", "--case", k).out())
        .startsWith("custody signing was already on");

    assertThat(CliRun.of("copies", "--case", k).exitCode()).isZero();
    List<CustodyEntry> log = log(kase);
    CustodyEntry started =
        log.stream()
            .filter(e -> e.action().equals("custody-signing-started"))
            .findFirst()
            .orElseThrow();
    assertThat(log.stream().filter(e -> e.seq() >= started.seq()))
        .allSatisfy(e -> assertThat(e.signature()).as(e.action()).isPresent());
    CliRun verify = CliRun.of("verify", "--case", k, "--json");
    assertThat(verify.exitCode()).as(verify.out()).isZero();
    assertThat(verify.out()).contains("\"signed\" : true");

    // Another machine's okju without the private key must not add an unsigned entry.
    Files.move(kase.resolve("custody-ed25519.key"), tmp.resolve("kept-elsewhere.key"));
    CliRun keyless = CliRun.of("copies", "--case", k);
    assertThat(keyless.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(keyless.err()).contains("this case signs its custody log");
  }

  @Test
  void aPostgresqlCaseNeedsAKeyDirectoryOutsideTheDatabase() throws Exception {
    String url = CaseEndToEndTest.postgresUrl();
    Path src = Files.createDirectories(tmp.resolve("src"));
    Files.writeString(src.resolve("notes.txt"), "fictional notes\n");
    assertThat(CliRun.of("ingest", src.toString(), "--case", url).exitCode()).isZero();
    CliRun without = CliRun.of("case", "sign", "--init", "--case", url);
    assertThat(without.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(without.err()).contains("give --key-dir DIR");
    Path keys = tmp.resolve("keys");
    CliRun with = CliRun.of("case", "sign", "--init", "--case", url, "--key-dir", keys.toString());
    assertThat(with.exitCode()).as(with.err()).isZero();
    assertThat(keys.resolve("custody-ed25519.pub")).isRegularFile();
  }

  private static List<CustodyEntry> log(Path kase) {
    try (CaseStore store = CaseStore.openExisting(CaseLocation.directory(kase));
        Stream<CustodyEntry> s = store.custody().stream()) {
      return s.toList();
    }
  }
}
