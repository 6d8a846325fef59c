package org.okju.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleSupplier;

/**
 * Tools compared as users run them from a shell: each "way" is a sequence of command lines (one per
 * file for a loop, a single one for one call over all files), run as separate processes. Ways are
 * run in alternated rounds (every way once a round), so a disturbance of a shared machine falls on
 * all of them, and medians are compared.
 */
public final class CommandLineBench {
  /**
   * One way of running a tool: its label, the command lines it runs, in order, and whether they run
   * in a resident process ({@code okju daemon}) whose CPU time then counts as theirs.
   */
  public record Way(String label, List<List<String>> commands, boolean resident) {
    public Way {
      commands = commands.stream().map(List::copyOf).toList();
    }

    public Way(String label, List<List<String>> commands) {
      this(label, commands, false);
    }
  }

  /** The medians of one way, and the standard output of its last round. */
  public record Result(Way way, double wallSeconds, double cpuSeconds, Path output) {}

  private CommandLineBench() {}

  /**
   * Runs every way {@code rounds} times, alternated, after an unmeasured run of each way's first
   * command (the launcher's class-data-sharing archive, the tool's own files in the page cache; the
   * inputs are fresh from being generated). Standard output goes to a file in {@code workDir}.
   */
  public static List<Result> measure(List<Way> ways, int rounds, Path workDir, PrintStream progress)
      throws IOException, InterruptedException {
    return measure(ways, rounds, workDir, progress, () -> 0);
  }

  /**
   * As {@link #measure(List, int, Path, PrintStream)}, adding to each resident way's CPU time what
   * {@code residentCpuSeconds} (the resident's CPU seconds so far) grew by during it.
   */
  public static List<Result> measure(
      List<Way> ways,
      int rounds,
      Path workDir,
      PrintStream progress,
      DoubleSupplier residentCpuSeconds)
      throws IOException, InterruptedException {
    List<List<Double>> walls = new ArrayList<>();
    List<List<Double>> cpus = new ArrayList<>();
    List<Path> outputs = new ArrayList<>();
    for (int i = 0; i < ways.size(); i++) {
      walls.add(new ArrayList<>());
      cpus.add(new ArrayList<>());
      outputs.add(workDir.resolve("way-" + i + ".out"));
    }
    for (int round = 0; round <= rounds; round++) {
      for (int i = 0; i < ways.size(); i++) {
        Way way = ways.get(i);
        progress.printf(
            Locale.ROOT,
            "round %d/%d: %s%s%n",
            round,
            rounds,
            way.label(),
            round == 0 ? " (warm-up)" : "");
        Files.deleteIfExists(outputs.get(i));
        Files.createFile(outputs.get(i));
        double wall = 0;
        double cpu = 0;
        List<List<String>> commands = round == 0 ? way.commands().subList(0, 1) : way.commands();
        double residentBefore = way.resident() ? residentCpuSeconds.getAsDouble() : 0;
        for (List<String> argv : commands) {
          ProcessTimer.Timing t = ProcessTimer.run(argv, outputs.get(i));
          wall += t.wallSeconds();
          cpu += t.cpuSeconds();
        }
        if (way.resident()) {
          cpu += residentCpuSeconds.getAsDouble() - residentBefore;
        }
        if (round > 0) {
          walls.get(i).add(wall);
          if (!Double.isNaN(cpu)) {
            cpus.get(i).add(cpu);
          }
        }
      }
    }
    List<Result> results = new ArrayList<>();
    for (int i = 0; i < ways.size(); i++) {
      results.add(
          new Result(
              ways.get(i), Medians.of(walls.get(i)), Medians.of(cpus.get(i)), outputs.get(i)));
    }
    return results;
  }
}
