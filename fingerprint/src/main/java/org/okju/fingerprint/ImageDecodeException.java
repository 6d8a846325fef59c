package org.okju.fingerprint;

import java.nio.file.Path;

/** An image file that could not be decoded into pixels; carries the file and a plain reason. */
public final class ImageDecodeException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final String reason;

  public ImageDecodeException(Path file, String reason, Throwable cause) {
    super(file + ": " + reason, cause);
    this.file = file;
    this.reason = reason;
  }

  /** The file concerned. */
  public Path file() {
    return file;
  }

  /** Why it could not be decoded, in words fit for an error line. */
  public String reason() {
    return reason;
  }
}
