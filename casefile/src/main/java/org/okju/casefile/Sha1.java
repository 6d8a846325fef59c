package org.okju.casefile;

import java.util.Arrays;

/**
 * A SHA-1 digest: an immutable value. The canonical text form is 40 lower-case hex digits; {@link
 * #parse} also accepts upper case and normalises it.
 *
 * <p>Thread-safe; {@link #compareTo} is unsigned, so it agrees with the order of the hex form.
 */
public final class Sha1 implements Comparable<Sha1> {
  /** Length of the digest in bytes. */
  public static final int BYTES = 20;

  private final byte[] bytes;

  private Sha1(byte[] bytes) {
    this.bytes = bytes;
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
    if (bytes.length != BYTES) {
      throw new IllegalArgumentException("SHA-1 needs " + BYTES + " bytes, got " + bytes.length);
    }
    return new Sha1(bytes.clone());
  }

  /** A copy of the digest bytes. */
  public byte[] bytes() {
    return bytes.clone();
  }

  /** The canonical form: 40 lower-case hex digits. */
  public String toHex() {
    return Hex.encode(bytes);
  }

  @Override
  public int compareTo(Sha1 o) {
    return Arrays.compareUnsigned(bytes, o.bytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Sha1 other && Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return toHex();
  }
}
