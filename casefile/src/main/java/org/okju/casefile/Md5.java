package org.okju.casefile;

import java.util.Arrays;

/**
 * A MD5 digest: an immutable value. The canonical text form is 32 lower-case hex digits; {@link
 * #parse} also accepts upper case and normalises it.
 *
 * <p>Thread-safe; {@link #compareTo} is unsigned, so it agrees with the order of the hex form.
 */
public final class Md5 implements Comparable<Md5> {
  /** Length of the digest in bytes. */
  public static final int BYTES = 16;

  private final byte[] bytes;

  private Md5(byte[] bytes) {
    this.bytes = bytes;
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
    if (bytes.length != BYTES) {
      throw new IllegalArgumentException("MD5 needs " + BYTES + " bytes, got " + bytes.length);
    }
    return new Md5(bytes.clone());
  }

  /** A copy of the digest bytes. */
  public byte[] bytes() {
    return bytes.clone();
  }

  /** The canonical form: 32 lower-case hex digits. */
  public String toHex() {
    return Hex.encode(bytes);
  }

  @Override
  public int compareTo(Md5 o) {
    return Arrays.compareUnsigned(bytes, o.bytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Md5 other && Arrays.equals(bytes, other.bytes);
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
