package org.okju.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * A bug or an environment failure reaches the user as one plain line, never a stack trace; the
 * trace goes to the debug log for whoever investigates.
 */
final class UnexpectedErrorHandler implements CommandLine.IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(
      Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    // Looked up here, not in a static field: logging starts only when something went wrong.
    Logger log = LoggerFactory.getLogger(UnexpectedErrorHandler.class);
    log.debug("command failed", e);
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    commandLine.getErr().println("okju " + commandLine.getCommandName() + ": " + message);
    // A fact or entity that does not exist, a malformed date: the command line was wrong.
    return e instanceof IllegalArgumentException || e instanceof java.time.DateTimeException
        ? ExitCode.USAGE
        : ExitCode.FAILURE;
  }
}
