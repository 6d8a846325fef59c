package org.okju.casefile;

import java.util.Arrays;

/**
 * A cryptographic digest as an immutable value: what MD5, SHA-1 and SHA-256 values share. The
 * canonical text form is lower-case hex.
 *
 * <p>Thread-safe; {@link #compareTo} is unsigned, so it agrees with the order of the hex form. Two
 * digests are equal only when they are of the same algorithm and have the same bytes.
 *
 * @param <T> the algorithm's own type, so that only digests of one algorithm compare
 */
public abstract sealed class DigestValue<T extends DigestValue<T>> implements Comparable<T>
    permits Md5, Sha1, Sha256 {
  private final String algorithm;
  private final byte[] bytes;

  DigestValue(String algorithm, byte[] bytes) {
    this.algorithm = algorithm;
    this.bytes = bytes;
  }

  /** The algorithm's name: {@code MD5}, {@code SHA-1} or {@code SHA-256}. */
  public final String algorithm() {
    return algorithm;
  }

  /**
   * A copy of {@code bytes} after checking its length.
   *
   * @throws IllegalArgumentException naming the algorithm when the length is not {@code length}
   */
  static byte[] copyOf(String algorithm, byte[] bytes, int length) {
    if (bytes.length != length) {
      throw new IllegalArgumentException(
          algorithm + " needs " + length + " bytes, got " + bytes.length);
    }
    return bytes.clone();
  }

  /** A copy of the digest bytes. */
  public final byte[] bytes() {
    return bytes.clone();
  }

  /** The canonical form: lower-case hex digits, two a byte. */
  public final String toHex() {
    return Hex.encode(bytes);
  }

  @Override
  public final int compareTo(T o) {
    return Arrays.compareUnsigned(bytes, ((DigestValue<?>) o).bytes);
  }

  @Override
  public final boolean equals(Object o) {
    return o instanceof DigestValue<?> other
        && algorithm.equals(other.algorithm)
        && Arrays.equals(bytes, other.bytes);
  }

  @Override
  public final int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public final String toString() {
    return toHex();
  }
}
