package org.okju.spark;

import java.nio.file.Path;

/**
 * A match table that cannot be read at all (not Parquet, truncated, a column missing): nothing of
 * it is imported. Carries the file.
 */
final class MatchTableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;

  MatchTableException(Path file, String message, Throwable cause) {
    super(file + ": " + message, cause);
    this.file = file;
  }

  /** The table file (or directory) that failed. */
  Path file() {
    return file;
  }
}
