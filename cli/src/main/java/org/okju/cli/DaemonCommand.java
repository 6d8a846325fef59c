package org.okju.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.okju.cli.daemon.DaemonClient;
import org.okju.cli.daemon.DaemonInfo;
import org.okju.cli.daemon.DaemonServer;
import org.okju.cli.daemon.SourceWatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code okju daemon status|stop|run}: the resident okju that the launcher keeps for the per-file
 * verbs ({@code okju pdq FILE}, {@code okju vpdq VIDEO} called once per file by a script).
 */
@Command(
    name = "daemon",
    mixinStandardHelpOptions = true,
    description = {
      "The resident okju that runs okju pdq and okju vpdq for the launcher.",
      "A script that calls okju pdq or okju vpdq once per file would start a JVM for each; the"
          + " first call starts a resident okju in the background, and later calls run in it"
          + " (same output, same exit codes). It ends after 10 idle minutes. OKJU_DAEMON=off in"
          + " the environment runs every command in a process of its own and starts none."
    },
    subcommands = {DaemonCommand.Status.class, DaemonCommand.Stop.class, DaemonCommand.Run.class})
final class DaemonCommand extends VerbGroup {
  /** The verbs a resident runs: pure functions of files, printing their results. */
  static final Set<String> RESIDENT_VERBS = Set.of("pdq", "vpdq");

  /** Set by the launcher on every run: where this checkout's resident is described. */
  static Optional<Path> infoFile() {
    String file = System.getProperty("okju.daemon.info", "");
    return file.isEmpty() ? Optional.empty() : Optional.of(Path.of(file));
  }

  /** The resident's answer to {@code word}; empty when none runs (or only a stale file is left). */
  private static Optional<String> ask(String word) throws IOException {
    Optional<Path> file = infoFile();
    Optional<DaemonInfo> info = file.isEmpty() ? Optional.empty() : DaemonInfo.read(file.get());
    if (info.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(DaemonClient.ask(info.get(), word));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** {@code okju daemon status}. */
  @Command(
      name = "status",
      mixinStandardHelpOptions = true,
      description = "Says whether a resident okju runs for this installation (exit 1 if none).")
  static final class Status implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      Optional<String> answer = ask("status");
      out.println(answer.orElse("none"));
      out.flush();
      return answer.isPresent() ? ExitCode.OK : ExitCode.FAILURE;
    }
  }

  /** {@code okju daemon stop}. */
  @Command(
      name = "stop",
      mixinStandardHelpOptions = true,
      description =
          "Stops the resident okju (commands it is running finish first); fine if none runs.")
  static final class Stop implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      out.println(ask("stop").isPresent() ? "stopped" : "none was running");
      out.flush();
      return ExitCode.OK;
    }
  }

  /** {@code okju daemon run}: what the launcher starts in the background. */
  @Command(
      name = "run",
      mixinStandardHelpOptions = true,
      description = {
        "Runs a resident okju in the foreground (the launcher starts one in the background).",
        "Exits at once if one already runs for this installation."
      })
  static final class Run implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--idle-minutes",
        paramLabel = "N",
        description = "End after N minutes without a command (default ${DEFAULT-VALUE}).")
    long idleMinutes = 10;

    @Override
    public Integer call() throws IOException {
      Optional<Path> file = infoFile();
      if (file.isEmpty()) {
        throw CliException.usage("okju daemon run is started by the launcher (./okju)");
      }
      if (idleMinutes < 1) {
        throw CliException.usage("--idle-minutes must be 1 or more");
      }
      String jar = System.getProperty("okju.daemon.jar", "");
      String home = System.getProperty("okju.home", "");
      if (jar.isEmpty() || home.isEmpty()) {
        throw CliException.usage("okju daemon run is started by the launcher (./okju)");
      }
      try (SourceWatch sources =
          SourceWatch.start(Path.of(home), Files.getLastModifiedTime(Path.of(jar)))) {
        DaemonServer server =
            new DaemonServer(
                file.get(),
                jar,
                System.getProperty("okju.daemon.locale", ""),
                Duration.ofMinutes(idleMinutes),
                RESIDENT_VERBS,
                Okju::run,
                sources::changed);
        // Ended like okju serve: no new command, the running ones finish, the file goes.
        Interrupts.handle(Interrupts.Signal.TERM, server::shutDown);
        Interrupts.handle(Interrupts.Signal.INT, server::shutDown);
        server.serve();
      }
      return ExitCode.OK;
    }
  }
}
