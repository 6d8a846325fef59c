package org.okju.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code okju} command. Exit codes (DESIGN.md): 0 ok, 1 failure with no finding, 2 bad usage, 3
 * partial (some items failed, the rest were done).
 *
 * <p>A run builds picocli's model only for the verb it runs: building every verb's model (each
 * option's reflection, the classes of its types) was most of {@code okju --version}'s start-up.
 * {@link #commandLine()} still builds the whole tree for help, tests and the verb table. {@code
 * okju --version} alone builds no model at all: even the root command's, built by reflection in the
 * interpreter, was half of its start-up; it prints what picocli would print, from the same {@link
 * OkjuVersion}.
 */
@Command(
    name = "okju",
    mixinStandardHelpOptions = true,
    versionProvider = OkjuVersion.class,
    description = "Case workbench for taking down non-consensual intimate recordings.")
public final class Okju implements Runnable {
  /** Command lines that print the root's usage and nothing else: the verbs' names suffice. */
  private static final Set<String> ROOT_USAGE_ALONE = Set.of("--help", "-h", "help");

  @CommandLine.Spec CommandSpec spec;

  public static void main(String[] args) {
    Interrupts.enable();
    int code = run(args);
    Interrupts.finished();
    System.exit(code);
  }

  /** Runs one command line and returns its exit code (for tests and the launcher). */
  public static int run(String... args) {
    if (asksOnlyForVersion(args)) {
      printVersion(System.out);
      return ExitCode.OK;
    }
    return commandLineFor(args).execute(args);
  }

  /** What {@code okju --version} prints: picocli's version help, without picocli. */
  static void printVersion(PrintStream out) {
    for (String line : new OkjuVersion().getVersion()) {
      out.println(line);
    }
  }

  /** {@code okju --version} or {@code okju -V} and nothing else. */
  static boolean asksOnlyForVersion(String... args) {
    return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
  }

  /** The whole command tree: every verb with its options. */
  static CommandLine commandLine() {
    CommandLine cl = root();
    Verbs.ALL.forEach(verb -> cl.addSubcommand(verb));
    cl.addSubcommand(CommandLine.HelpCommand.class);
    return cl;
  }

  /**
   * The tree a run of {@code args} needs: the root with the verbs' names and descriptions only for
   * the root's usage ({@code okju}, {@code okju --help}, {@code -h}, {@code help}), the root alone
   * for its own options ({@code --version}), the root and one verb when the first word names one,
   * and otherwise (help on a verb, a mistyped verb that deserves suggestions) the whole tree.
   */
  static CommandLine commandLineFor(String... args) {
    if (args.length == 0 || (args.length == 1 && ROOT_USAGE_ALONE.contains(args[0]))) {
      return verbListing();
    }
    String first = args[0];
    if (first.equals("--version") || first.equals("-V")) {
      return root();
    }
    Optional<Class<?>> verb = Verbs.ALL.stream().filter(v -> names(v).contains(first)).findFirst();
    if (verb.isEmpty()) {
      return commandLine();
    }
    CommandLine cl = root();
    cl.addSubcommand(verb.get());
    return cl;
  }

  /**
   * The root with every verb known only by its names and description, read from its annotation:
   * enough for the root's usage help, which lists the verbs, at a fraction of the cost of building
   * every verb's options by reflection (VerbListingTest checks that the text is the same).
   */
  private static CommandLine verbListing() {
    CommandLine cl = root();
    for (Class<?> verb : Verbs.ALL) {
      Command command = verb.getAnnotation(Command.class);
      CommandSpec spec = CommandSpec.create().name(command.name()).aliases(command.aliases());
      spec.usageMessage()
          .header(command.header())
          .description(command.description())
          .hidden(command.hidden());
      cl.addSubcommand(command.name(), new CommandLine(spec), command.aliases());
    }
    cl.addSubcommand(CommandLine.HelpCommand.class);
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

  /**
   * Every verb, in the order {@code okju --help} lists them; in a class of its own so that {@code
   * okju --version} does not load them.
   */
  static final class Verbs {
    static final List<Class<?>> ALL =
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
            DaemonCommand.class,
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

    private Verbs() {}
  }
}
