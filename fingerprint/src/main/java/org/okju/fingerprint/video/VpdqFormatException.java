package org.okju.fingerprint.video;

import java.nio.file.Path;

/** A vPDQ hash file that cannot be read or does not follow the reference's text format. */
public final class VpdqFormatException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient Path path;
  private final String reason;

  public VpdqFormatException(Path path, String reason, Throwable cause) {
    super(path + ": " + reason, cause);
    this.path = path;
    this.reason = reason;
  }

  /** The file concerned. */
  public Path path() {
    return path;
  }

  /** What is wrong, in words fit for an error line. */
  public String reason() {
    return reason;
  }
}
