package org.okju.monitor;

import com.sun.jna.Memory;
import java.io.IOException;

/**
 * Runs a native one-shot decoder ({@link BrotliDecoding}, {@link ZstdDecoding}) into an output
 * buffer that starts at 16 times the input (HTML shrinks about ten times) and grows fourfold while
 * the decoder finds it too small, up to a limit. A decoded body is never larger than the limit the
 * caller keeps of a payload.
 */
final class GrowingOutput {
  /** One decode into {@code out}, of {@code capacity} bytes. */
  interface Attempt {
    /**
     * The decoded bytes, or null when {@code out} was too small.
     *
     * @throws IOException when the data is damaged
     */
    byte[] decode(Memory out, long capacity) throws IOException;
  }

  private static final long FIRST_RATIO = 16;

  private GrowingOutput() {}

  /**
   * The decoded bytes of an input of {@code encodedLength} bytes, at most {@code limit} of them.
   *
   * @throws IOException when {@code attempt} finds the data damaged, or the output would pass the
   *     limit ({@code overLimit} then says so)
   */
  static byte[] decode(int encodedLength, long limit, String overLimit, Attempt attempt)
      throws IOException {
    long capacity = Math.min(limit, Math.max(1 << 16, encodedLength * FIRST_RATIO));
    while (true) {
      try (Memory out = new Memory(Math.max(1, capacity))) {
        byte[] decoded = attempt.decode(out, capacity);
        if (decoded != null) {
          return decoded;
        }
      }
      if (capacity >= limit) {
        throw new IOException(overLimit + " (limit " + limit + " bytes)");
      }
      capacity = Math.min(limit, capacity * 4);
    }
  }
}
