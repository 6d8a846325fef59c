package org.okju.casefile;

/**
 * The eight dihedral transforms of an image whose PDQ hashes are stored. Mirrors {@code
 * org.okju.fingerprint.Dihedral} constant for constant (ingest maps by {@code name()}); the {@link
 * #label()} is the reference tools' header name and what the database stores.
 */
public enum Dihedral {
  ORIGINAL("orig"),
  ROTATE_90("rot90"),
  ROTATE_180("rot180"),
  ROTATE_270("rot270"),
  FLIP_X("flipx"),
  FLIP_Y("flipy"),
  FLIP_PLUS_1("flipplus1"),
  FLIP_MINUS_1("flipminus1");

  private final String label;

  Dihedral(String label) {
    this.label = label;
  }

  /** The short name the reference tools use, stored in {@code image_pdq_dihedral.dihedral}. */
  public String label() {
    return label;
  }

  static Dihedral ofLabel(String label) {
    for (Dihedral d : values()) {
      if (d.label.equals(label)) {
        return d;
      }
    }
    throw new IllegalArgumentException("unknown dihedral label: " + label);
  }
}
