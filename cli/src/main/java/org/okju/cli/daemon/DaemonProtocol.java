package org.okju.cli.daemon;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * What a launcher and a resident okju say to each other over a loopback connection (the launcher
 * speaks it with bash's {@code /dev/tcp}, so it is built from what {@code printf} and {@code read}
 * do well). Every connection opens with {@code okju-daemon 1\n}, the token and a newline, then one
 * word ending in a NUL byte saying what it is:
 *
 * <ul>
 *   <li>{@code run}: the client's folder, the number of arguments, the arguments, each ending in a
 *       NUL byte; the resident answers {@code session ID\n} (or {@code refused\n}, and the launcher
 *       runs the command itself), and once the command has ended {@code exit CODE LENGTH\n} and the
 *       command's standard error, LENGTH bytes (kept until the end: the launcher then starts a
 *       second program only when there is some);
 *   <li>{@code out}, then the session's ID and a NUL byte: the connection that carries the
 *       command's standard output as it comes, closed when the command ends;
 *   <li>{@code status} and {@code stop}: one line in answer.
 * </ul>
 */
final class DaemonProtocol {
  static final String GREETING = "okju-daemon 1";

  /** Longest field: a path or an argument. */
  static final int MAX_FIELD = 1 << 16;

  /** Most arguments a command line may carry (a shell's glob over a large folder). */
  static final int MAX_ARGUMENTS = 1 << 20;

  private DaemonProtocol() {}

  /** Reads the greeting and the token; true when both are right. */
  static boolean authentic(InputStream in, String token) throws IOException {
    if (!GREETING.equals(line(in))) {
      return false;
    }
    return MessageDigest.isEqual(
        token.getBytes(StandardCharsets.US_ASCII), line(in).getBytes(StandardCharsets.US_ASCII));
  }

  /** Writes the greeting and the token. */
  static void greet(OutputStream out, String token) throws IOException {
    out.write((GREETING + "\n" + token + "\n").getBytes(StandardCharsets.US_ASCII));
  }

  /** A line of ASCII (at most 128 bytes), without its newline; empty at the end of the stream. */
  static String line(InputStream in) throws IOException {
    return read(in, '\n', 128, StandardCharsets.US_ASCII);
  }

  /** A field ending in a NUL byte. */
  static String field(InputStream in, Charset charset) throws IOException {
    return read(in, 0, MAX_FIELD, charset);
  }

  static void field(OutputStream out, String value, Charset charset) throws IOException {
    out.write(value.getBytes(charset));
    out.write(0);
  }

  private static String read(InputStream in, int end, int limit, Charset charset)
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) != end) {
      if (b < 0) {
        if (bytes.size() == 0) {
          return "";
        }
        throw new IOException("the connection ended inside a field");
      }
      if (bytes.size() == limit) {
        throw new IOException("a field longer than " + limit + " bytes");
      }
      bytes.write(b);
    }
    return bytes.toString(charset);
  }
}
