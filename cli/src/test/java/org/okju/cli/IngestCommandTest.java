package org.okju.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestCommandTest {
  @TempDir Path tmp;

  @Test
  void aSourceWithAProblemItemExitsPartialAndFilesListsEveryItem() throws Exception {
    Path src = Files.createDirectories(tmp.resolve("src"));
    Files.copy(
        CliRun.vectors().resolve("pdq/data/bridge-mods/shrink-a-lot.jpg"), src.resolve("a.jpg"));
    Files.write(src.resolve("empty.bin"), new byte[0]);
    String cas = tmp.resolve("case").toString();
    CliRun run = CliRun.of("ingest", src.toString(), "--case", cas);
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.PARTIAL);
    assertThat(run.out()).contains("partial: 2 items").contains("empty.bin: zero-byte file");
    CliRun files = CliRun.of("files", "--case", cas);
    assertThat(files.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(files.outLines()).hasSize(3);
    assertThat(files.out()).contains("a.jpg\timage/jpeg\t7350\t").contains("warning:empty");
    CliRun json = CliRun.of("files", "--case", cas, "--json");
    assertThat(json.outLines()).hasSize(2).allMatch(l -> l.startsWith("{\"id\":"));
  }

  @Test
  void aCleanSourceExitsZeroAndPrintsAJsonSummary() throws Exception {
    Path src = Files.createDirectories(tmp.resolve("src"));
    Files.writeString(src.resolve("notes.txt"), "fictional notes\n");
    CliRun run =
        CliRun.of("ingest", src.toString(), "--case", tmp.resolve("case").toString(), "--json");
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).contains("\"status\" : \"complete\"").contains("\"manifestSha256\"");
  }

  /**
   * A phone backup's database and a zipped disk image are mostly zeros and compress hundreds of
   * times: an 8 MiB one is read whole (it was stopped as a zip bomb past its first MiB), an 80 MiB
   * one is stopped past 64 MiB with the way to read it in the error, and read whole when the
   * investigator raises the ratio.
   */
  @Test
  void zippedMostlyEmptyFilesAreReadAndTheRatioCanBeRaised() throws Exception {
    Path src = Files.createDirectories(tmp.resolve("src"));
    Path zip = src.resolve("backup.zip");
    try (java.util.zip.ZipOutputStream z =
        new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
      z.putNextEntry(new java.util.zip.ZipEntry("msgstore.db"));
      z.write("SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      z.write(new byte[8 << 20]);
      z.putNextEntry(new java.util.zip.ZipEntry("card.img"));
      byte[] mib = new byte[1 << 20];
      for (int i = 0; i < 80; i++) {
        z.write(mib);
      }
    }
    String cas = tmp.resolve("case").toString();
    CliRun run = CliRun.of("ingest", src.toString(), "--case", cas, "--no-fingerprints");
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.PARTIAL);
    String files = CliRun.of("files", "--case", cas).out();
    assertThat(line(files, "msgstore.db")).contains("\tok\t").doesNotContain("zip-bomb");
    assertThat(line(files, "card.img")).contains("zip-bomb");
    assertThat(run.out()).contains("--max-expansion-ratio");

    String raised = tmp.resolve("raised").toString();
    CliRun again =
        CliRun.of(
            "ingest",
            zip.toString(),
            "--case",
            raised,
            "--no-fingerprints",
            "--max-expansion-ratio",
            "100000");
    assertThat(again.exitCode()).as(again.err() + again.out()).isEqualTo(ExitCode.OK);
    assertThat(line(CliRun.of("files", "--case", raised).out(), "card.img"))
        .contains("\t" + (80L << 20) + "\t")
        .doesNotContain("zip-bomb");
    assertThat(
            CliRun.of("ingest", zip.toString(), "--case", raised, "--max-expansion-ratio", "0")
                .exitCode())
        .isEqualTo(ExitCode.USAGE);
  }

  private static String line(String lines, String name) {
    return lines
        .lines()
        .filter(l -> l.contains(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " in " + lines));
  }

  @Test
  void aCaseInsideTheSourceIsRefusedAsBadUsage() throws Exception {
    Path src = Files.createDirectories(tmp.resolve("src"));
    CliRun run = CliRun.of("ingest", src.toString(), "--case", src.resolve("case").toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("inside the source");
    assertThat(Files.exists(src.resolve("case"))).isFalse();
  }

  @Test
  void theDemoIngestsReadsTheDiaryAndWritesTheReport() throws Exception {
    SharedDemo.Demo demo = SharedDemo.get();
    Path demoCase = demo.kase();
    CliRun run = demo.run();
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
    assertThat(run.out())
        .contains("extension contradicts content: 1 items")
        .contains("undecodable-image")
        .contains("Documents/notes.txt:")
        .contains("Copies of each recording (okju copies):")
        .contains("T-001\t")
        .containsPattern("\\d+ tapes, \\d+ copies; tapes json sha256")
        .containsPattern("reason=longest video, seconds=\\d+(\\.\\d{1,3})?}")
        .contains("Money network")
        .containsPattern("\\(author\\) +received - +paid 3,300,000 KRW \\+ 500 USD +money from V-")
        .containsPattern("payment   \\(author\\) -> 김약사  300,000 KRW")
        .contains("김약사")
        .containsPattern("share     Yoon -> V-\\d{3}  40%")
        .contains("Report written to " + demoCase.resolve("report.html"));
    if (DemoImage.missingTool().isEmpty() || "true".equals(System.getenv("CI"))) {
      // The drive as an E01: its deleted tape recovered and grouped with the folder's copy.
      assertThat(run.out())
          .contains("the same pen drive seized as an EnCase image")
          .containsPattern("deleted, recovered: p0/_ape12.mp4 \\(2117802 bytes")
          .containsPattern("T-\\d{3}\tvideo\tidentical\tdirect\t\\d+\tp0/_ape12.mp4\t")
          .doesNotContain("Volume Label");
    }
    if (DemoWeb.wgetInstalled() || "true".equals(System.getenv("CI"))) {
      // The fictional site captured twice: the deleted photo removed, the moved video removed at
      // its old URL and back at the new one, the letterboxed photo still up; holidays no copies.
      String web = run.out().split("The tapes on the web", -1)[1].split("Reading the diary", -1)[0];
      assertThat(web)
          .contains("crawl crawl-1")
          .contains("crawl crawl-2")
          .containsPattern("removed\t127\\.0\\.0\\.1\tT-\\d{3}\t[^\n]*/media/contrast-mirror.jpg")
          .containsPattern("removed\t127\\.0\\.0\\.1\tT-\\d{3}\t[^\n]*/v/chair.mp4")
          .containsPattern("reappeared\t127\\.0\\.0\\.1\tT-\\d{3}\t[^\n]*/v2/chair-hd.mp4")
          .containsPattern("found\t127\\.0\\.0\\.1\tT-\\d{3}\t[^\n]*/media/bridge-wide.jpg")
          .contains("Regulation (EU) 2022/2065, Article 16")
          .doesNotContain("holiday")
          .doesNotContain("IMG_0001")
          .doesNotContain("tape12");
    }
    // Victims appear by pseudonym only, in the printed network and in the report.
    String report = Files.readString(demoCase.resolve("report.html"));
    for (String text : new String[] {run.out().split("Reading the diary", -1)[1], report}) {
      assertThat(text).doesNotContain("지은").doesNotContain("Mina").contains("V-001");
    }
    assertThat(report)
        .contains("id=\"ledger-facts\"")
        .contains("id=\"tapes\"")
        .contains("T-001")
        .doesNotContain("Not run yet: grouping copies")
        .contains("잠수교")
        .contains("<svg")
        .doesNotContain("<img")
        .doesNotContain("data:image");
  }
}
