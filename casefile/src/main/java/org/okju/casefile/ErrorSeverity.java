package org.okju.casefile;

/** How bad an {@link ItemError} is. Stored as the lower-case constant name. */
public enum ErrorSeverity {
  /** The item was catalogued, with a caveat. */
  WARNING,
  /** The item could not be fully processed. */
  ERROR;

  String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  static ErrorSeverity ofCode(String code) {
    return valueOf(code.toUpperCase(java.util.Locale.ROOT));
  }
}
