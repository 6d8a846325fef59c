package org.okju.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one command line as its own process and measures it as a user's shell would: wall-clock
 * time, and CPU time (user + system of the process and every child it waited for, through GNU
 * {@code time}) — the C++ pdq-photo-hasher, for one, decodes through ImageMagick child processes.
 */
final class ProcessTimer {
  /** Wall-clock and CPU seconds of one run; CPU is NaN without GNU time. */
  record Timing(double wallSeconds, double cpuSeconds) {}

  private static final Path GNU_TIME = Path.of("/usr/bin/time");
  private static final long TIMEOUT_MINUTES = 60;

  private ProcessTimer() {}

  /** Whether CPU time can be measured here. */
  static boolean measuresCpu() {
    return Files.isExecutable(GNU_TIME);
  }

  /**
   * Runs {@code argv}, appending its standard output to {@code stdout}.
   *
   * @throws IOException when it cannot start, times out or exits with a code other than 0 (the
   *     message then carries the end of its standard error)
   */
  static Timing run(List<String> argv, Path stdout) throws IOException, InterruptedException {
    boolean timed = measuresCpu();
    Path times = Files.createTempFile("okju-bench", ".time");
    Path stderr = Files.createTempFile("okju-bench", ".err");
    try {
      List<String> full = new ArrayList<>();
      if (timed) {
        full.addAll(List.of(GNU_TIME.toString(), "-q", "-f", "%U %S", "-o", times.toString()));
      }
      full.addAll(argv);
      ProcessBuilder pb =
          new ProcessBuilder(full)
              .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
              .redirectOutput(ProcessBuilder.Redirect.appendTo(stdout.toFile()))
              .redirectError(stderr.toFile());
      long start = System.nanoTime();
      Process p = pb.start();
      if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new IOException(argv.get(0) + ": still running after " + TIMEOUT_MINUTES + " min");
      }
      double wall = (System.nanoTime() - start) / 1e9;
      if (p.exitValue() != 0) {
        String err = Files.readString(stderr, StandardCharsets.UTF_8);
        throw new IOException(
            String.join(" ", argv.subList(0, Math.min(4, argv.size())))
                + " ...: exit code "
                + p.exitValue()
                + ": "
                + err.substring(Math.max(0, err.length() - 400)).strip());
      }
      double cpu = Double.NaN;
      if (timed) {
        String[] userSys = Files.readString(times, StandardCharsets.UTF_8).trim().split("\\s+", -1);
        cpu = Double.parseDouble(userSys[0]) + Double.parseDouble(userSys[1]);
      }
      return new Timing(wall, cpu);
    } finally {
      Files.deleteIfExists(times);
      Files.deleteIfExists(stderr);
    }
  }
}
