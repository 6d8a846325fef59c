package org.okju.fingerprint.video;

import java.nio.file.Path;

/**
 * A video that could not be decoded into frames (missing, empty, not a video, corrupt, unsupported
 * codec). Carries the file and a plain reason fit for a one-line error message.
 */
public final class VideoDecodeException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient Path path;
  private final String reason;

  public VideoDecodeException(Path path, String reason) {
    this(path, reason, null);
  }

  public VideoDecodeException(Path path, String reason, Throwable cause) {
    super(path + ": " + reason, cause);
    this.path = path;
    this.reason = reason;
  }

  /** The file concerned. */
  public Path path() {
    return path;
  }

  /** Why it could not be decoded, in words fit for an error line. */
  public String reason() {
    return reason;
  }
}
