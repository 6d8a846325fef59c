package org.okju.casefile;

/**
 * Outcome for one item; details are in its {@link ItemError}s. Stored as the lower-case constant
 * name.
 */
public enum ItemStatus {
  /** Catalogued without problems. */
  OK,
  /** Catalogued; something is worth a look (a warning was recorded). */
  WARNING,
  /** Could not be fully processed (an error was recorded). */
  ERROR,
  /** Deliberately not read (FIFO, device, symlink out of the source...). */
  SKIPPED;

  String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  static ItemStatus ofCode(String code) {
    return valueOf(code.toUpperCase(java.util.Locale.ROOT));
  }
}
