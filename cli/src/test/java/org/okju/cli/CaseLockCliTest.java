package org.okju.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.casefile.CaseLocation;
import org.okju.casefile.CaseStore;
import org.okju.casefile.CustodyEntry;
import org.okju.casefile.LockHolderProcess;

/**
 * One writer at a time: a second one is told who is writing (exit 1) or waits with --wait; readers
 * are told their view may be incomplete; the custody log records a resume only after a real
 * interruption (SIGINT or SIGTERM end an ingest cleanly and resumably).
 */
class CaseLockCliTest {
  @TempDir Path tmp;

  @Test
  void aSecondWriterIsToldWhoIsWritingAndCanWaitForIt() throws Exception {
    Path src = Files.createDirectories(tmp.resolve("src"));
    Files.writeString(src.resolve("notes.txt"), "fictional notes\n");
    Path kase = tmp.resolve("case");
    assertThat(CliRun.of("ingest", src.toString(), "--case", kase.toString()).exitCode()).isZero();
    Process holder = LockHolderProcess.start(CaseLocation.directory(kase), "okju ingest");
    try {
      CliRun busy = CliRun.of("copies", "--case", kase.toString());
      assertThat(busy.exitCode()).isEqualTo(ExitCode.FAILURE);
      assertThat(busy.err())
          .matches(
              "okju copies: case busy: okju ingest \\(pid "
                  + holder.pid()
                  + ", started \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\\)\\R");
      assertThat(busy.out()).isEmpty();

      CliRun reader = CliRun.of("files", "--case", kase.toString());
      assertThat(reader.exitCode()).isZero();
      assertThat(reader.err())
          .contains("okju files: note: okju ingest (pid " + holder.pid())
          .contains("what follows may be incomplete");

      CompletableFuture<CliRun> waiting =
          CompletableFuture.supplyAsync(
              () -> CliRun.of("copies", "--case", kase.toString(), "--wait"));
      Thread.sleep(1500);
      assertThat(waiting).isNotDone();
      holder.destroyForcibly(); // kill -9: the lock goes with the process
      CliRun waited = waiting.get(60, TimeUnit.SECONDS);
      assertThat(waited.exitCode()).as(waited.err()).isZero();
      assertThat(waited.err())
          .startsWith("okju copies: waiting for okju ingest (pid " + holder.pid());
      assertThat(waited.out()).contains("0 tapes");
    } finally {
      holder.destroyForcibly();
    }
  }

  @Test
  void anIngestStoppedBySignalsResumesAndOnlyTheRealInterruptionsAreLogged() throws Exception {
    Path src = photos(tmp.resolve("drive"), 8);
    Path kase = tmp.resolve("case");
    String[] ingest = {"ingest", src.toString(), "--case", kase.toString(), "--progress"};

    Path log1 = tmp.resolve("run1");
    Process first = OkjuProcess.start(log1, ingest);
    awaitProgress(first, log1, "\\] [1-9]\\d*/"); // a file done: there is something to resume
    // A second ingest of the same source meanwhile is refused at once: no wait, no false resume.
    CliRun second = CliRun.of(ingest);
    assertThat(second.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(second.err()).startsWith("okju ingest: case busy: okju ingest (pid " + first.pid());
    OkjuProcess.signal(first, "INT");
    assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(first.exitValue()).as(OkjuProcess.err(log1)).isEqualTo(130);
    assertThat(lastLine(OkjuProcess.err(log1)))
        .isEqualTo(
            "okju ingest: interrupted by SIGINT: what was done is kept in the case;"
                + " run the same command again to resume");
    assertThat(actions(kase)).containsExactly("ingest-started");

    Path log2 = tmp.resolve("run2");
    Process again = OkjuProcess.start(log2, ingest);
    awaitProgress(again, log2, " files ");
    OkjuProcess.signal(again, "TERM");
    assertThat(again.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(again.exitValue()).as(OkjuProcess.err(log2)).isEqualTo(143);
    assertThat(lastLine(OkjuProcess.err(log2))).startsWith("okju ingest: interrupted by SIGTERM");
    assertThat(actions(kase)).containsExactly("ingest-started", "ingest-resumed");

    CliRun last = CliRun.of(ingest);
    assertThat(last.exitCode()).as(last.err()).isZero();
    assertThat(last.out()).contains("complete: " + 12 * 8 + " items").contains("resumed: ");
    assertThat(actions(kase))
        .containsExactly("ingest-started", "ingest-resumed", "ingest-resumed", "source-ingested");
  }

  /** {@code copies} photos of each reference photo: slow enough to fingerprint to interrupt. */
  static Path photos(Path root, int copies) throws Exception {
    Files.createDirectories(root);
    List<Path> originals;
    try (Stream<Path> s = Files.list(CliRun.vectors().resolve("pdq/data/bridge-mods"))) {
      originals = s.sorted().toList();
    }
    for (int c = 0; c < copies; c++) {
      Path dir = Files.createDirectories(root.resolve("set-" + c));
      for (Path p : originals) {
        Files.copy(p, dir.resolve(p.getFileName()));
      }
    }
    return root;
  }

  // Waits for the progress line to show what the regular expression finds.
  private static void awaitProgress(Process p, Path log, String shows) throws Exception {
    Path err = log.resolveSibling(log.getFileName() + ".err");
    java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(shows);
    for (int i = 0; i < 1200; i++) {
      if (Files.size(err) > 0 && pattern.matcher(Files.readString(err)).find()) {
        return;
      }
      assertThat(p.isAlive()).as("okju ended early: " + Files.readString(err)).isTrue();
      Thread.sleep(100);
    }
    throw new AssertionError("no progress from okju ingest within 120 s");
  }

  private static String lastLine(String text) {
    List<String> lines = text.lines().toList();
    return lines.get(lines.size() - 1);
  }

  private static List<String> actions(Path kase) {
    try (CaseStore store = CaseStore.openExisting(CaseLocation.directory(kase));
        Stream<CustodyEntry> log = store.custody().stream()) {
      return log.map(CustodyEntry::action).toList();
    }
  }
}
