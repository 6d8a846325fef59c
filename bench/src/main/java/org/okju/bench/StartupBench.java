package org.okju.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * What a user waits for: each command run as its own cold process, as a shell script runs okju,
 * beside {@code java -version} on the same machine (the floor no Java program starts under).
 *
 * <p>Commands run in alternated rounds (every command once a round) so that a disturbance of a
 * shared machine falls on all of them; medians are compared. CPU time (user + system, the process
 * and its children) comes from GNU {@code time} when installed: on a loaded machine it moves far
 * less than wall-clock time, so it is printed beside it.
 */
public final class StartupBench {
  /** One command line and the name it is reported under. */
  public record Command(String label, List<String> argv) {
    public Command {
      argv = List.copyOf(argv);
    }
  }

  /** Wall-clock and CPU seconds of every run of one command. */
  public record Runs(Command command, List<Double> wallSeconds, List<Double> cpuSeconds) {
    public Runs {
      wallSeconds = List.copyOf(wallSeconds);
      cpuSeconds = List.copyOf(cpuSeconds);
    }

    public double medianWall() {
      return Medians.of(wallSeconds);
    }

    /** NaN when CPU time could not be measured. */
    public double medianCpu() {
      return Medians.of(cpuSeconds);
    }
  }

  private static final Path GNU_TIME = Path.of("/usr/bin/time");
  private static final long TIMEOUT_MINUTES = 30;

  /**
   * Runs every command {@code rounds} times, alternated, after one unmeasured round (it fills the
   * page cache and, for the launcher, makes its class-data-sharing archive).
   *
   * @throws IOException when a command cannot be started or exits with a code other than 0
   */
  public List<Runs> measure(List<Command> commands, int rounds)
      throws IOException, InterruptedException {
    List<List<Double>> walls = new ArrayList<>();
    List<List<Double>> cpus = new ArrayList<>();
    for (Command c : commands) {
      walls.add(new ArrayList<>());
      cpus.add(new ArrayList<>());
      runOnce(c);
    }
    for (int round = 0; round < rounds; round++) {
      for (int i = 0; i < commands.size(); i++) {
        double[] wallAndCpu = runOnce(commands.get(i));
        walls.get(i).add(wallAndCpu[0]);
        if (!Double.isNaN(wallAndCpu[1])) {
          cpus.get(i).add(wallAndCpu[1]);
        }
      }
    }
    List<Runs> result = new ArrayList<>();
    for (int i = 0; i < commands.size(); i++) {
      result.add(new Runs(commands.get(i), walls.get(i), cpus.get(i)));
    }
    return result;
  }

  private static double[] runOnce(Command command) throws IOException, InterruptedException {
    boolean timed = Files.isExecutable(GNU_TIME);
    Path times = Files.createTempFile("okju-startup", ".time");
    try {
      List<String> argv = new ArrayList<>();
      if (timed) {
        argv.addAll(List.of(GNU_TIME.toString(), "-q", "-f", "%U %S", "-o", times.toString()));
      }
      argv.addAll(command.argv());
      ProcessBuilder pb = new ProcessBuilder(argv).redirectErrorStream(true);
      pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
      // A cold start each time: okju pdq and vpdq would otherwise run in the resident okju, whose
      // CPU no timer of this process sees (okju bench pdq and vpdq measure that way).
      pb.environment().put("OKJU_DAEMON", "off");
      long start = System.nanoTime();
      Process p = pb.start();
      if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new IOException(
            command.label() + ": still running after " + TIMEOUT_MINUTES + " min");
      }
      double wall = (System.nanoTime() - start) / 1e9;
      if (p.exitValue() != 0) {
        throw new IOException(command.label() + ": exit code " + p.exitValue() + " " + argv);
      }
      double cpu = Double.NaN;
      if (timed) {
        String[] userSys = Files.readString(times, StandardCharsets.UTF_8).trim().split("\\s+", -1);
        cpu = Double.parseDouble(userSys[0]) + Double.parseDouble(userSys[1]);
      }
      return new double[] {wall, cpu};
    } finally {
      Files.deleteIfExists(times);
    }
  }

  /** The machine's load average over the last minute, "–" where not known. */
  public static String loadAverage() {
    double load = ProcessCpu.loadAverage();
    return load < 0 ? "–" : String.format(Locale.ROOT, "%.2f", load);
  }

  /**
   * One line saying whether {@code label}'s median wall-clock time is at most {@code goal} times
   * the floor's (the first command's), with the CPU ratio beside it.
   */
  public static void printGoal(List<Runs> runs, String label, double goal, PrintStream out) {
    Runs floor = runs.get(0);
    for (Runs r : runs) {
      if (r.command().label().equals(label)) {
        double wall = r.medianWall() / floor.medianWall();
        out.printf(
            Locale.ROOT,
            "%s: %.2f × %s wall-clock (%.0f against %.0f ms), %.2f × CPU; goal ≤ %.1f × wall-clock:"
                + " %s%n",
            label,
            wall,
            floor.command().label(),
            r.medianWall() * 1000,
            floor.medianWall() * 1000,
            r.medianCpu() / floor.medianCpu(),
            goal,
            wall <= goal ? "met" : "NOT met");
        return;
      }
    }
    throw new IllegalArgumentException("no command " + label);
  }

  /** The table: each command's medians and its ratio to the floor (the first command). */
  public static void print(List<Runs> runs, int rounds, PrintStream out) {
    out.printf(
        Locale.ROOT,
        "Cold start, one process a run, medians of %d alternated rounds (CPU = user + system)%n%n",
        rounds);
    out.println("| command | wall s | × floor | CPU s | × floor |");
    out.println("|---|---:|---:|---:|---:|");
    Runs floor = runs.get(0);
    for (Runs r : runs) {
      out.printf(
          Locale.ROOT,
          "| %s | %.3f | %.1f | %s | %s |%n",
          r.command().label(),
          r.medianWall(),
          r.medianWall() / floor.medianWall(),
          Double.isNaN(r.medianCpu()) ? "–" : String.format(Locale.ROOT, "%.3f", r.medianCpu()),
          Double.isNaN(r.medianCpu())
              ? "–"
              : String.format(Locale.ROOT, "%.1f", r.medianCpu() / floor.medianCpu()));
    }
  }
}
