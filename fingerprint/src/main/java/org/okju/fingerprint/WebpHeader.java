package org.okju.fingerprint;

/**
 * Recognises a lossy, still WebP from its first bytes. Kept apart from {@link WebpLossyDecoder},
 * whose class loads FFmpeg's native libraries: asking every JPEG "are you WebP?" must not cost a
 * one-image {@code okju pdq} that load (about 150 classes and the libraries, most of its start).
 */
final class WebpHeader {
  private WebpHeader() {}

  /** Whether {@code head} (the file's first bytes, 64 suffice) is a lossy, still WebP. */
  static boolean isLossyWebp(byte[] head, int length) {
    if (length < 20 || !ascii(head, 0, "RIFF") || !ascii(head, 8, "WEBP")) {
      return false;
    }
    if (ascii(head, 12, "VP8 ")) {
      return true;
    }
    if (!ascii(head, 12, "VP8X") || length < 21) {
      return false;
    }
    boolean animated = (head[20] & 0x02) != 0;
    return !animated;
  }

  static boolean ascii(byte[] b, int at, String s) {
    for (int i = 0; i < s.length(); i++) {
      if (b[at + i] != (byte) s.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
