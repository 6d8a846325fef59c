package org.okju.monitor;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import java.io.IOException;
import java.util.Optional;

/**
 * Decodes a payload sent with {@code Content-Encoding: zstd}, which Chrome and Firefox ask for
 * beside Brotli, so wire-level captures of browser crawls hold it too. jwarc decodes it only with
 * zstd-jni on the class path, which okju does not ship; this uses the system's {@code libzstd}
 * (Debian {@code libzstd1}, which apt, systemd and FFmpeg depend on) through JNA. Where it is
 * missing the payload stays undecoded with a warning. Thread-safe.
 */
final class ZstdDecoding {
  /** libzstd's one-shot calls; {@code size_t} is {@code NativeLong} on Linux. */
  interface Decoder extends Library {
    NativeLong ZSTD_decompress(
        Memory dst, NativeLong dstCapacity, byte[] src, NativeLong compressedSize);

    int ZSTD_isError(NativeLong code);

    String ZSTD_getErrorName(NativeLong code);
  }

  private static final Optional<Decoder> DECODER = load();

  private ZstdDecoding() {}

  private static Optional<Decoder> load() {
    try {
      return Optional.of(Native.load("zstd", Decoder.class));
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
   * @throws IOException when the decoder is missing, the data is not zstd, or it decodes to more
   *     than {@code limit} bytes
   */
  static byte[] decode(byte[] encoded, long limit) throws IOException {
    Decoder d = DECODER.orElseThrow(() -> new IOException("libzstd is not installed"));
    return GrowingOutput.decode(
        encoded.length,
        limit,
        "zstd: too large once decoded",
        (out, capacity) -> {
          NativeLong n =
              d.ZSTD_decompress(
                  out, new NativeLong(capacity), encoded, new NativeLong(encoded.length));
          if (d.ZSTD_isError(n) == 0) {
            return out.getByteArray(0, (int) n.longValue());
          }
          String error = d.ZSTD_getErrorName(n);
          // Only a buffer too small is worth another try; anything else is damage.
          if (error.contains("Destination buffer is too small")) {
            return null;
          }
          throw new IOException("zstd: " + error);
        });
  }
}
