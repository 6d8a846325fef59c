package org.okju.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code okju} command. Exit codes (DESIGN.md): 0 ok, 1 failure with no finding, 2 bad usage, 3
 * partial (some items failed, the rest were done).
 *
 * <p>A run builds picocli's model only for the verb it runs: building every verb's model (each
 * option's reflection, the classes of its types) was most of {@code okju --version}'s start-up.
 * {@link #commandLine()} still builds the whole tree for help, tests and the verb table.
 */
@Command(
    name = "okju",
    mixinStandardHelpOptions = true,
    versionProvider = OkjuVersion.class,
    description = "Case workbench for taking down non-consensual intimate recordings.")
public final class Okju implements Runnable {
  /** Every verb, in the order {@code okju --help} lists them. */
  static final List<Class<?>> VERBS =
      List.of(
          PdqCommand.class,
          IngestCommand.class,
          FilesCommand.class,
          CopiesCommand.class,
          HashsetCommand.class,
          MatchCommand.class,
          DemoCommand.class,
          VpdqCommand.class,
          VpdqMatchCommand.class,
          VerifyCommand.class,
          ReportCommand.class,
          ExportCommand.class,
          LedgerCommand.class,
          SearchCommand.class,
          NetworkCommand.class,
          TimelineCommand.class,
          MonitorCommand.class,
          SightingsCommand.class,
          NoticeCommand.class,
          TakedownGroupCommand.class,
          BenchCommand.class,
          CaseCommand.class,
          ServerCommand.class,
          ServeCommand.class);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    Interrupts.enable();
    int code = run(args);
    Interrupts.finished();
    System.exit(code);
  }

  /** Runs one command line and returns its exit code (for tests and the launcher). */
  public static int run(String... args) {
    return commandLineFor(args).execute(args);
  }

  /** The whole command tree: every verb with its options. */
  static CommandLine commandLine() {
    CommandLine cl = root();
    VERBS.forEach(verb -> cl.addSubcommand(verb));
    cl.addSubcommand(CommandLine.HelpCommand.class);
    return cl;
  }

  /**
   * The tree a run of {@code args} needs: the root alone for its own options ({@code --version}),
   * the root and one verb when the first word names one, and otherwise (help, a mistyped verb that
   * deserves suggestions) the whole tree.
   */
  static CommandLine commandLineFor(String... args) {
    if (args.length == 0) {
      return commandLine();
    }
    String first = args[0];
    if (first.equals("--version") || first.equals("-V")) {
      return root();
    }
    Optional<Class<?>> verb = VERBS.stream().filter(v -> names(v).contains(first)).findFirst();
    if (verb.isEmpty()) {
      return commandLine();
    }
    CommandLine cl = root();
    cl.addSubcommand(verb.get());
    return cl;
  }

  private static CommandLine root() {
    CommandLine cl = new CommandLine(new Okju());
    cl.setExecutionExceptionHandler(new UnexpectedErrorHandler());
    cl.setExecutionStrategy(
        parsed -> {
          List<CommandLine> verbs = parsed.asCommandLineList();
          if (verbs.stream()
              .noneMatch(c -> c.isUsageHelpRequested() || c.isVersionHelpRequested())) {
            Interrupts.running(verbs.get(verbs.size() - 1).getCommandSpec().qualifiedName());
          }
          return new CommandLine.RunLast().execute(parsed);
        });
    return cl;
  }

  private static List<String> names(Class<?> verb) {
    Command command = verb.getAnnotation(Command.class);
    return command == null
        ? List.of()
        : Stream.concat(Stream.of(command.name()), Arrays.stream(command.aliases())).toList();
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a verb is required");
  }
}
