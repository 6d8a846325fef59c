package org.okju.cli;

/** Process exit codes shared by every verb (DESIGN.md, "The CLI"). */
public final class ExitCode {
  /** Everything asked for was done. */
  public static final int OK = 0;

  /** Nothing useful could be done (no finding, a fatal error). */
  public static final int FAILURE = 1;

  /** The command line itself was wrong. */
  public static final int USAGE = 2;

  /** Some items failed; the others were done and reported. */
  public static final int PARTIAL = 3;

  private ExitCode() {}
}
