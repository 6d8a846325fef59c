package org.okju.ingest;

/**
 * An infrastructure failure that stopped an ingest (the case store failed, a worker died). Item
 * problems are never thrown: they are recorded on the items.
 */
public final class IngestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public IngestException(String message, Throwable cause) {
    super(message, cause);
  }
}
