package org.okju.ledger.text;

import java.nio.file.Path;

/**
 * A document whose text could not be read. Per-document failure: the caller records it and goes on
 * with the next document.
 */
public final class DocumentException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Why. */
  public enum Kind {
    /** Password-protected or DRM'd. */
    ENCRYPTED,
    /** Damaged, or not the format it claims. */
    CORRUPT,
    /** A format okju does not read text from. */
    UNSUPPORTED,
    /** Reading took longer than allowed. */
    TIMEOUT,
    /** OCR was needed and Tesseract is not installed or failed. */
    OCR_UNAVAILABLE
  }

  private final transient Path document;
  private final Kind kind;

  public DocumentException(Path document, Kind kind, String message, Throwable cause) {
    super(
        document
            + ": "
            + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
            + ": "
            + message,
        cause);
    this.document = document;
    this.kind = kind;
  }

  /** The document that failed. */
  public Path document() {
    return document;
  }

  public Kind kind() {
    return kind;
  }
}
