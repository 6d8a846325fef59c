package org.okju.evidence.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A tool that hangs, floods its output, crashes or is missing becomes a typed error within its
 * limits; okju itself never waits on it past them.
 */
class ToolRunnerTest {
  private final ToolRunner tools = new ToolRunner();

  @Test
  void aToolThatPrintsNothingIsStoppedAfterItsSilenceLimit() {
    long start = System.nanoTime();
    assertThatThrownBy(
            () ->
                tools.run(
                    List.of("sleep", "600"),
                    new ToolLimits(Duration.ofMinutes(5), Duration.ofSeconds(1), 1 << 20)))
        .isInstanceOf(ToolException.class)
        .satisfies(e -> assertThat(((ToolException) e).kind()).isEqualTo("tool-timeout"));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(60));
  }

  @Test
  void aToolThatFloodsItsOutputIsStoppedAtTheOutputLimit() {
    assertThatThrownBy(
            () ->
                tools.run(
                    List.of("yes"),
                    new ToolLimits(Duration.ofMinutes(5), Duration.ofMinutes(5), 1 << 20)))
        .isInstanceOf(ToolException.class)
        .satisfies(e -> assertThat(((ToolException) e).kind()).isEqualTo("tool-output-limit"));
  }

  @Test
  void aToolThatDiesOnASignalIsACrashAndAMissingToolNamesItsPackage() {
    assertThatThrownBy(() -> tools.run(List.of("sh", "-c", "kill -SEGV $$"), ToolLimits.quick()))
        .isInstanceOf(ToolException.class)
        .satisfies(e -> assertThat(((ToolException) e).kind()).isEqualTo("tool-crashed"));
    assertThatThrownBy(() -> tools.run(List.of("fiwalk-not-here"), ToolLimits.quick()))
        .isInstanceOf(ToolException.class)
        .hasMessageContaining("sleuthkit")
        .satisfies(e -> assertThat(((ToolException) e).kind()).isEqualTo("tool-missing"));
  }

  @Test
  void aFailedToolReadAsAStreamFailsAtTheEndInsteadOfLookingLikeAShortFile() throws Exception {
    try (ToolStream s =
        tools.stream(List.of("sh", "-c", "printf abc; exit 3"), ToolLimits.quick())) {
      byte[] b = new byte[16];
      assertThat(s.read(b, 0, b.length)).isEqualTo(3);
      assertThatThrownBy(() -> s.read(b, 0, b.length))
          .isInstanceOf(ToolException.class)
          .satisfies(e -> assertThat(((ToolException) e).kind()).isEqualTo("tool-error"));
    }
  }

  @Test
  void toolsRunWithTheAccessTimePreloadLibrary() {
    assertThat(tools.atimeProtected()).as("libokju-noatime built into the evidence jar").isTrue();
  }
}
