package org.okju.casefile;

/**
 * A PDQ hash as the case stores it: 64 lower-case hex digits, most significant word first (the
 * reference's form, {@code Pdq256.toHex()} in the fingerprint module). casefile depends on no other
 * okju module, so ingest converts with {@code PdqHex.parse(pdq.toHex())}.
 *
 * @param hex the canonical form
 */
public record PdqHex(String hex) implements Comparable<PdqHex> {
  /**
   * @throws IllegalArgumentException naming the input when it is not 64 hex digits
   */
  public PdqHex {
    hex = Hex.encode(Hex.decode("PDQ hash", hex, 32));
  }

  /** Parses 64 hex digits (upper case is normalised). */
  public static PdqHex parse(String hex) {
    return new PdqHex(hex);
  }

  /** The canonical form. */
  public String toHex() {
    return hex;
  }

  @Override
  public int compareTo(PdqHex o) {
    return hex.compareTo(o.hex);
  }

  @Override
  public String toString() {
    return hex;
  }
}
