package org.okju.ingest;

import org.okju.evidence.posix.ReadOnlyFiles;

/** Whether the process's standard output or error is a terminal ({@code isatty(3)}). */
public final class Terminal {
  private final ReadOnlyFiles posix = new ReadOnlyFiles();

  /** Whether standard error (fd 2) is a terminal: where progress is drawn. */
  public boolean stderr() {
    return posix.isTerminal(2);
  }

  /** Whether standard output (fd 1) is a terminal. */
  public boolean stdout() {
    return posix.isTerminal(1);
  }
}
