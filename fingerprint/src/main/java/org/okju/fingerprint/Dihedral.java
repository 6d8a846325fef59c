package org.okju.fingerprint;

/**
 * The eight orientations of the dihedral group D4, in the order the PDQ reference tools print them
 * ({@code --pdqdih-across}: orig, rot90, rot180, rot270, flipx, flipy, flipplus1, flipminus1).
 *
 * <p>The hash of a transformed image is obtained from the original's DCT by flipping signs and
 * transposing, so all eight come from one decode and one DCT.
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

  /** The short name the reference tools use in headers. */
  public String label() {
    return label;
  }
}
