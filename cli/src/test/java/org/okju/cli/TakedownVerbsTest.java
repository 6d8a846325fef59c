package org.okju.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.casefile.CaseLocation;
import org.okju.casefile.CaseStore;

/**
 * okju takedown stats and okju report victim on a case whose photo was found on a fictional site:
 * the statistics as text, JSON and an HTML page; the victim's report by pseudonym only, refused for
 * a name or a person who is no victim.
 */
class TakedownVerbsTest {
  @TempDir static Path tmp;
  static Path kase;

  @BeforeAll
  static void aCaseWithASighting() throws Exception {
    Path drive = Files.createDirectories(tmp.resolve("drive"));
    Path photos = CliRun.vectors().resolve("pdq/data/bridge-mods");
    Files.copy(photos.resolve("aaa-orig.jpg"), drive.resolve("bridge.jpg"));
    kase = tmp.resolve("case");
    assertThat(CliRun.of("ingest", drive.toString(), "--case", kase.toString()).exitCode())
        .isZero();
    assertThat(CliRun.of("copies", "--case", kase.toString()).exitCode()).isZero();
    Path capture =
        TestWarcs.of(
            tmp.resolve("site.warc.gz"),
            Instant.parse("2026-03-01T10:00:00Z"),
            "image/jpeg",
            "http://site.test/b.jpg",
            Files.readAllBytes(drive.resolve("bridge.jpg")));
    CliRun imported = CliRun.of("monitor", "import", capture.toString(), "--case", kase.toString());
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    try (CaseStore store = CaseStore.openExisting(CaseLocation.directory(kase))) {
      String tape = store.copies().tapes().get(0).id();
      store.takedowns().putTapeVictim(tape, "V-007", "test", Instant.now());
    }
  }

  @Test
  void aFileThatIsNoCaptureIsRefusedWithExitTwoAndNothingRecorded() throws Exception {
    Path photo = tmp.resolve("drive/bridge.jpg");
    CliRun refused = CliRun.of("monitor", "import", photo.toString(), "--case", kase.toString());
    assertThat(refused.exitCode()).as(refused.err()).isEqualTo(ExitCode.USAGE);
    assertThat(refused.err())
        .contains("bridge.jpg is not a web capture")
        .contains("nothing recorded");
    try (CaseStore store = CaseStore.openExisting(CaseLocation.directory(kase))) {
      assertThat(store.webCaptures().captures())
          .extracting(c -> c.capture().name())
          .doesNotContain("bridge.jpg");
    }
  }

  @Test
  void statsAsTextJsonAndAPage() throws Exception {
    CliRun text = CliRun.of("takedown", "stats", "--case", kase.toString());
    assertThat(text.exitCode()).as(text.err()).isZero();
    assertThat(text.out())
        .contains("site.test\tunknown\t1\t0\t0\t0.0%\t-\t-\t0\t0")
        .contains("all\t\t1\t0\t0\t0.0%");
    CliRun json =
        CliRun.of("takedown", "stats", "--case", kase.toString(), "--from", "2026-03-01", "--json");
    JsonNode o = new ObjectMapper().readTree(json.out());
    assertThat(o.get("from").asText()).isEqualTo("2026-03-01T00:00:00Z");
    assertThat(o.get("total").get("sightings").asLong()).isEqualTo(1);
    assertThat(o.get("platforms").get(0).get("platform").asText()).isEqualTo("site.test");
    assertThat(o.get("categories").get(0).get("name").asText()).isEqualTo("unknown");
    CliRun later =
        CliRun.of("takedown", "stats", "--case", kase.toString(), "--from", "2026-03-02", "--json");
    assertThat(new ObjectMapper().readTree(later.out()).get("total").get("sightings").asLong())
        .isZero();
    Path page = tmp.resolve("stats.html");
    CliRun html =
        CliRun.of("takedown", "stats", "--case", kase.toString(), "--out", page.toString());
    assertThat(html.exitCode()).isZero();
    assertThat(Files.readString(page)).contains("<svg", "site.test").doesNotContain("b.jpg");
    CliRun bad = CliRun.of("takedown", "stats", "--case", kase.toString(), "--to", "March");
    assertThat(bad.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(bad.err()).startsWith("okju takedown stats: --to takes a date");
  }

  @Test
  void aVictimsReportByPseudonymOnly() throws Exception {
    Path out = tmp.resolve("v7.pdf");
    CliRun run =
        CliRun.of("report", "victim", "V-007", "--case", kase.toString(), "--out", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("status report for V-007: 1 tapes, 1 copies found on the web");
    assertThat(Files.readAllBytes(out)).startsWith("%PDF".getBytes(StandardCharsets.UTF_8));
    CliRun named =
        CliRun.of("report", "victim", "김하늘", "--case", kase.toString(), "--out", out.toString());
    assertThat(named.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(named.err()).contains("by pseudonym");
    CliRun stranger =
        CliRun.of("report", "victim", "V-099", "--case", kase.toString(), "--out", out.toString());
    assertThat(stranger.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(stranger.err()).contains("V-099 is no victim of this case");
    CliRun report = CliRun.of("report", "--case", kase.toString());
    assertThat(report.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(report.err()).contains("--out");
  }
}
