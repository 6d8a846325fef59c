package org.okju.ingest;

/** An archive expanded past a limit (a zip bomb); recorded on the item, the run goes on. */
final class ExpansionLimitException extends java.io.IOException {
  private static final long serialVersionUID = 1L;

  ExpansionLimitException(String message) {
    super(message);
  }
}
