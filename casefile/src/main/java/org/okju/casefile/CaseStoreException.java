package org.okju.casefile;

/**
 * The case store failed: the database is unreachable, a statement failed, a write was refused.
 * Infrastructure failure, not item failure (those are {@link ItemError} rows): callers abort.
 *
 * <p>Carries the case location (password redacted) and what was being done.
 */
public class CaseStoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String location;

  /**
   * @param location the case directory or redacted database URL
   * @param message what was being done
   * @param cause the underlying failure, or null
   */
  public CaseStoreException(String location, String message, Throwable cause) {
    super(message + " [case " + location + "]", cause);
    this.location = location;
  }

  /** The case directory or redacted database URL. */
  public String location() {
    return location;
  }
}
