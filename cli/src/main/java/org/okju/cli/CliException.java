package org.okju.cli;

/**
 * A verb cannot go on, for a reason the user can act on: the exit code and one line for stderr.
 * Thrown from anywhere in a verb; {@link UnexpectedErrorHandler} prints {@code okju <verb>:
 * <message>} and exits with the code, so verbs need no printing-and-returning boilerplate.
 */
final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  CliException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  /** Bad usage (exit 2): a missing input, a wrong option value, no case. */
  static CliException usage(String message) {
    return new CliException(ExitCode.USAGE, message);
  }

  /** Nothing could be done (exit 1): the case is busy, the store is unreachable. */
  static CliException failure(String message) {
    return new CliException(ExitCode.FAILURE, message);
  }

  int exitCode() {
    return exitCode;
  }
}
