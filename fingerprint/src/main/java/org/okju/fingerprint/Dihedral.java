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

  /** The orientation of that {@code label}. @throws IllegalArgumentException for another name */
  public static Dihedral ofLabel(String label) {
    for (Dihedral d : values()) {
      if (d.label.equals(label)) {
        return d;
      }
    }
    throw new IllegalArgumentException("no orientation is called " + label);
  }

  /** The turn that undoes this one. */
  public Dihedral inverse() {
    for (Dihedral d : values()) {
      if (then(d) == ORIGINAL) {
        return d;
      }
    }
    throw new IllegalStateException("the dihedral group has inverses");
  }

  /** This turn followed by {@code next}, as one turn. */
  public Dihedral then(Dihedral next) {
    float[] turned = PictureThumbnail.turn(PictureThumbnail.turn(PROBE, this, 3), next, 3);
    for (Dihedral d : values()) {
      if (java.util.Arrays.equals(PictureThumbnail.turn(PROBE, d, 3), turned)) {
        return d;
      }
    }
    throw new IllegalStateException("the dihedral group is closed");
  }

  // A 3x3 grid of distinct values: each of the eight turns moves it differently.
  private static final float[] PROBE = {0, 1, 2, 3, 4, 5, 6, 7, 8};
}
