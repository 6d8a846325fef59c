package org.okju.monitor;

import java.util.Locale;

/**
 * Whether a response's {@code Content-Encoding} still applies to the bytes a capture stored.
 *
 * <p>Capture tools that record through the browser (Webrecorder's ArchiveWeb.page and wabac.js,
 * warcio.js; crawlers that take bodies from the DevTools protocol) get bodies the browser has
 * already decoded but keep the server's headers, so a record may say {@code Content-Encoding: gzip}
 * over plain HTML or a plain JPEG. Decoding such a body fails, and the picture lost its match. The
 * rule replay tools follow: a coding with a signature (gzip, zstd, zlib-wrapped deflate) applies
 * only when its signature is there; a coding without one (Brotli, raw deflate) is taken as applied
 * unless the body plainly begins as an uncoded page, picture or video does. Stateless.
 */
final class DeclaredCoding {
  /** How many leading bytes {@link #applies} needs. */
  static final int HEAD = 12;

  private DeclaredCoding() {}

  /**
   * Whether {@code coding} (trimmed, any case) should be undone on a body beginning {@code head}.
   */
  static boolean applies(String coding, byte[] head) {
    String c = coding.trim().toLowerCase(Locale.ROOT);
    return switch (c) {
      case "gzip", "x-gzip" -> PayloadKind.starts(head, 0x1f, 0x8b);
      case "zstd" -> PayloadKind.starts(head, 0x28, 0xb5, 0x2f, 0xfd);
      case "deflate" -> zlibHeader(head) || !plain(head);
      default -> !plain(head);
    };
  }

  /** Whether a deflate body is wrapped in zlib's header (RFC 1950), as most servers send it. */
  static boolean zlibHeader(byte[] head) {
    if (head.length < 2) {
      return false;
    }
    int cmf = head[0] & 0xff;
    int flg = head[1] & 0xff;
    return (cmf & 0x0f) == 8 && (cmf >> 4) <= 7 && ((cmf << 8) | flg) % 31 == 0;
  }

  /**
   * Whether the body begins as an uncoded page, picture or video does: signatures that a coded
   * stream does not begin with in practice (a Brotli stream beginning with {@code <} would open
   * with a metadata block, which encoders do not write).
   */
  private static boolean plain(byte[] head) {
    if (head.length == 0) {
      return true;
    }
    PayloadKind media = PayloadKind.of(head, java.util.Optional.empty());
    return PayloadKind.starts(head, '<')
        || PayloadKind.starts(head, 0xef, 0xbb, 0xbf, '<') // UTF-8 byte order mark, then markup
        || media == PayloadKind.IMAGE
        || media == PayloadKind.VIDEO;
  }
}
