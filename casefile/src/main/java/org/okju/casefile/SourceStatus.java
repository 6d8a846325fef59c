package org.okju.casefile;

/** Where the ingest of a source stands. Stored as the lower-case constant name. */
public enum SourceStatus {
  /** Started and not finished (or interrupted: resume it). */
  RUNNING,
  /** Finished; every item is ok. */
  COMPLETE,
  /** Finished; some items have errors or were skipped. */
  PARTIAL,
  /** Stopped by an infrastructure failure. */
  FAILED;

  String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  static SourceStatus ofCode(String code) {
    return valueOf(code.toUpperCase(java.util.Locale.ROOT));
  }
}
