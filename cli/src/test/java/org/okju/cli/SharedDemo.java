package org.okju.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One run of {@code okju demo} for the test classes of this JVM that only read what it made (its
 * output, its case, its report): the demo is the slowest thing the tests build, and each class
 * running its own paid for it again. Made on first use in a temporary folder that is removed when
 * the JVM ends. A class that changes the case must build its own.
 */
final class SharedDemo {
  /** The demo's case directory and what {@code okju demo} returned and printed. */
  record Demo(Path kase, CliRun run) {}

  private static Demo demo;

  private SharedDemo() {}

  /** The demo, run on the first call. */
  static synchronized Demo get() throws IOException {
    if (demo == null) {
      Path dir = Files.createTempDirectory("okju-shared-demo");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
      Path kase = dir.resolve("demo-case");
      demo =
          new Demo(
              kase,
              CliRun.of(
                  "demo", "--testvectors", CliRun.vectors().toString(), "--case", kase.toString()));
    }
    return demo;
  }

  private static void delete(Path dir) {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
