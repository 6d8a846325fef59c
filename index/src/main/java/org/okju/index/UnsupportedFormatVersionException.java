package org.okju.index;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file okju wrote is intact but in a format version this build cannot read (written by a newer or
 * much older okju). Names the file, the version found and the versions supported.
 */
public class UnsupportedFormatVersionException extends IOException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final int actual;
  private final int minSupported;
  private final int maxSupported;

  public UnsupportedFormatVersionException(
      Path file, int actual, int minSupported, int maxSupported) {
    super(
        file
            + ": format version "
            + actual
            + ", this build reads "
            + (minSupported == maxSupported
                ? String.valueOf(minSupported)
                : minSupported + " to " + maxSupported));
    this.file = file;
    this.actual = actual;
    this.minSupported = minSupported;
    this.maxSupported = maxSupported;
  }

  public Path file() {
    return file;
  }

  public int actual() {
    return actual;
  }

  public int minSupported() {
    return minSupported;
  }

  public int maxSupported() {
    return maxSupported;
  }
}
