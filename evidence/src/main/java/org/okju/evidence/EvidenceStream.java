package org.okju.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;

/**
 * The bytes of one piece of evidence, read-only and sequential: a file of a folder (opened with
 * {@code O_NOATIME}), a file inside a disk image, a carved file or an archive member. Not
 * thread-safe; close it.
 */
public interface EvidenceStream extends AutoCloseable {
  /**
   * Reads up to {@code length} bytes into {@code buffer} at {@code offset}.
   *
   * @return how many were read, or -1 at the end
   * @throws IOException when the evidence cannot be read (typed: see {@link EvidenceException})
   */
  int read(byte[] buffer, int offset, int length) throws IOException;

  /**
   * Reads up to {@code direct.capacity()} bytes into {@code direct} (native memory) from its start,
   * and sets its position to 0 and its limit to the count. A stream whose bytes arrive in the heap
   * reads them into {@code scratch} first; a file of a folder reads straight into {@code direct}.
   *
   * @return how many were read, or -1 at the end
   * @throws IOException as {@link #read(byte[], int, int)}
   */
  default int read(ByteBuffer direct, byte[] scratch) throws IOException {
    int n = read(scratch, 0, Math.min(scratch.length, direct.capacity()));
    direct.clear();
    if (n <= 0) {
      direct.limit(0);
      return -1;
    }
    direct.put(scratch, 0, n).flip();
    return n;
  }

  @Override
  void close() throws IOException;

  /** This stream as an {@link InputStream} (closing one closes the other). */
  default InputStream asInputStream() {
    EvidenceStream self = this;
    return new InputStream() {
      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        int n = self.read(one, 0, 1);
        return n <= 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
          return 0;
        }
        return self.read(b, off, len);
      }

      @Override
      public void close() throws IOException {
        self.close();
      }
    };
  }
}
