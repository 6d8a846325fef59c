package org.okju.casefile;

/**
 * A SHA-1 digest: an immutable value. The canonical text form is 40 lower-case hex digits; {@link
 * #parse} also accepts upper case and normalises it.
 */
public final class Sha1 extends DigestValue<Sha1> {
  /** Length of the digest in bytes. */
  public static final int BYTES = 20;

  private Sha1(byte[] bytes) {
    super("SHA-1", bytes);
  }

  /**
   * Parses 40 hex digits.
   *
   * @throws IllegalArgumentException naming the input when it is not 40 hex digits
   */
  public static Sha1 parse(String hex) {
    return new Sha1(Hex.decode("SHA-1", hex, BYTES));
  }

  /**
   * Wraps a copy of {@code bytes}.
   *
   * @throws IllegalArgumentException when the length is not {@value #BYTES}
   */
  public static Sha1 of(byte[] bytes) {
    return new Sha1(copyOf("SHA-1", bytes, BYTES));
  }
}
