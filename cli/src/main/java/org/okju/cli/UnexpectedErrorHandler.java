package org.okju.cli;

import java.util.Optional;
import org.okju.casefile.CaseBusyException;
import org.okju.casefile.LockHolder;
import org.okju.casefile.NoCaseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * How a verb's failure reaches the user: one plain line {@code okju <verb>: <what>} and the exit
 * code of README's table, never a stack trace (that goes to the debug log for whoever
 * investigates). The one place that maps failures to exit codes:
 *
 * <ul>
 *   <li>{@link CliException}: its own code and message;
 *   <li>no case: 2, {@code no case at …, create it with okju ingest};
 *   <li>case busy: 1, {@code case busy: okju ingest (pid N, started T)};
 *   <li>SIGINT/SIGTERM: 130/143, with how to resume;
 *   <li>a wrong value the verb found late (an unknown fact id, a malformed date): 2;
 *   <li>anything else (the store unreachable, a bug): 1.
 * </ul>
 */
final class UnexpectedErrorHandler implements CommandLine.IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(
      Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    // Looked up here, not in a static field: logging starts only when something went wrong.
    Logger log = LoggerFactory.getLogger(UnexpectedErrorHandler.class);
    log.debug("command failed", e);
    String verb = commandLine.getCommandSpec().qualifiedName();
    Optional<Interrupts.Signal> signal = Interrupts.received();
    int code;
    String message;
    if (signal.isPresent() || e instanceof InterruptedException) {
      Interrupts.Signal s = signal.orElse(Interrupts.Signal.INT);
      code = s.exitCode();
      message = Interrupts.message(s);
    } else if (e instanceof CliException c) {
      code = c.exitCode();
      message = c.getMessage();
    } else if (e instanceof NoCaseException n) {
      code = ExitCode.USAGE;
      message = noCase(n.location());
    } else if (e instanceof CaseBusyException b) {
      code = ExitCode.FAILURE;
      message =
          "case busy: "
              + b.holder().map(LockHolder::describe).orElse("another okju process is writing");
    } else if (e instanceof IllegalArgumentException || e instanceof java.time.DateTimeException) {
      code = ExitCode.USAGE;
      message = text(e);
    } else {
      code = ExitCode.FAILURE;
      message = text(e);
    }
    Interrupts.endProgressLine();
    commandLine.getErr().println(verb + ": " + message);
    commandLine.getErr().flush();
    return code;
  }

  /** The one wording of a missing case, for every verb. */
  static String noCase(String location) {
    return "no case at " + location + ", create it with okju ingest";
  }

  private static String text(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
