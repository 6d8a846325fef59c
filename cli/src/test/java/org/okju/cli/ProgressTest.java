package org.okju.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.ingest.SourceCount;

/**
 * Progress for every long verb: items of a total counted beforehand, a rate, an ETA from the start,
 * a bar that never moves backwards, nothing drawn when stderr is not a terminal, and files that
 * could not be read not counted as read.
 */
class ProgressTest {
  private static final Pattern BAR = Pattern.compile("\\[(#*)\\.*\\] ");

  @TempDir Path tmp;

  @Test
  void aPhaseShowsItsCountedTotalRateAndEtaAndTheBarNeverShrinks() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TerminalProgress p =
        new TerminalProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), true)) {
      p.phase("finding copies", 40);
      for (int i = 0; i < 40; i++) {
        Thread.sleep(30); // a few redraws (every 200 ms)
        p.done(1);
      }
    }
    String drawn = bytes.toString(StandardCharsets.UTF_8);
    List<String> lines = List.of(drawn.split("\r", -1));
    assertThat(lines.stream().filter(l -> l.startsWith("finding copies [")).count())
        .isGreaterThanOrEqualTo(3);
    int filled = 0;
    for (String l : lines) {
      Matcher m = BAR.matcher(l);
      if (m.find()) {
        assertThat(m.group(1).length()).as(l).isGreaterThanOrEqualTo(filled);
        filled = m.group(1).length();
        if (!l.contains("] 0/")) {
          assertThat(l).containsPattern("\\d+/40  [0-9.]+/s  ETA \\d+:\\d\\d");
        }
      }
    }
    assertThat(filled).isEqualTo(24);
    assertThat(lines.get(lines.size() - 1)).contains("40/40").contains("ETA 0:00").endsWith("\n");
  }

  @Test
  void moreItemsThanCountedHoldTheBarFullInsteadOfShrinkingIt() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TerminalProgress p =
        new TerminalProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), true)) {
      p.phase("matching pictures", 2);
      p.done(5);
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("[########################] 5/2");
  }

  @Test
  void nothingIsDrawnWhenStderrIsNotATerminal() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TerminalProgress p =
        new TerminalProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), false)) {
      p.phase("reading documents", 3);
      p.done(3);
      p.clear();
    }
    assertThat(bytes.size()).isZero();
  }

  @Test
  void theIngestBarHasItsTotalFromTheCountAndNeverMovesBackwards() throws Exception {
    Path src = Files.createDirectories(tmp.resolve("src"));
    for (int i = 0; i < 5; i++) {
      Files.write(src.resolve("f" + i), new byte[1000]);
    }
    SourceCount.Count count = new SourceCount().of(src);
    assertThat(count).isEqualTo(new SourceCount.Count(5, 5000));

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    bar.listed("f0", 1000);
    bar.catalogued(1000, true);
    bar.close();
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("[counting the source...]");

    bytes.reset();
    bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    bar.precounted(count);
    bar.listed("f0", 1000);
    bar.catalogued(1000, true);
    Thread.sleep(250);
    // A file appears after the count: the total grows, the bar does not go back.
    for (int i = 1; i < 7; i++) {
      bar.listed("f" + i, 1000);
    }
    Thread.sleep(250);
    bar.catalogued(0, true);
    bar.close();
    String drawn = bytes.toString(StandardCharsets.UTF_8);
    int filled = 0;
    for (String l : drawn.split("\r", -1)) {
      Matcher m = BAR.matcher(l);
      if (m.find()) {
        assertThat(m.group(1).length()).as(l).isGreaterThanOrEqualTo(filled);
        filled = m.group(1).length();
        if (!l.contains("] 0/")) {
          assertThat(l).as("an ETA once a file is done").doesNotContain("ETA --:--");
        }
      }
    }
    assertThat(filled).isPositive();
  }

  @Test
  void aFileThatCouldNotBeReadIsNotCountedAsRead() throws Exception {
    Path src = Files.createDirectories(tmp.resolve("src"));
    Files.writeString(src.resolve("notes.txt"), "fictional notes\n");
    Process mkfifo = new ProcessBuilder("mkfifo", src.resolve("pipe").toString()).start();
    assertThat(mkfifo.waitFor()).isZero();
    CliRun run = CliRun.of("ingest", src.toString(), "--case", tmp.resolve("case").toString());
    assertThat(run.out()).contains(": 2 items").contains("this run:  1 items read");
  }
}
