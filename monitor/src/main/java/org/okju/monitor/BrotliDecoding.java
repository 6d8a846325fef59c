package org.okju.monitor;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.ptr.NativeLongByReference;
import java.io.IOException;
import java.util.Optional;

/**
 * Decodes a payload sent with {@code Content-Encoding: br}. Browsers ask for Brotli first, so the
 * captures of browser-driven crawlers that record what went over the wire (brozzler's warcprox,
 * Browsertrix) hold pages and pictures in it; jwarc decodes it only with {@code org.brotli:dec} on
 * the class path, which okju does not ship, and such a page lost its links and such a picture its
 * match. This uses the system's {@code libbrotlidec} (Debian {@code libbrotli1}, a dependency of
 * curl and freetype) through JNA; where it is missing the payload stays undecoded with a warning,
 * as before. Thread-safe.
 */
final class BrotliDecoding {
  /** libbrotlidec's one-shot call; {@code size_t} is {@code NativeLong} on Linux. */
  interface Decoder extends Library {
    int BROTLI_DECODER_RESULT_SUCCESS = 1;

    int BrotliDecoderDecompress(
        NativeLong encodedSize, byte[] encoded, NativeLongByReference decodedSize, Memory decoded);
  }

  private static final Optional<Decoder> DECODER = load();

  private BrotliDecoding() {}

  private static Optional<Decoder> load() {
    try {
      return Optional.of(Native.load("brotlidec", Decoder.class));
    } catch (UnsatisfiedLinkError e) {
      return Optional.empty();
    }
  }

  /** Whether the system's decoder could be loaded. */
  static boolean available() {
    return DECODER.isPresent();
  }

  /**
   * The decoded bytes of {@code encoded}, at most {@code limit} of them.
   *
   * @throws IOException when the decoder is missing, the data is not Brotli, or it decodes to more
   *     than {@code limit} bytes
   */
  static byte[] decode(byte[] encoded, long limit) throws IOException {
    Decoder d = DECODER.orElseThrow(() -> new IOException("libbrotlidec is not installed"));
    // The one-shot call fails alike on corrupt data and on a buffer too small: grow, then give up
    // at the limit.
    return GrowingOutput.decode(
        encoded.length,
        limit,
        "not Brotli data, or too large once decoded (Content-Encoding: br)",
        (out, capacity) -> {
          NativeLongByReference size = new NativeLongByReference(new NativeLong(capacity));
          int result =
              d.BrotliDecoderDecompress(new NativeLong(encoded.length), encoded, size, out);
          return result == Decoder.BROTLI_DECODER_RESULT_SUCCESS
              ? out.getByteArray(0, (int) size.getValue().longValue())
              : null;
        });
  }
}
