package org.okju.evidence;

import java.io.IOException;

/**
 * A piece of evidence that could not be read, with a stable word for the case's error kind ({@code
 * vanished}, {@code unreadable}, {@code not-regular}, {@code read-error}, {@code tool-timeout} …).
 * Per item: the caller records it and goes on.
 */
public class EvidenceException extends IOException {
  private static final long serialVersionUID = 1L;

  private final String kind;

  /** An error of {@code kind} with its message (which names the evidence). */
  public EvidenceException(String kind, String message) {
    super(message);
    this.kind = kind;
  }

  /** An error of {@code kind} with its message and cause. */
  public EvidenceException(String kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  /** The stable word recorded as the item error's kind. */
  public String kind() {
    return kind;
  }
}
