package org.okju.casefile;

/**
 * An MD5 digest: an immutable value. The canonical text form is 32 lower-case hex digits; {@link
 * #parse} also accepts upper case and normalises it.
 */
public final class Md5 extends DigestValue<Md5> {
  /** Length of the digest in bytes. */
  public static final int BYTES = 16;

  private Md5(byte[] bytes) {
    super("MD5", bytes);
  }

  /**
   * Parses 32 hex digits.
   *
   * @throws IllegalArgumentException naming the input when it is not 32 hex digits
   */
  public static Md5 parse(String hex) {
    return new Md5(Hex.decode("MD5", hex, BYTES));
  }

  /**
   * Wraps a copy of {@code bytes}.
   *
   * @throws IllegalArgumentException when the length is not {@value #BYTES}
   */
  public static Md5 of(byte[] bytes) {
    return new Md5(copyOf("MD5", bytes, BYTES));
  }
}
