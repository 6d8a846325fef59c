package org.okju.casefile;

import java.util.Arrays;

/**
 * A SHA-256 digest: an immutable value. The canonical text form is 64 lower-case hex digits; {@link
 * #parse} also accepts upper case and normalises it.
 *
 * <p>Thread-safe; {@link #compareTo} is unsigned, so it agrees with the order of the hex form.
 */
public final class Sha256 implements Comparable<Sha256> {
  /** Length of the digest in bytes. */
  public static final int BYTES = 32;

  private final byte[] bytes;

  private Sha256(byte[] bytes) {
    this.bytes = bytes;
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
    if (bytes.length != BYTES) {
      throw new IllegalArgumentException("SHA-256 needs " + BYTES + " bytes, got " + bytes.length);
    }
    return new Sha256(bytes.clone());
  }

  /** A copy of the digest bytes. */
  public byte[] bytes() {
    return bytes.clone();
  }

  /** The canonical form: 64 lower-case hex digits. */
  public String toHex() {
    return Hex.encode(bytes);
  }

  @Override
  public int compareTo(Sha256 o) {
    return Arrays.compareUnsigned(bytes, o.bytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Sha256 other && Arrays.equals(bytes, other.bytes);
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
