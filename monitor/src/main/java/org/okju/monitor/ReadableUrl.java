package org.okju.monitor;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * How a person reads a captured URL: a Korean site's path as Hangul rather than {@code
 * %ED%95%9C...}, an internationalised host as its letters rather than {@code xn--}. A notice names
 * the exact URL (what the platform looks up) and this beside it, for the reviewer who reads it.
 * Only percent-escapes of non-ASCII UTF-8 are decoded: an escaped delimiter or space ({@code %2F},
 * {@code %3F}, {@code %20}) stays escaped, so the reading never suggests another address; so do
 * invisible and direction-changing characters, which could make a URL read as something it is not.
 */
final class ReadableUrl {
  private ReadableUrl() {}

  /** The readable form of {@code url}, or empty when it reads as it is written (or is no URI). */
  static Optional<String> of(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
    String readable = url;
    String host = uri.getHost();
    if (host != null && host.toLowerCase(java.util.Locale.ROOT).contains("xn--")) {
      try {
        String unicode = IDN.toUnicode(host, IDN.ALLOW_UNASSIGNED);
        if (unicode.codePoints().noneMatch(ReadableUrl::misleading)) {
          int at = readable.indexOf(host);
          readable = readable.substring(0, at) + unicode + readable.substring(at + host.length());
        }
      } catch (IllegalArgumentException e) {
        // Not a valid internationalised name: shown as captured.
      }
    }
    readable = decodeNonAscii(readable);
    return readable.equals(url) ? Optional.empty() : Optional.of(readable);
  }

  /** Escapes {@code %XX} whose bytes are UTF-8 of non-ASCII, visible characters, decoded. */
  private static String decodeNonAscii(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      int length = sequenceLength(hex(s, i));
      String decoded = length > 0 ? character(s, i, length) : null;
      if (decoded == null) {
        out.append(s.charAt(i++));
      } else {
        out.append(decoded);
        i += 3 * length;
      }
    }
    return out.toString();
  }

  /** The bytes of a UTF-8 sequence a lead byte starts (RFC 3629), or 0 for any other byte. */
  private static int sequenceLength(int lead) {
    if (lead >= 0xC2 && lead <= 0xDF) {
      return 2;
    }
    if (lead >= 0xE0 && lead <= 0xEF) {
      return 3;
    }
    return lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
  }

  /**
   * The character escaped as {@code length} {@code %XX} at {@code at}, or null when they are no
   * well-formed UTF-8 or the character misleads.
   */
  private static String character(String s, int at, int length) {
    byte[] bytes = new byte[length];
    for (int k = 0; k < length; k++) {
      int b = hex(s, at + 3 * k);
      if (b < 0 || (k > 0 && (b & 0xC0) != 0x80)) {
        return null;
      }
      bytes[k] = (byte) b;
    }
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return text.codePoints().anyMatch(ReadableUrl::misleading) ? null : text;
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** The value of the escape {@code %XX} at {@code at}, or -1 when there is none. */
  private static int hex(String s, int at) {
    if (at + 2 >= s.length() || s.charAt(at) != '%') {
      return -1;
    }
    int hi = Character.digit(s.charAt(at + 1), 16);
    int lo = Character.digit(s.charAt(at + 2), 16);
    return hi < 0 || lo < 0 ? -1 : hi * 16 + lo;
  }

  /** Characters that do not show, or change how what follows them shows. */
  private static boolean misleading(int cp) {
    int type = Character.getType(cp);
    return type == Character.FORMAT
        || type == Character.CONTROL
        || Character.isWhitespace(cp)
        || Character.isSpaceChar(cp);
  }
}
