package org.okju.text;

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
    OCR_UNAVAILABLE;

    /** The lower-case word used as an item error kind ({@code ocr-unavailable}). */
    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  private final String document;
  private final Kind kind;
  private final String detail;

  public DocumentException(String document, Kind kind, String message, Throwable cause) {
    super(document + ": " + kind.code() + ": " + message, cause);
    this.document = document;
    this.kind = kind;
    this.detail = message;
  }

  /**
   * What went wrong, without the document's name and the kind: for a record that carries both
   * already (an item's error in the case, listed beside its path and kind).
   */
  public String detail() {
    return detail;
  }

  /** The document that failed, as its source names it. */
  public String document() {
    return document;
  }

  public Kind kind() {
    return kind;
  }
}
