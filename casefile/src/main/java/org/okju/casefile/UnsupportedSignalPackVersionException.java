package org.okju.casefile;

/**
 * A copy-signal record was written in a format version this build does not read (a newer okju wrote
 * it): says which version it found and which this build reads.
 */
public final class UnsupportedSignalPackVersionException extends CorruptSignalPackException {
  private static final long serialVersionUID = 1L;

  private final int actual;
  private final int expected;

  public UnsupportedSignalPackVersionException(String resource, int actual, int expected) {
    super(resource, "format version " + actual + ", this okju reads version " + expected);
    this.actual = actual;
    this.expected = expected;
  }

  /** The version the record says it is. */
  public int actual() {
    return actual;
  }

  /** The newest version this build reads. */
  public int expected() {
    return expected;
  }
}
