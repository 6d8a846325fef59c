package org.okju.evidence.tool;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import org.okju.evidence.EvidenceStream;

/**
 * A running tool's standard output, read as a stream; the {@link Watchdog} kills the tool when it
 * runs past its {@link ToolLimits}. At the end of the output the tool's outcome is checked: a
 * non-zero exit, a crash or a kill throws {@link ToolException} from {@code read}. Not thread-safe
 * (one reader); close it.
 */
public final class ToolStream implements EvidenceStream {
  private final Process process;
  private final String name;
  private final ToolLimits limits;
  private final boolean anyExitCode;
  private final Watchdog watchdog;
  private final InputStream stdout;
  private final ToolRunner.Drain stderr;
  private final Thread stderrThread;
  private final long started = System.nanoTime();
  private volatile long lastOutput = started;
  private volatile String killedFor;
  private long bytes;
  private boolean finished;
  private int exitCode = -1;

  ToolStream(
      Process process, String name, ToolLimits limits, boolean anyExitCode, Watchdog watchdog) {
    this.process = process;
    this.name = name;
    this.limits = limits;
    this.anyExitCode = anyExitCode;
    this.watchdog = watchdog;
    this.stdout = process.getInputStream();
    this.stderr = new ToolRunner.Drain(process.getErrorStream());
    this.stderrThread = new Thread(stderr, "okju-tool-stderr-" + name);
    stderrThread.setDaemon(true);
    stderrThread.start();
    watchdog.watch(this);
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    if (finished) {
      return -1;
    }
    int n;
    try {
      n = stdout.read(buffer, offset, length);
    } catch (IOException e) {
      n = -1;
    }
    if (n > 0) {
      lastOutput = System.nanoTime();
      bytes += n;
      if (bytes > limits.maxOutputBytes()) {
        kill("tool-output-limit");
        finish();
      }
      return n;
    }
    finish();
    return -1;
  }

  /** The tool's exit code, once its output has been read to the end. */
  public int exitCode() {
    return exitCode;
  }

  /** What the tool printed on standard error (the first 16 KiB). */
  public String stderr() {
    return stderr.text();
  }

  private void finish() throws ToolException {
    finished = true;
    try {
      long left = limits.total().toNanos() - ToolRunner.elapsedSince(started).toNanos();
      if (!process.waitFor(Math.max(1, left), TimeUnit.NANOSECONDS)) {
        kill("tool-timeout");
        process.waitFor();
      }
      stderrThread.join(5_000);
    } catch (InterruptedException e) {
      kill("interrupted");
      Thread.currentThread().interrupt();
      throw new ToolException("interrupted", name + " was stopped: okju was interrupted");
    } finally {
      watchdog.forget(this);
    }
    exitCode = process.exitValue();
    String why = killedFor;
    if (why != null) {
      throw new ToolException(why, name + " " + describe(why));
    }
    // Java reports a process ended by a signal as 128 + the signal's number.
    if (exitCode > 128 && exitCode < 160) {
      throw new ToolException(
          "tool-crashed", name + " crashed (signal " + (exitCode - 128) + ")" + stderrSuffix());
    }
    if (exitCode != 0 && !anyExitCode) {
      throw new ToolException(
          "tool-error", name + " failed (exit " + exitCode + ")" + stderrSuffix());
    }
  }

  private String describe(String why) {
    return switch (why) {
      case "tool-timeout" ->
          "was stopped after running for "
              + limits.total().toSeconds()
              + " s (or silent for "
              + limits.silence().toSeconds()
              + " s)";
      case "tool-output-limit" ->
          "was stopped after printing more than " + limits.maxOutputBytes() + " bytes";
      default -> "was stopped";
    };
  }

  private String stderrSuffix() {
    String e = stderr.text();
    return e.isEmpty() ? "" : ": " + e.lines().limit(3).reduce((a, b) -> a + " / " + b).orElse("");
  }

  /** Called by the watchdog: whether this run is past its limits now. */
  String overLimit(long now) {
    if (now - started > limits.total().toNanos() || now - lastOutput > limits.silence().toNanos()) {
      return "tool-timeout";
    }
    return null;
  }

  void kill(String why) {
    if (killedFor == null) {
      killedFor = why;
    }
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }

  @Override
  public void close() {
    if (!finished) {
      finished = true;
      kill("closed");
      try {
        process.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        watchdog.forget(this);
      }
    }
    try {
      stdout.close();
    } catch (IOException e) {
      // The tool is gone; nothing to release.
    }
  }
}
