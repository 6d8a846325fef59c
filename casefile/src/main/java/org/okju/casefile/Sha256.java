package org.okju.casefile;

/**
 * A SHA-256 digest: an immutable value. The canonical text form is 64 lower-case hex digits; {@link
 * #parse} also accepts upper case and normalises it.
 */
public final class Sha256 extends DigestValue<Sha256> {
  /** Length of the digest in bytes. */
  public static final int BYTES = 32;

  private Sha256(byte[] bytes) {
    super("SHA-256", bytes);
  }

  /**
   * Parses 64 hex digits.
   *
   * @throws IllegalArgumentException naming the input when it is not 64 hex digits
   */
  public static Sha256 parse(String hex) {
    return new Sha256(Hex.decode("SHA-256", hex, BYTES));
  }

  /**
   * Wraps a copy of {@code bytes}.
   *
   * @throws IllegalArgumentException when the length is not {@value #BYTES}
   */
  public static Sha256 of(byte[] bytes) {
    return new Sha256(copyOf("SHA-256", bytes, BYTES));
  }
}
