package org.okju.search;

import java.nio.file.Path;

/** Another process is updating the index (Lucene's write lock is held); it can still be read. */
public final class IndexBusyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Path directory;

  IndexBusyException(Path directory, Throwable cause) {
    super("the search index in " + directory + " is being updated by another process", cause);
    this.directory = directory;
  }

  /** The index directory. */
  public Path directory() {
    return directory;
  }
}
