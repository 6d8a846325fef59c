package org.okju.casefile;

/**
 * A stored copy-signal record ({@link CopySignalPack}) cannot be read: truncated, not a record,
 * inconsistent, or failing its checksum. Names the record (the item it belongs to) so that the
 * caller can report that one item and go on.
 */
public class CorruptSignalPackException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String resource;

  /**
   * @param resource which record: {@code item 17}, or a file
   * @param reason what is wrong with it
   */
  public CorruptSignalPackException(String resource, String reason) {
    super("copy signals of " + resource + ": " + reason);
    this.resource = resource;
  }

  /** The record that could not be read. */
  public String resource() {
    return resource;
  }
}
