package org.okju.casefile;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A path exactly as the filesystem or archive gave it: raw bytes, because evidence file names need
 * not be valid UTF-8 and must round-trip unchanged; plus a display form for people.
 *
 * <p>The display form is the bytes decoded as UTF-8 with each undecodable byte shown as {@code
 * \xNN} (and a backslash as {@code \\}), so two different byte strings never look alike. It is
 * derived, not stored separately by callers. Immutable; byte access copies.
 */
public final class ItemPath {
  private final byte[] bytes;
  private final String display;

  private ItemPath(byte[] bytes) {
    this.bytes = bytes;
    this.display = displayOf(bytes);
  }

  /** A path from its raw bytes (copied). */
  public static ItemPath ofBytes(byte[] bytes) {
    return new ItemPath(bytes.clone());
  }

  /** A path from a Java string, encoded as UTF-8 (for names known to be text). */
  public static ItemPath of(String path) {
    return new ItemPath(path.getBytes(StandardCharsets.UTF_8));
  }

  /** A copy of the raw bytes. */
  public byte[] bytes() {
    return bytes.clone();
  }

  /** The escaped, human-readable form (see the class comment). */
  public String display() {
    return display;
  }

  private static String displayOf(byte[] bytes) {
    CharsetDecoder strict =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return strict.decode(ByteBuffer.wrap(bytes)).toString().replace("\\", "\\\\");
    } catch (CharacterCodingException e) {
      return escapeByteWise(bytes);
    }
  }

  // Slow path for invalid UTF-8: decode the longest valid sequences, escape the rest.
  private static String escapeByteWise(byte[] bytes) {
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

  // Length of a valid UTF-8 sequence starting at i, or 0 when there is none.
  private static int sequenceLength(byte[] b, int i) {
    for (int len = 1; len <= 4 && i + len <= b.length; len++) {
      CharsetDecoder d =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT);
      try {
        d.decode(ByteBuffer.wrap(b, i, len));
        return len;
      } catch (CharacterCodingException e) {
        // try a longer sequence
      }
    }
    return 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ItemPath other && Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return display;
  }
}
