package org.okju.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class VpdqCommandsTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = Okju.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  private static Path vectors() {
    String configured = System.getProperty("okju.testvectors");
    Path base =
        configured != null ? Path.of(configured) : Path.of("..", "..", "shared", "testvectors");
    return base.resolve("threatexchange").normalize();
  }

  @Test
  @DisplayName("okju vpdq prints exactly what the C++ vpdq-hash-video writes")
  void vpdqPrintsTheReferenceFormat() throws IOException {
    Path video = vectors().resolve("tmk/sample-videos/doorknob-hd-no-bar.mp4");
    Path expected =
        vectors()
            .resolve("derived/vpdq-cpp-ffmpeg5.1/one-per-second-native/doorknob-hd-no-bar.txt");
    int code = run("vpdq", video.toString(), "--seconds-per-hash", "1");
    assertThat(err.toString()).isEmpty();
    assertThat(code).isEqualTo(ExitCode.OK);
    assertThat(out.toString()).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }

  @Test
  @DisplayName("okju vpdq with -s 128 matches the reference's downsampled output")
  void vpdqDownsamples() throws IOException {
    Path video = vectors().resolve("tmk/sample-videos/test-padded-dimensions.mp4");
    Path expected =
        vectors()
            .resolve("derived/vpdq-cpp-ffmpeg5.1/every-frame-128x128/test-padded-dimensions.txt");
    int code = run("vpdq", video.toString(), "--downsample-frame-dimension", "128");
    assertThat(code).isEqualTo(ExitCode.OK);
    assertThat(out.toString()).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }

  @Test
  @DisplayName("okju vpdq of several videos prints each reference line followed by its path")
  void vpdqOfSeveralVideosAddsPaths() throws IOException {
    Path videos = vectors().resolve("tmk/sample-videos");
    Path expected = vectors().resolve("derived/vpdq-cpp-ffmpeg5.1/one-per-second-native");
    Path doorknob = videos.resolve("doorknob-hd-no-bar.mp4");
    Path chair = videos.resolve("chair-19-sd-bar.mp4");
    int code = run("vpdq", "-r", "1", doorknob.toString(), chair.toString());
    assertThat(err.toString()).isEmpty();
    assertThat(code).isEqualTo(ExitCode.OK);
    String want =
        withPath(expected.resolve("doorknob-hd-no-bar.txt"), doorknob)
            + withPath(expected.resolve("chair-19-sd-bar.txt"), chair);
    assertThat(out.toString()).isEqualTo(want);
  }

  @Test
  @DisplayName("okju vpdq -d writes one reference file per video of a directory, byte for byte")
  void vpdqOutputDirectoryWritesReferenceFiles(@TempDir Path dir) throws IOException {
    Path videos = Files.createDirectory(dir.resolve("videos"));
    Path hashes = Files.createDirectory(dir.resolve("hashes"));
    for (String name : new String[] {"chair-19-sd-bar.mp4", "pattern-sd-grey-bar.mp4"}) {
      Files.copy(vectors().resolve("tmk/sample-videos").resolve(name), videos.resolve(name));
    }
    Files.writeString(videos.resolve("notes.txt"), "not a video\n");
    int code = run("vpdq", "--seconds-per-hash", "1", "-d", hashes.toString(), videos.toString());
    assertThat(code).isEqualTo(ExitCode.PARTIAL);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString().lines()).hasSize(1);
    assertThat(err.toString()).startsWith("okju vpdq: " + videos.resolve("notes.txt") + ": ");
    Path expected = vectors().resolve("derived/vpdq-cpp-ffmpeg5.1/one-per-second-native");
    for (String name : new String[] {"chair-19-sd-bar.txt", "pattern-sd-grey-bar.txt"}) {
      assertThat(hashes.resolve(name)).hasSameTextualContentAs(expected.resolve(name));
    }
    try (var listed = Files.list(hashes)) {
      assertThat(listed).hasSize(2);
    }
  }

  @Test
  @DisplayName("okju vpdq -d refuses, before hashing, two videos that would write the same file")
  void vpdqOutputDirectoryRefusesClashingNames(@TempDir Path dir) throws IOException {
    Path video = vectors().resolve("tmk/sample-videos/chair-19-sd-bar.mp4");
    Path other = Files.createDirectory(dir.resolve("other"));
    Files.copy(video, other.resolve("chair-19-sd-bar.mkv"));
    int code = run("vpdq", "-d", dir.toString(), video.toString(), other.toString());
    assertThat(code).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString()).contains("two videos would write", "chair-19-sd-bar.txt");
    assertThat(dir.resolve("chair-19-sd-bar.txt")).doesNotExist();
  }

  private static String withPath(Path referenceFile, Path video) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (String line : Files.readAllLines(referenceFile, StandardCharsets.UTF_8)) {
      sb.append(line).append(',').append(video).append('\n');
    }
    return sb.toString();
  }

  @Test
  @DisplayName("okju vpdq reports an undecodable file on one stderr line and exits 3")
  void vpdqReportsBadInput(@TempDir Path dir) throws IOException {
    Path empty = Files.createFile(dir.resolve("empty.mp4"));
    int code = run("vpdq", empty.toString());
    assertThat(code).isEqualTo(ExitCode.PARTIAL);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString()).isEqualTo("okju vpdq: " + empty + ": empty file (0 bytes)\n");
  }

  @Test
  @DisplayName("okju vpdq-match prints query and compared percentages as match-hashes-brute")
  void vpdqMatchPrintsPercentages() {
    Path dir = vectors().resolve("vpdq/sample-hashes");
    int code =
        run(
            "vpdq-match",
            dir.resolve("chair-19-sd-bar.txt").toString(),
            dir.resolve("chair-20-sd-bar.txt").toString());
    assertThat(err.toString()).isEmpty();
    assertThat(code).isEqualTo(ExitCode.OK);
    assertThat(out.toString()).isEqualTo("100.00,92.18\n");
  }

  @Test
  @DisplayName("okju vpdq-match reports a malformed hash file and exits 3")
  void vpdqMatchReportsBadInput(@TempDir Path dir) throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.txt"), "hello\n");
    int code = run("vpdq-match", bad.toString(), bad.toString(), "--distance", "31");
    assertThat(code).isEqualTo(ExitCode.PARTIAL);
    assertThat(err.toString()).startsWith("okju vpdq-match: " + bad + ": line 1: ");
    assertThat(err.toString().lines()).hasSize(1);
  }

  @Test
  @DisplayName("both verbs explain themselves with --help")
  void helpWorks() {
    assertThat(run("vpdq", "--help")).isEqualTo(ExitCode.OK);
    assertThat(out.toString()).contains("--seconds-per-hash", "--downsample-frame-dimension");
    assertThat(run("vpdq-match", "--help")).isEqualTo(ExitCode.OK);
    assertThat(out.toString()).contains("--distance", "--quality");
  }
}
