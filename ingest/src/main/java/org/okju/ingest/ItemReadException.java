package org.okju.ingest;

/** An item whose bytes could not be read as expected; {@link #kind()} is the recorded word. */
final class ItemReadException extends java.io.IOException {
  private static final long serialVersionUID = 1L;

  private final String kind;

  ItemReadException(String kind, String message) {
    super(message);
    this.kind = kind;
  }

  String kind() {
    return kind;
  }
}
