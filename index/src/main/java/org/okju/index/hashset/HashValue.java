package org.okju.index.hashset;

import java.util.Arrays;
import java.util.Objects;
import org.okju.fingerprint.Pdq256;

/**
 * One hash of a known kind: an immutable value. The canonical text form is lower-case hex (for PDQ
 * the reference's 64 digits, most significant word first); {@link #parse} also accepts upper case,
 * as NSRL and VICS files use, and normalises it.
 *
 * <p>Thread-safe. {@link #compareTo} orders by kind, then unsigned bytes (= hex order).
 */
public final class HashValue implements Comparable<HashValue> {
  private final HashKind kind;
  private final byte[] bytes;

  private HashValue(HashKind kind, byte[] bytes) {
    this.kind = kind;
    this.bytes = bytes;
  }

  /**
   * Parses {@code hex} as a hash of {@code kind}.
   *
   * @throws IllegalArgumentException naming the input when it is not exactly {@code
   *     kind.hexDigits()} hex digits
   */
  public static HashValue parse(HashKind kind, String hex) {
    Objects.requireNonNull(kind, "kind");
    if (hex == null || hex.length() != kind.hexDigits()) {
      throw new IllegalArgumentException(
          "not a " + kind.hexDigits() + "-hex-digit " + kind + " hash: " + quote(hex));
    }
    byte[] b = new byte[kind.bytes()];
    for (int i = 0; i < b.length; i++) {
      int hi = Character.digit(hex.charAt(2 * i), 16);
      int lo = Character.digit(hex.charAt(2 * i + 1), 16);
      if (hi < 0 || lo < 0) {
        throw new IllegalArgumentException(
            "not a " + kind.hexDigits() + "-hex-digit " + kind + " hash: " + quote(hex));
      }
      b[i] = (byte) (hi << 4 | lo);
    }
    return new HashValue(kind, b);
  }

  /** The PDQ hash as a value of this type. */
  public static HashValue of(Pdq256 pdq) {
    return parse(HashKind.PDQ, pdq.toHex());
  }

  /**
   * Wraps a copy of {@code bytes}.
   *
   * @throws IllegalArgumentException when the length is not {@code kind.bytes()}
   */
  public static HashValue of(HashKind kind, byte[] bytes) {
    if (bytes.length != kind.bytes()) {
      throw new IllegalArgumentException(
          kind + " needs " + kind.bytes() + " bytes, got " + bytes.length);
    }
    return new HashValue(kind, bytes.clone());
  }

  private static String quote(String s) {
    if (s == null) {
      return "null";
    }
    return "\"" + (s.length() > 80 ? s.substring(0, 80) + "..." : s) + "\"";
  }

  public HashKind kind() {
    return kind;
  }

  /** A copy of the hash bytes. */
  public byte[] bytes() {
    return bytes.clone();
  }

  /**
   * This hash as a PDQ value.
   *
   * @throws IllegalStateException when the kind is not PDQ
   */
  public Pdq256 pdq() {
    if (kind != HashKind.PDQ) {
      throw new IllegalStateException("a " + kind + " hash is not a PDQ hash");
    }
    return Pdq256.parse(toHex());
  }

  /** Lower-case hex. */
  public String toHex() {
    StringBuilder sb = new StringBuilder(2 * bytes.length);
    for (byte x : bytes) {
      sb.append(Character.forDigit(x >> 4 & 15, 16)).append(Character.forDigit(x & 15, 16));
    }
    return sb.toString();
  }

  @Override
  public int compareTo(HashValue o) {
    int c = kind.compareTo(o.kind);
    return c != 0 ? c : Arrays.compareUnsigned(bytes, o.bytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HashValue h && kind == h.kind && Arrays.equals(bytes, h.bytes);
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + Arrays.hashCode(bytes);
  }

  /** {@code kind:hex}, e.g. {@code md5:d41d8cd98f00b204e9800998ecf8427e}. */
  @Override
  public String toString() {
    return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + toHex();
  }
}
