package org.okju.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real {@code okju} process (the CLI's main class on the tests' class path): for what only a
 * process has, signals, kill -9 and a second process's view of the case lock.
 */
final class OkjuProcess {
  private OkjuProcess() {}

  /** Starts {@code okju args...}; stdout and stderr go to files beside {@code logs}. */
  static Process start(Path logs, String... args) throws IOException {
    return builder(args)
        .redirectOutput(logs.resolveSibling(logs.getFileName() + ".out").toFile())
        .redirectError(logs.resolveSibling(logs.getFileName() + ".err").toFile())
        .start();
  }

  /**
   * {@code okju args...} as a terminal's shell starts it. Through {@code env --default-signal}: a
   * build run in the background by a non-interactive shell ({@code bash .ci/run &}) ignores SIGINT,
   * a child inherits that, and the JVM, as it should, leaves an ignored SIGINT ignored, so a test
   * of Ctrl-C would see the ingest run on to the end.
   */
  static ProcessBuilder builder(String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add("env");
    cmd.add("--default-signal=INT");
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add("-Djava.awt.headless=true");
    cmd.add("org.okju.cli.Okju");
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd);
  }

  /** Sends {@code signal} (INT, TERM) to the process, as a shell's kill does. */
  static void signal(Process p, String signal) throws IOException, InterruptedException {
    Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).start();
    if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
      throw new IOException("kill -" + signal + " " + p.pid() + " failed");
    }
  }

  /** What the process wrote to stdout and stderr (after it ended). */
  static String out(Path logs) throws IOException {
    return java.nio.file.Files.readString(
        logs.resolveSibling(logs.getFileName() + ".out"), StandardCharsets.UTF_8);
  }

  static String err(Path logs) throws IOException {
    return java.nio.file.Files.readString(
        logs.resolveSibling(logs.getFileName() + ".err"), StandardCharsets.UTF_8);
  }
}
