package org.okju.text;

/**
 * Strict UTF-8 validity (RFC 3629: no overlong forms, no surrogates, nothing past U+10FFFF),
 * without decoding. Stateless.
 */
final class Utf8 {
  private Utf8() {}

  /**
   * Whether {@code b[0, n)} is valid UTF-8; when {@code complete} is false a sequence cut by the
   * end of the prefix is allowed.
   */
  static boolean valid(byte[] b, int n, boolean complete) {
    int i = 0;
    while (i < n) {
      int c = b[i] & 0xff;
      if (c < 0x80) {
        i++;
        continue;
      }
      int need;
      int min;
      if (c >= 0xc2 && c <= 0xdf) {
        need = 1;
        min = 0x80;
      } else if (c >= 0xe0 && c <= 0xef) {
        need = 2;
        min = 0x800;
      } else if (c >= 0xf0 && c <= 0xf4) {
        need = 3;
        min = 0x10000;
      } else {
        return false;
      }
      if (i + need >= n) {
        // Cut at the end: valid so far when every byte present is a continuation byte.
        if (complete) {
          return false;
        }
        for (int k = i + 1; k < n; k++) {
          if ((b[k] & 0xc0) != 0x80) {
            return false;
          }
        }
        return true;
      }
      int cp = c & (0x3f >> need);
      for (int k = 1; k <= need; k++) {
        int cc = b[i + k] & 0xff;
        if ((cc & 0xc0) != 0x80) {
          return false;
        }
        cp = (cp << 6) | (cc & 0x3f);
      }
      if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
        return false;
      }
      i += need + 1;
    }
    return true;
  }
}
