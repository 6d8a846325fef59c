package org.okju.casefile;

/**
 * The case-unique number of an ingested evidence source.
 *
 * @param value the database key, positive
 */
public record SourceId(long value) {
  /**
   * @throws IllegalArgumentException when {@code value} is not positive
   */
  public SourceId {
    if (value <= 0) {
      throw new IllegalArgumentException("source id must be positive: " + value);
    }
  }
}
