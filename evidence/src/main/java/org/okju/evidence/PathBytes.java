package org.okju.evidence;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Paths as the exact bytes the file system gave: evidence names need not be valid in the JVM's
 * charset and must round-trip unchanged. Stateless.
 */
public final class PathBytes {
  private PathBytes() {}

  /**
   * The bytes of an absolute path. {@code Path.toString()} decodes names with the platform charset
   * and loses bytes it cannot decode; {@code toUri()} percent-encodes the path's own bytes.
   */
  public static byte[] of(Path absolute) {
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
      return Arrays.copyOf(b, b.length - 1);
    }
    return b;
  }

  /** The last name of {@code path} (all of it when it has no slash). */
  public static byte[] name(byte[] path) {
    int slash = -1;
    for (int i = 0; i < path.length; i++) {
      slash = path[i] == '/' ? i : slash;
    }
    return Arrays.copyOfRange(path, slash + 1, path.length);
  }

  /** {@code dir/name}, with one slash between them. */
  public static byte[] join(byte[] dir, byte[] name) {
    boolean slash = dir.length > 0 && dir[dir.length - 1] == '/';
    byte[] out = Arrays.copyOf(dir, dir.length + (slash ? 0 : 1) + name.length);
    if (!slash) {
      out[dir.length] = '/';
    }
    System.arraycopy(name, 0, out, out.length - name.length, name.length);
    return out;
  }

  /**
   * The bytes decoded as UTF-8, each undecodable byte shown as {@code \xNN} and a backslash as
   * {@code \\}, so two different byte strings never look alike (the same form as the case's item
   * paths).
   */
  public static String display(byte[] bytes) {
    CharsetDecoder strict =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return strict.decode(ByteBuffer.wrap(bytes)).toString().replace("\\", "\\\\");
    } catch (CharacterCodingException e) {
      StringBuilder out = new StringBuilder(bytes.length + 16);
      int i = 0;
      while (i < bytes.length) {
        int len = sequenceLength(bytes, i);
        if (len == 0) {
          out.append(String.format("\\x%02x", bytes[i] & 0xff));
          i++;
        } else {
          String s = new String(bytes, i, len, StandardCharsets.UTF_8);
          out.append(s.equals("\\") ? "\\\\" : s);
          i += len;
        }
      }
      return out.toString();
    }
  }

  private static int sequenceLength(byte[] b, int i) {
    for (int len = 1; len <= 4 && i + len <= b.length; len++) {
      try {
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(b, i, len));
        return len;
      } catch (CharacterCodingException e) {
        // try a longer sequence
      }
    }
    return 0;
  }
}
