package org.okju.monitor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Undoes {@code Content-Encoding: deflate}, which servers send zlib-wrapped as RFC 9110 says or, as
 * some old ones do, raw. Stateless.
 */
final class Inflation {
  private Inflation() {}

  /**
   * The inflated bytes of {@code coded}, at most {@code limit} of them.
   *
   * @param raw whether the stream has no zlib header
   * @throws IOException when the data is not deflate, ends early or inflates past {@code limit}
   */
  static byte[] inflate(byte[] coded, boolean raw, long limit) throws IOException {
    Inflater inflater = new Inflater(raw);
    try {
      inflater.setInput(coded);
      ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, coded.length * 3));
      byte[] buf = new byte[1 << 16];
      while (!inflater.finished()) {
        int n = inflater.inflate(buf);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          throw new IOException("deflate data ends early (Content-Encoding: deflate)");
        }
        if (out.size() + (long) n > limit) {
          throw new IOException("deflate data inflates past " + limit + " bytes");
        }
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    } catch (DataFormatException e) {
      throw new IOException("not deflate data (Content-Encoding: deflate): " + e.getMessage(), e);
    } finally {
      inflater.end();
    }
  }
}
