package org.okju.index;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file okju wrote earlier is damaged: truncated, not the kind expected, or failing its checksum.
 * Names the file and what was wrong.
 */
public class CorruptFileException extends IOException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;

  public CorruptFileException(Path file, String problem) {
    super(file + ": " + problem);
    this.file = file;
  }

  /** The damaged file. */
  public Path file() {
    return file;
  }
}
