package org.okju.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.casefile.CaseLocation;
import org.okju.casefile.CaseStore;
import org.okju.casefile.CatalogueManifest;
import org.okju.casefile.Digests;
import org.okju.casefile.FileTimes;
import org.okju.casefile.ItemPath;
import org.okju.casefile.ItemProgress;
import org.okju.casefile.ItemStatus;
import org.okju.casefile.Md5;
import org.okju.casefile.NewCustodyEntry;
import org.okju.casefile.NewItem;
import org.okju.casefile.NewSource;
import org.okju.casefile.Sha1;
import org.okju.casefile.Sha256;
import org.okju.casefile.SourceId;
import org.okju.casefile.SourceStatus;

/** okju verify, report and export on a one-file case: exit codes and what they print. */
class CaseVerbsTest {
  @TempDir Path tmp;
  Path caseDir;
  Path evidence;

  @BeforeEach
  void ingestOneFile() throws Exception {
    caseDir = tmp.resolve("case");
    evidence = tmp.resolve("evidence");
    Files.createDirectories(evidence);
    byte[] content = "evidence bytes".getBytes(StandardCharsets.UTF_8);
    Files.write(evidence.resolve("a.bin"), content);
    try (CaseStore store = CaseStore.open(CaseLocation.directory(caseDir))) {
      SourceId s =
          store
              .sources()
              .start(
                  new NewSource(
                      ItemPath.of(evidence.toString()), Instant.EPOCH, "t", "u", "okju ingest"));
      store
          .items()
          .upsert(
              NewItem.listed(s, Optional.empty(), ItemPath.of("a.bin"))
                  .withFileInfo(content.length, FileTimes.none())
                  .withMediaType("application/octet-stream", false)
                  .withDigests(
                      Digests.of(
                          Md5.of(digest("MD5", content)),
                          Sha1.of(digest("SHA-1", content)),
                          Sha256.of(digest("SHA-256", content))))
                  .withState(ItemStatus.OK, ItemProgress.DONE));
      Sha256 manifest = CatalogueManifest.compute(store.items(), s);
      store.sources().finish(s, SourceStatus.COMPLETE, manifest, 1, Instant.EPOCH);
      store
          .custody()
          .append(
              NewCustodyEntry.of(
                  "u",
                  "source-ingested",
                  "{\"source\":" + s.value() + "}",
                  Map.of(),
                  Map.of("manifest", manifest),
                  "t"));
    }
  }

  static byte[] digest(String algorithm, byte[] content) throws Exception {
    return MessageDigest.getInstance(algorithm).digest(content);
  }

  @Test
  void verifySaysEverythingHoldsThenFindsAChangedFile() throws Exception {
    CliRun ok = CliRun.of("verify", "--case", caseDir.toString());
    assertThat(ok.exitCode()).as(ok.err()).isEqualTo(ExitCode.OK);
    assertThat(ok.out()).contains("Everything checked holds.");
    CliRun json = CliRun.of("verify", "--case", caseDir.toString(), "--json");
    assertThat(json.out()).contains("\"holds\" : true");
    Files.writeString(evidence.resolve("a.bin"), "changed");
    CliRun bad = CliRun.of("verify", "--case", caseDir.toString());
    assertThat(bad.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(bad.out()).contains("1 CHANGED since ingest").contains("SOMETHING DOES NOT HOLD");
  }

  @Test
  void reportWritesTheFileAndRefusesBadArguments() throws Exception {
    Path out = tmp.resolve("r.html");
    CliRun r = CliRun.of("report", "--case", caseDir.toString(), "--out", out.toString());
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).contains(out.toString()).contains("everything holds");
    assertThat(Files.readString(out)).contains("Chain of custody");
    assertThat(CliRun.of("report", "--case", caseDir.toString(), "--out", "x.txt").exitCode())
        .isEqualTo(ExitCode.USAGE);
    assertThat(
            CliRun.of(
                    "report",
                    "--case",
                    caseDir.toString(),
                    "--out",
                    out.toString(),
                    "--thumbnails",
                    "sharp")
                .exitCode())
        .isEqualTo(ExitCode.USAGE);
  }

  @Test
  void exportWritesEachFormatAndRefusesAnUnknownOne() throws Exception {
    for (String f : List.of("case-uco", "vics2", "ftm", "csv")) {
      CliRun r =
          CliRun.of(
              "export",
              "--case",
              caseDir.toString(),
              "--format",
              f,
              "--out",
              tmp.resolve("e." + f).toString());
      assertThat(r.exitCode()).as(f + r.err()).isEqualTo(ExitCode.OK);
    }
    CliRun bad =
        CliRun.of("export", "--case", caseDir.toString(), "--format", "xml", "--out", "e.xml");
    assertThat(bad.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(bad.err()).contains("case-uco, vics2, vics2-media, ftm, csv");
    // Parquet is written on the Spark module's path of the launcher, never by the CLI jar.
    Path parquet = tmp.resolve("e.parquet");
    CliRun p =
        CliRun.of(
            "export", "--case", caseDir.toString(), "--format", "parquet", "--out", parquet + "");
    assertThat(p.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(p.err()).contains("./okju export --format parquet");
    assertThat(parquet).doesNotExist();
  }

  @Test
  void aMissingCaseIsABadUsageNotANewCase() {
    Path nowhere = tmp.resolve("nowhere");
    assertThat(CliRun.of("verify", "--case", nowhere.toString()).exitCode())
        .isEqualTo(ExitCode.USAGE);
    assertThat(Files.exists(nowhere)).isFalse();
  }
}
