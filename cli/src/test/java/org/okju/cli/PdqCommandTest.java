package org.okju.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdqCommandTest {
  private static final Path BRIDGE =
      CliRun.vectors().resolve("pdq/data/reg-test-input/dih/bridge-1-original.jpg");
  private static final String BRIDGE_FULL =
      "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";

  @Test
  void printsHashQualityAndPathPerFileInTheOrderGiven() {
    Path wee = CliRun.vectors().resolve("pdq/data/misc-images/wee.jpg");
    CliRun run = CliRun.of("pdq", wee.toString(), BRIDGE.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.outLines())
        .containsExactly(
            "6227401f601ff4ccafcc9fad4b0d95d371a2eb7265a3285234d228ca94deeb2d,100," + wee,
            BRIDGE_FULL + ",100," + BRIDGE);
    assertThat(run.err()).isEmpty();
  }

  @Test
  void dihedralAtFullResolutionStartsWithTheFullResolutionHash() {
    CliRun run = CliRun.of("pdq", "--dihedral", BRIDGE.toString());
    String[] columns = run.outLines()[0].split(",");
    assertThat(columns).hasSize(10);
    assertThat(columns[0]).isEqualTo(BRIDGE_FULL);
    assertThat(columns[8]).isEqualTo("100");
  }

  @Test
  void dihedralWithTheCppDownsampleEqualsTheCppToolsLine() throws Exception {
    String expected =
        Files.readAllLines(CliRun.vectors().resolve("derived/pdq-cpp-cli-dihedral.csv")).stream()
            .filter(l -> l.contains("bridge-1-original"))
            .findFirst()
            .orElseThrow();
    CliRun run = CliRun.of("pdq", "--dihedral", "--downsample-512", BRIDGE.toString());
    String[] ours = run.outLines()[0].split(",");
    String[] theirs = expected.split(",");
    assertThat(Arrays.copyOf(ours, 9)).containsExactly(Arrays.copyOf(theirs, 9));
  }

  @Test
  void badFilesAreReportedOnStderrWhileTheOthersAreStillHashed(@TempDir Path dir) throws Exception {
    Path empty = Files.createFile(dir.resolve("empty.jpg"));
    CliRun run = CliRun.of("pdq", empty.toString(), BRIDGE.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.PARTIAL);
    assertThat(run.outLines()).containsExactly(BRIDGE_FULL + ",100," + BRIDGE);
    assertThat(run.err())
        .contains("okju pdq: " + empty + ": empty file")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  @Test
  void greyImagesHashAsHmaByDefaultAndAsTheJavaReferenceWithGreyJdk() {
    // python-threatexchange's LA.png: its own pinned value (= the C++ tool's) and the Java
    // reference's, from the shared vectors' CSVs.
    Path la =
        CliRun.vectors()
            .resolve("python-threatexchange/threatexchange/tests/hashing/resources/LA.png");
    CliRun raw = CliRun.of("pdq", la.toString());
    assertThat(raw.outLines())
        .containsExactly(
            "accb6d39648035f8125c8ce6ba65007de7b54c67a2d93ef7b8f33b0611306715,100," + la);
    CliRun jdk = CliRun.of("pdq", "--grey", "jdk", la.toString());
    assertThat(jdk.outLines())
        .containsExactly(
            "accb6d3944a815f81274cca6ba67017da7714c66e3d9a6f7b8f33b1412704715,100," + la);
    assertThat(CliRun.of("pdq", "--grey", "srgb", la.toString()).exitCode())
        .isEqualTo(ExitCode.USAGE);
  }

  @Test
  void aMissingFileIsAMistypedCommandLineAndNothingIsHashed(@TempDir Path dir) {
    Path missing = dir.resolve("missing.jpg");
    CliRun run = CliRun.of("pdq", missing.toString(), BRIDGE.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("okju pdq: no such file: " + missing + System.lineSeparator());
  }

  @Test
  void everyVerbHasHelp() {
    for (String verb : new String[] {"pdq", "bench"}) {
      CliRun run = CliRun.of(verb, "--help");
      assertThat(run.exitCode()).as(verb).isEqualTo(ExitCode.OK);
      assertThat(run.out()).as(verb).contains("Usage: okju " + verb);
    }
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    assertThat(CliRun.of("pdq", "--no-such-option", BRIDGE.toString()).exitCode())
        .isEqualTo(ExitCode.USAGE);
  }
}
