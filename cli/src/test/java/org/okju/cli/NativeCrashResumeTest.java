package org.okju.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file that crashes a native decoder must not stop a case forever, and a kill -9 must never
 * change the result. Real child JVMs run {@code okju ingest}; the crash is a real SIGSEGV inside
 * the guarded section of the production decode path, made on a chosen file by the documented
 * fault-injection switch ({@code -Dokju.faultInjection.nativeDecode}); the kill is a real SIGKILL
 * while that decode is in flight.
 */
class NativeCrashResumeTest {
  private static final String FAULT = "-Dokju.faultInjection.nativeDecode=";

  // The drive is only read (evidence is never written), so the class builds it once; each test
  // has its own cases, crash reports and working folder.
  @TempDir static Path shared;
  private static Path source;
  // The uninterrupted run's catalogue of that drive: the same for every test, made once (a child
  // JVM's ingest each time, two of the class's thirteen child JVMs).
  private static List<String> reference;

  @TempDir Path tmp;
  private Path crashes;

  @BeforeAll
  static void tree() throws IOException {
    source = shared.resolve("drive");
    Files.createDirectories(source.resolve("photos"));
    Path photos = CliRun.vectors().resolve("pdq/data/bridge-mods");
    try (Stream<Path> s = Files.list(photos)) {
      for (Path p : s.sorted().limit(6).toList()) {
        Files.copy(p, source.resolve("photos").resolve(p.getFileName()));
      }
    }
    Files.copy(
        CliRun.vectors().resolve("tmk/sample-videos/pattern-sd-grey-bar.mp4"),
        source.resolve("clip.mp4"));
    Files.writeString(source.resolve("notes.txt"), "a note, not media\n");
  }

  @BeforeEach
  void crashReports() throws IOException {
    crashes = tmp.resolve("crashes");
    Files.createDirectories(crashes);
  }

  @Test
  void aCrashInFfmpegIsAnItemErrorOnTheRerunAndTheRestIsCatalogued() throws Exception {
    List<String> reference = reference();
    Path victim = source.resolve("clip.mp4");
    String fault = FAULT + "segfault:" + sha256(victim);
    Path caseDir = tmp.resolve("case");

    Run crashed = okju(fault, caseDir);
    assertThat(crashed.process().waitFor(120, TimeUnit.SECONDS)).isTrue();
    // 1 without a core dump (134, SIGABRT, with one): never 0 or 3, a finished ingest's codes.
    assertThat(crashed.process().exitValue()).as(crashed.err()).isEqualTo(1);
    List<Path> reports = reports();
    assertThat(reports).as("HotSpot wrote its crash report").hasSize(1);

    // The same switch stays on: were the decode tried again, this run would crash too.
    Run rerun = okju(fault, caseDir);
    assertThat(rerun.process().waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(rerun.process().exitValue()).as(rerun.err()).isEqualTo(ExitCode.PARTIAL);

    List<String> catalogue = IngestResumeTest.catalogue(caseDir);
    String victimLine = line(catalogue, "clip.mp4");
    assertThat(victimLine)
        .as("digests and type recorded, no vPDQ, the per-item error")
        .contains("Optional[video/", "|ERROR|DONE|decoder-crashed|", "sha256=Optional[")
        .endsWith("|-|0|no text");
    assertThat(without(catalogue, "clip.mp4"))
        .as("every other item exactly as uninterrupted")
        .isEqualTo(without(reference, "clip.mp4"));
    CliRun files = CliRun.of("files", "--case", caseDir.toString(), "--json");
    assertThat(files.out()).contains("FFmpeg crashed okju", reports.get(0).toString());
    assertThat(rerun.err())
        .as("the log names the decoder and the report, never the file")
        .contains("FFmpeg crashed an earlier okju process", "decoder-crashed")
        .doesNotContain("clip");
    assertThat(reports()).as("the crash report is kept").isEqualTo(reports);
  }

  @Test
  void aKill9DuringADecodeIsRetriedAndGivesTheUninterruptedCatalogue() throws Exception {
    List<String> reference = reference();
    String victim = sha256(source.resolve("photos").resolve("aaa-orig.jpg"));
    Path caseDir = tmp.resolve("case");

    killInFlight(caseDir, victim);
    Run rerun = okju(null, caseDir);
    assertThat(rerun.process().waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(rerun.process().exitValue()).as(rerun.err()).isZero();

    assertThat(IngestResumeTest.catalogue(caseDir)).isEqualTo(reference);
    assertThat(reports()).as("a kill leaves no crash report").isEmpty();
    assertThat(journals(caseDir)).as("a finished run leaves no journal").isEmpty();
  }

  @Test
  void threeKill9sDuringTheSameDecodeStillGiveTheUninterruptedCatalogue() throws Exception {
    List<String> reference = reference();
    String victim = sha256(source.resolve("photos").resolve("aaa-orig.jpg"));
    Path caseDir = tmp.resolve("case");

    for (int death = 0; death < 3; death++) {
      killInFlight(caseDir, victim);
    }
    Run rerun = okju(null, caseDir);
    assertThat(rerun.process().waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(rerun.process().exitValue()).as(rerun.err()).isZero();

    assertThat(IngestResumeTest.catalogue(caseDir)).isEqualTo(reference);
    assertThat(rerun.err()).contains("okju died 3 times in a row").doesNotContain("aaa-orig");
  }

  @Test
  void aCrashWhileMonitorDecodesACapturedImageIsThatRecordsErrorOnTheRerun() throws Exception {
    // Two edits of the case's pictures, not in the case themselves: only their PDQ finds them.
    Path photos = CliRun.vectors().resolve("pdq/data/bridge-mods");
    byte[] hostile = Files.readAllBytes(photos.resolve("sharpen-a-lot.jpg"));
    Path capture =
        TestWarcs.of(
            tmp.resolve("site.warc.gz"),
            Instant.parse("2026-03-01T10:00:00Z"),
            "image/jpeg",
            "http://site.test/a.jpg",
            hostile,
            "http://site.test/b.jpg",
            Files.readAllBytes(photos.resolve("shrink-a-little.jpg")));
    Path referenceCase = monitoredCase("reference");
    assertThat(importCapture(referenceCase, capture).exitCode()).isZero();
    assertThat(CliRun.of("sightings", "--case", referenceCase.toString(), "--json").out())
        .as("uninterrupted, both pictures are sighted")
        .contains("http://site.test/a.jpg", "http://site.test/b.jpg");

    Path caseDir = monitoredCase("case");
    String fault =
        FAULT
            + "segfault:"
            + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(hostile));
    List<String> args =
        List.of("monitor", "import", capture.toString(), "--case", caseDir.toString(), "--json");
    Run crashed = child(fault, args);
    assertThat(crashed.process().waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(crashed.process().exitValue()).as(crashed.err()).isEqualTo(1);
    assertThat(reports()).hasSize(1);

    Run rerun = child(fault, args);
    assertThat(rerun.process().waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(rerun.process().exitValue()).as(rerun.err()).isEqualTo(ExitCode.PARTIAL);
    assertThat(rerun.err())
        .contains("error decoder-crashed: the JDK's image decoders (libjpeg, zlib, LittleCMS)")
        .doesNotContain("site.test/a.jpg");
    assertThat(CliRun.of("sightings", "--case", caseDir.toString(), "--json").out())
        .as("the other picture of the capture is still fingerprinted and sighted")
        .contains("http://site.test/b.jpg")
        .doesNotContain("http://site.test/a.jpg");
  }

  private Path monitoredCase(String name) {
    Path caseDir = tmp.resolve(name);
    assertThat(CliRun.of("ingest", source.toString(), "--case", caseDir.toString()).exitCode())
        .isZero();
    assertThat(CliRun.of("copies", "--case", caseDir.toString()).exitCode()).isZero();
    return caseDir;
  }

  private static CliRun importCapture(Path caseDir, Path capture) {
    return CliRun.of("monitor", "import", capture.toString(), "--case", caseDir.toString());
  }

  // Starts an ingest that stalls inside the guarded decode of the content, and kills it -9 once
  // its journal shows that decode in flight.
  private void killInFlight(Path caseDir, String content) throws Exception {
    Run stalled = okju(FAULT + "stall:" + content, caseDir);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!inFlight(caseDir, stalled.process().pid(), content)) {
      assertThat(stalled.process().isAlive()).as(stalled.err()).isTrue();
      assertThat(System.nanoTime()).as("the decode came in flight").isLessThan(deadline);
      Thread.sleep(50);
    }
    stalled.process().destroyForcibly(); // SIGKILL: no shutdown hook, no finally
    stalled.process().waitFor();
  }

  // Only this process's journal: an earlier run's stays until the new run has read it.
  private static boolean inFlight(Path caseDir, long pid, String content) throws IOException {
    for (Path j : journals(caseDir)) {
      if (!j.getFileName().toString().startsWith("run-" + pid + "-")) {
        continue;
      }
      String text = new String(Files.readAllBytes(j), StandardCharsets.UTF_8);
      if (text.contains(" " + content + " ")) {
        return true;
      }
    }
    return false;
  }

  private static List<Path> journals(Path caseDir) throws IOException {
    Path dir = caseDir.resolve("work/crash-journal");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".journal")).toList();
    }
  }

  private List<String> reference() throws Exception {
    if (reference == null) {
      Path caseDir = shared.resolve("reference");
      Run run = okju(null, caseDir);
      assertThat(run.process().waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(run.process().exitValue()).as(run.err()).isZero();
      reference = IngestResumeTest.catalogue(caseDir);
    }
    return reference;
  }

  private List<Path> reports() throws IOException {
    try (Stream<Path> s = Files.list(crashes)) {
      return s.sorted().toList();
    }
  }

  private static String line(List<String> catalogue, String name) {
    List<String> lines = catalogue.stream().filter(l -> l.contains(name)).toList();
    assertThat(lines).hasSize(1);
    return lines.get(0);
  }

  private static List<String> without(List<String> catalogue, String name) {
    return catalogue.stream().filter(l -> !l.contains(name)).toList();
  }

  private static String sha256(Path p) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
  }

  /** A child JVM's process and its standard error, read once it ended. */
  private record Run(Process process, Path errFile) {
    String err() {
      try {
        return Files.readString(errFile);
      } catch (IOException e) {
        return "(no stderr: " + e + ")";
      }
    }
  }

  private Run okju(String fault, Path caseDir) throws IOException {
    return child(
        fault, List.of("ingest", source.toString(), "--case", caseDir.toString(), "--json"));
  }

  private Run child(String fault, List<String> args) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add("-Djava.awt.headless=true");
    cmd.add("-XX:ErrorFile=" + crashes.resolve("hs_err_pid%p.log"));
    cmd.add("-XX:-CreateCoredumpOnCrash");
    if (fault != null) {
      cmd.add(fault);
    }
    cmd.add("org.okju.cli.Okju");
    cmd.addAll(args);
    Path err = Files.createTempFile(tmp, "stderr-", ".txt");
    Process p =
        new ProcessBuilder(cmd)
            .directory(tmp.toFile())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(err.toFile())
            .start();
    return new Run(p, err);
  }
}
