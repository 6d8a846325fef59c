package org.okju.ingest;

import java.nio.ByteBuffer;
import org.okju.casefile.Digests;

/**
 * MD5, SHA-1 and SHA-256 fed from the same bytes: one read gives all three. OpenSSL's when {@code
 * libcrypto} is on the machine and passes its known answers ({@link OpenSslDigester}), else the
 * JDK's ({@link JdkDigester}); the digests are the same either way. Not thread-safe.
 */
interface Digester {
  /** Set to {@code true}, every reader digests with the JDK (to compare the two). */
  String JDK_ONLY = "okju.digests.jdkOnly";

  void update(byte[] buffer, int offset, int length);

  /** Digests the bytes from 0 to the limit of {@code direct}, a direct buffer. */
  void update(ByteBuffer direct);

  /**
   * Whether {@link #update(ByteBuffer)} reads the native memory in place: then a reader hands it
   * what the kernel read, with no copy into the heap.
   */
  boolean digestsNativeMemory();

  /** The three digests; resets for the next item. */
  Digests finish();

  void reset();

  /** The machine's fastest digester. */
  static Digester create() {
    return !Boolean.getBoolean(JDK_ONLY) && OpenSslDigester.available()
        ? new OpenSslDigester()
        : new JdkDigester();
  }
}
