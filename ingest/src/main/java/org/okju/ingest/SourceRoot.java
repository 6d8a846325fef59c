package org.okju.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;

/** The exact bytes of a source path, whatever the JVM's file-name charset. */
final class SourceRoot {
  private SourceRoot() {}

  /**
   * The bytes of an absolute path. {@code Path.toString()} decodes names with the platform charset
   * and loses bytes it cannot decode; {@code toUri()} percent-encodes the path's own bytes.
   */
  static byte[] bytes(Path absolute) {
    String raw = absolute.toUri().getRawPath();
    ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%' && i + 2 < raw.length()) {
        out.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        out.write(c);
      }
    }
    byte[] b = out.toByteArray();
    // toUri() marks a directory with a trailing slash; the given path has none.
    if (b.length > 1 && b[b.length - 1] == '/') {
      return java.util.Arrays.copyOf(b, b.length - 1);
    }
    return b;
  }
}
