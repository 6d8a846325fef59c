package org.okju.fingerprint;

import java.util.Arrays;

/**
 * A 256-bit PDQ hash: an immutable value.
 *
 * <p>Bit {@code k} (0..255) is the DCT coefficient at row {@code k / 16}, column {@code k % 16} of
 * the 16x16 block. The canonical text form is the reference's: 64 lower-case hex digits, most
 * significant 16-bit word (bits 240..255) first, as printed by {@code Hash256.toString()} in the
 * PDQ reference implementations.
 *
 * <p>Thread-safe. {@link #compareTo} is unsigned, so it agrees with the order of the hex strings.
 */
public final class Pdq256 implements Comparable<Pdq256> {
  /** Number of bits in a PDQ hash. */
  public static final int BITS = 256;

  // words[0] holds bits 255..192 (the first 16 hex digits), words[3] holds bits 63..0.
  private final long[] words;

  private Pdq256(long[] words) {
    this.words = words;
  }

  /** Builds a hash from four 64-bit words, most significant first (the order of the hex form). */
  public static Pdq256 ofWords(long w0, long w1, long w2, long w3) {
    return new Pdq256(new long[] {w0, w1, w2, w3});
  }

  /** Builds a hash whose bit {@code k} is set when {@code bits[k]} is true. */
  static Pdq256 ofBitIndexes(boolean[] bits) {
    long[] w = new long[4];
    for (int k = 0; k < BITS; k++) {
      if (bits[k]) {
        w[3 - (k >>> 6)] |= 1L << (k & 63);
      }
    }
    return new Pdq256(w);
  }

  /**
   * Parses the canonical form: exactly 64 hex digits. Upper case is accepted (hash lists from
   * partners often use it) and normalised; anything else is rejected.
   *
   * @throws IllegalArgumentException naming the input when it is not a 64-digit hex string
   */
  public static Pdq256 parse(String hex) {
    if (hex == null || hex.length() != 64) {
      throw new IllegalArgumentException("not a 64-hex-digit PDQ hash: " + quote(hex));
    }
    long[] w = new long[4];
    for (int i = 0; i < 4; i++) {
      long v = 0;
      for (int c = 0; c < 16; c++) {
        int d = Character.digit(hex.charAt(i * 16 + c), 16);
        if (d < 0) {
          throw new IllegalArgumentException("not a 64-hex-digit PDQ hash: " + quote(hex));
        }
        v = (v << 4) | d;
      }
      w[i] = v;
    }
    return new Pdq256(w);
  }

  private static String quote(String s) {
    if (s == null) {
      return "null";
    }
    return "\"" + (s.length() > 80 ? s.substring(0, 80) + "..." : s) + "\"";
  }

  /** Whether bit {@code k} (0..255, see the class comment) is set. */
  public boolean bit(int k) {
    if (k < 0 || k >= BITS) {
      throw new IndexOutOfBoundsException("bit " + k);
    }
    return (words[3 - (k >>> 6)] >>> (k & 63) & 1L) != 0;
  }

  /** The four 64-bit words, most significant first. A copy. */
  public long[] words() {
    return words.clone();
  }

  /** The word at {@code index} (0 = most significant), without copying. */
  public long word(int index) {
    return words[index];
  }

  /** Number of differing bits. */
  public int distance(Pdq256 other) {
    return Long.bitCount(words[0] ^ other.words[0])
        + Long.bitCount(words[1] ^ other.words[1])
        + Long.bitCount(words[2] ^ other.words[2])
        + Long.bitCount(words[3] ^ other.words[3]);
  }

  /** Number of set bits. */
  public int bitCount() {
    return Long.bitCount(words[0])
        + Long.bitCount(words[1])
        + Long.bitCount(words[2])
        + Long.bitCount(words[3]);
  }

  /** The canonical 64-digit lower-case hex form. */
  public String toHex() {
    StringBuilder sb = new StringBuilder(64);
    for (long w : words) {
      String s = Long.toHexString(w);
      sb.append("0".repeat(16 - s.length())).append(s);
    }
    return sb.toString();
  }

  @Override
  public int compareTo(Pdq256 o) {
    for (int i = 0; i < 4; i++) {
      int c = Long.compareUnsigned(words[i], o.words[i]);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Pdq256 other && Arrays.equals(words, other.words);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(words);
  }

  @Override
  public String toString() {
    return toHex();
  }
}
