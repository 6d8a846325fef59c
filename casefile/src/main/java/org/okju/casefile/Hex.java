package org.okju.casefile;

import java.util.HexFormat;

/** Strict lower-case hex parsing shared by the digest value types. */
final class Hex {
  private static final HexFormat LOWER = HexFormat.of();

  private Hex() {}

  /**
   * Decodes {@code hex} of exactly {@code bytes * 2} hex digits. Upper case is normalised (hash
   * lists and other tools often print it); anything else throws.
   *
   * @throws IllegalArgumentException naming the kind and the input
   */
  static byte[] decode(String kind, String hex, int bytes) {
    if (hex == null || hex.length() != bytes * 2) {
      throw new IllegalArgumentException(
          "not a " + kind + " (" + bytes * 2 + " hex digits): " + quote(hex));
    }
    for (int i = 0; i < hex.length(); i++) {
      if (Character.digit(hex.charAt(i), 16) < 0) {
        throw new IllegalArgumentException(
            "not a " + kind + " (" + bytes * 2 + " hex digits): " + quote(hex));
      }
    }
    return LOWER.parseHex(hex);
  }

  static String encode(byte[] bytes) {
    return LOWER.formatHex(bytes);
  }

  private static String quote(String s) {
    if (s == null) {
      return "null";
    }
    return "\"" + (s.length() > 80 ? s.substring(0, 80) + "..." : s) + "\"";
  }
}
