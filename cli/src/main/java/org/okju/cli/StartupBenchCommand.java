package org.okju.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.okju.bench.PdqCorpus;
import org.okju.bench.StartupBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code okju bench startup}: every verb as one cold process, beside {@code java -version}. */
@Command(
    name = "startup",
    mixinStandardHelpOptions = true,
    description = {
      "Measures start-up as a user meets it, beside java -version.",
      "Each command runs as its own cold process through the okju launcher (okju --version,"
          + " --help, every verb's --help, okju pdq of one 2560x1600 JPEG, okju files of a small"
          + " case), beside java -version on the same machine (the floor)."
    })
final class StartupBenchCommand implements Callable<Integer> {
  @Option(
      names = "--rounds",
      description = "Alternated rounds of every command (default ${DEFAULT-VALUE}).")
  int rounds = 5;

  @Option(
      names = "--launcher",
      paramLabel = "FILE",
      description = "The okju launcher script (default: the one this okju was started by).")
  Path launcher;

  @Option(
      names = "--version-only",
      description =
          "Only java -version and okju --version, the start-up goal's pair (quick: use more"
              + " rounds).")
  boolean versionOnly;

  /** The start-up goal of issue 17: okju --version within 2.5 × java -version, wall-clock. */
  static final double VERSION_GOAL = 2.5;

  private static final String FLOOR = "`java -version` (floor)";
  private static final String VERSION = "`okju --version`";

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    String okju = launcherPath().toString();
    if (versionOnly) {
      List<StartupBench.Command> pair =
          List.of(
              new StartupBench.Command(FLOOR, List.of("java", "-version")),
              command("okju --version", okju, "--version"));
      measureAndPrint(pair, out);
      return ExitCode.OK;
    }
    Path tmp = Files.createTempDirectory("okju-bench-startup");
    try {
      Path image =
          PdqCorpus.large(
                  PdqCorpus.sourcePhotos(TestVectorLocation.pdqData()), 1, tmp.resolve("img"))
              .get(0);
      Path caseDir = tmp.resolve("case");
      Path source = tmp.resolve("source");
      Files.createDirectories(source);
      Files.copy(image, source.resolve("photo.jpg"));
      Files.writeString(source.resolve("note.txt"), "a note\n", StandardCharsets.UTF_8);
      run(List.of(okju, "ingest", source.toString(), "--case", caseDir.toString()));

      List<StartupBench.Command> commands = new ArrayList<>();
      commands.add(new StartupBench.Command(FLOOR, List.of("java", "-version")));
      commands.add(command("okju --version", okju, "--version"));
      commands.add(command("okju --help", okju, "--help"));
      for (String verb : Okju.commandLine().getSubcommands().keySet()) {
        if (!verb.equals("help")) {
          commands.add(command("okju " + verb + " --help", okju, verb, "--help"));
        }
      }
      commands.add(command("okju pdq (one 2560x1600 JPEG)", okju, "pdq", image.toString()));
      commands.add(
          command("okju files (2-file case)", okju, "files", "--case", caseDir.toString()));
      measureAndPrint(commands, out);
      return ExitCode.OK;
    } finally {
      TempTree.delete(tmp);
    }
  }

  private void measureAndPrint(List<StartupBench.Command> commands, PrintStream out)
      throws IOException, InterruptedException {
    String loadBefore = StartupBench.loadAverage();
    List<StartupBench.Runs> runs = new StartupBench().measure(commands, Math.max(1, rounds));
    String loadAfter = StartupBench.loadAverage();
    StartupBench.print(runs, Math.max(1, rounds), out);
    out.println();
    out.println("Load average (1 min) before: " + loadBefore + ", after: " + loadAfter);
    StartupBench.printGoal(runs, VERSION, VERSION_GOAL, out);
  }

  private Path launcherPath() {
    if (launcher != null) {
      return launcher.toAbsolutePath();
    }
    String home = System.getProperty("okju.home");
    if (home == null) {
      throw new IllegalArgumentException("not started by the okju launcher: give --launcher");
    }
    return Path.of(home, "okju").toAbsolutePath();
  }

  private static StartupBench.Command command(String label, String... argv) {
    return new StartupBench.Command("`" + label + "`", List.of(argv));
  }

  private static void run(List<String> argv) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(argv)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (p.waitFor() != 0) {
      throw new IOException("failed: " + String.join(" ", argv));
    }
  }
}
