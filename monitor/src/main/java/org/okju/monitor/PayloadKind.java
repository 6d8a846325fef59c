package org.okju.monitor;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.okju.fingerprint.ImageDecoder;

/**
 * What a payload is, from its first bytes (sites send images as {@code text/plain} and pages as
 * {@code application/octet-stream}), the declared type deciding only between a page and other text.
 * Stateless.
 */
enum PayloadKind {
  IMAGE("image"),
  VIDEO("video"),
  PAGE("page"),
  OTHER("other"),
  NONE("none");

  private final String code;

  PayloadKind(String code) {
    this.code = code;
  }

  /** The name stored in the case. */
  String code() {
    return code;
  }

  /** The kind of {@code bytes} (empty: none) declared as {@code contentType}. */
  static PayloadKind of(byte[] bytes, Optional<String> contentType) {
    if (bytes.length == 0) {
      return NONE;
    }
    if (image(bytes)) {
      return IMAGE;
    }
    if (video(bytes)) {
      return VIDEO;
    }
    String type = contentType.orElse("").toLowerCase(Locale.ROOT);
    if (type.contains("html") || looksLikeHtml(bytes)) {
      return PAGE;
    }
    return OTHER;
  }

  /** The kind of a payload too large to keep, by its declared type only. */
  static PayloadKind declared(Optional<String> contentType) {
    String type = contentType.orElse("").toLowerCase(Locale.ROOT);
    if (type.startsWith("video/") || type.equals("application/mp4")) {
      return VIDEO;
    }
    if (type.startsWith("image/")) {
      return IMAGE;
    }
    return type.contains("html") ? PAGE : OTHER;
  }

  private static boolean image(byte[] b) {
    return starts(b, 0xff, 0xd8, 0xff) // JPEG
        || starts(b, 0x89, 'P', 'N', 'G') // PNG
        || starts(b, 'G', 'I', 'F', '8') // GIF
        || (starts(b, 'R', 'I', 'F', 'F') && at(b, 8, "WEBP")) // WebP
        || (starts(b, 'B', 'M') && b.length > 14) // BMP
        || starts(b, 'I', 'I', 0x2a, 0) // TIFF
        || starts(b, 'M', 'M', 0, 0x2a)
        // AVIF and HEIC open with an ISO media ftyp box, as an MP4 does: told by their brands.
        || ImageDecoder.libraryFor(b, b.length) == ImageDecoder.Library.LIBHEIF;
  }

  private static boolean video(byte[] b) {
    return at(b, 4, "ftyp") // MP4, MOV, 3GP
        || starts(b, 0x1a, 0x45, 0xdf, 0xa3) // Matroska, WebM
        || (starts(b, 'R', 'I', 'F', 'F') && at(b, 8, "AVI ")) // AVI
        || starts(b, 'F', 'L', 'V', 1) // FLV
        || starts(b, 0, 0, 1, 0xba) // MPEG program stream
        || (b.length > 376 && b[0] == 0x47 && b[188] == 0x47 && b[376] == 0x47) // MPEG-TS
        || starts(b, 0x30, 0x26, 0xb2, 0x75); // ASF, WMV
  }

  private static boolean looksLikeHtml(byte[] b) {
    String head =
        new String(b, 0, Math.min(b.length, 512), StandardCharsets.ISO_8859_1)
            .stripLeading()
            .toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html");
  }

  /** Whether {@code b} begins with the bytes {@code magic}. */
  static boolean starts(byte[] b, int... magic) {
    if (b.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((b[i] & 0xff) != magic[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean at(byte[] b, int offset, String ascii) {
    byte[] a = ascii.getBytes(StandardCharsets.US_ASCII);
    if (b.length < offset + a.length) {
      return false;
    }
    for (int i = 0; i < a.length; i++) {
      if (b[offset + i] != a[i]) {
        return false;
      }
    }
    return true;
  }
}
