package org.okju.text;

import java.io.IOException;
import java.io.InputStream;

/**
 * A document's bytes up to the text limit, for the readers that take a whole file at once (plain
 * text, XML): all of them, or the head when the file goes on ({@link #complete()} false).
 */
final class DocumentBytes {
  private final byte[] bytes;
  private final boolean complete;

  private DocumentBytes(byte[] bytes, boolean complete) {
    this.bytes = bytes;
    this.complete = complete;
  }

  static DocumentBytes read(DocumentSource source, DocumentReader.Limits limits)
      throws DocumentException {
    try (InputStream in = source.open()) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxTextBytes()));
      return new DocumentBytes(bytes, in.read() < 0);
    } catch (IOException e) {
      throw new DocumentException(
          source.name(), DocumentException.Kind.CORRUPT, String.valueOf(e.getMessage()), e);
    }
  }

  /** The bytes read (the caller's to keep; not copied). */
  byte[] bytes() {
    return bytes;
  }

  /** Whether they are the whole document. */
  boolean complete() {
    return complete;
  }
}
