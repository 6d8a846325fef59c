package org.okju.evidence.tool;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs the forensic tools (The Sleuth Kit, libewf's tools, PhotoRec) as subprocesses, so that a
 * hostile image can crash or hang a tool but never okju: every run has a total time, a silence
 * limit and an output limit ({@link ToolLimits}), after which the tool and its children are killed
 * and the run fails with a typed {@link ToolException}. Tools run with {@code LC_ALL=C}, {@code
 * TZ=UTC} (The Sleuth Kit prints local times) and the {@code O_NOATIME} preload library where this
 * build has one. Thread-safe.
 */
public final class ToolRunner {
  private final Map<String, String> environment;

  /** A runner with the preload library when this build has it. */
  public ToolRunner() {
    Map<String, String> env = new TreeMap<>();
    env.put("LC_ALL", "C");
    env.put("TZ", "UTC");
    NoAtimePreload.path().ifPresent(p -> env.put("LD_PRELOAD", p.toString()));
    this.environment = Map.copyOf(env);
  }

  /** Whether tools open evidence with {@code O_NOATIME} (the preload library is present). */
  public boolean atimeProtected() {
    return environment.containsKey("LD_PRELOAD");
  }

  /** What a finished tool printed and returned. */
  public static final class Result {
    // A class, not a record: its arrays are handed over as they are, neither copied nor compared.
    private final int exitCode;
    private final byte[] stdout;
    private final String stderr;

    public Result(int exitCode, byte[] stdout, String stderr) {
      this.exitCode = exitCode;
      this.stdout = stdout;
      this.stderr = stderr;
    }

    public int exitCode() {
      return exitCode;
    }

    public byte[] stdout() {
      return stdout;
    }

    public String stderr() {
      return stderr;
    }

    /** Standard output as text (the tools print ASCII or UTF-8). */
    public String text() {
      return new String(stdout, java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  /**
   * Runs {@code command} to its end and returns what it printed, whatever its exit code (the caller
   * decides what a code means).
   *
   * @throws ToolException when it is not installed, runs past its limits or dies on a signal
   */
  public Result run(List<String> command, ToolLimits limits)
      throws ToolException, InterruptedException {
    try (ToolStream out = stream(command, limits, true)) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      byte[] buffer = new byte[64 << 10];
      for (int n; (n = out.read(buffer, 0, buffer.length)) > 0; ) {
        bytes.write(buffer, 0, n);
      }
      return new Result(out.exitCode(), bytes.toByteArray(), out.stderr());
    } catch (ToolException e) {
      throw e;
    } catch (IOException e) {
      throw new ToolException("tool-error", name(command) + ": " + e.getMessage());
    }
  }

  /**
   * Starts {@code command} and returns its standard output as a stream. Reading past the end throws
   * {@link ToolException} when the tool failed (non-zero exit, limits, signal), so an item read
   * from it gets an error rather than a short copy.
   *
   * @throws ToolException when the tool cannot be started
   */
  public ToolStream stream(List<String> command, ToolLimits limits) throws ToolException {
    return stream(command, limits, false);
  }

  private ToolStream stream(List<String> command, ToolLimits limits, boolean anyExitCode)
      throws ToolException {
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().putAll(environment);
    pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      throw new ToolException(
          "tool-missing",
          name(command)
              + " could not be started ("
              + e.getMessage()
              + "); install Debian's "
              + debianPackage(name(command)));
    }
    return new ToolStream(p, name(command), limits, anyExitCode, Watchdog.INSTANCE);
  }

  static String name(List<String> command) {
    String c = command.get(0);
    return c.substring(c.lastIndexOf('/') + 1);
  }

  private static String debianPackage(String tool) {
    return switch (tool) {
      case "ewfverify", "ewfinfo", "ewfacquire", "ewfexport" -> "ewf-tools";
      case "photorec" -> "testdisk";
      default -> "sleuthkit";
    };
  }

  /** Drains a stream into a bounded buffer (a tool's standard error). */
  static final class Drain implements Runnable {
    private final InputStream in;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private long total;

    Drain(InputStream in) {
      this.in = in;
    }

    @Override
    public void run() {
      byte[] b = new byte[8192];
      try (in) {
        for (int n; (n = in.read(b)) > 0; ) {
          synchronized (this) {
            int keep = Math.max(0, Math.min(n, ToolLimits.STDERR_KEPT - kept.size()));
            kept.write(b, 0, keep);
            total += n;
          }
        }
      } catch (IOException e) {
        // The tool was killed; what was kept is enough for the message.
      }
    }

    synchronized String text() {
      String s = kept.toString(java.nio.charset.StandardCharsets.UTF_8).strip();
      return total > kept.size() ? s + " … (" + total + " bytes in all)" : s;
    }
  }

  static Duration elapsedSince(long nanos) {
    return Duration.ofNanos(System.nanoTime() - nanos);
  }
}
