package org.okju.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The disk-image tools the image tests build their drives with (mkfs.fat, mtools, ewfacquire). */
final class ImageTools {
  private ImageTools() {}

  /** Skips the test without {@code tools}; on CI, where .ci/run installs them, fails it. */
  static void need(String... tools) {
    for (String t : tools) {
      boolean found =
          Stream.of("/usr/bin/", "/usr/sbin/").anyMatch(d -> Files.isExecutable(Path.of(d + t)));
      if ("true".equals(System.getenv("CI"))) {
        assertThat(found).as(t + " (.ci/run installs it)").isTrue();
      }
      assumeTrue(found, t + " is not installed");
    }
  }

  /**
   * Runs {@code script} with bash in {@code dir}; fails the test with its output unless it
   * succeeds.
   */
  static void sh(Path dir, String script) throws Exception {
    Process p =
        new ProcessBuilder("bash", "-c", script)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(script + "\n" + out).isZero();
  }
}
