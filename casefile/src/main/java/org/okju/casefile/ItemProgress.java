package org.okju.casefile;

/**
 * The resumability marker: how far ingest got with an item, so a resumed run redoes no finished
 * work. Stored as the lower-case constant name.
 */
public enum ItemProgress {
  /** Seen by the walk; nothing read yet. */
  LISTED,
  /** Read once: size, type and digests are stored. */
  HASHED,
  /** PDQ/vPDQ and metadata are stored. */
  FINGERPRINTED,
  /** Nothing left to do. */
  DONE;

  String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  static ItemProgress ofCode(String code) {
    return valueOf(code.toUpperCase(java.util.Locale.ROOT));
  }
}
