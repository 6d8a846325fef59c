package org.okju.casefile;

/**
 * The case-unique number of a catalogued item (a file or an archive member).
 *
 * @param value the database key, positive
 */
public record ItemId(long value) {
  /**
   * @throws IllegalArgumentException when {@code value} is not positive
   */
  public ItemId {
    if (value <= 0) {
      throw new IllegalArgumentException("item id must be positive: " + value);
    }
  }
}
