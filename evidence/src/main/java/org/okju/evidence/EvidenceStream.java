package org.okju.evidence;

import java.io.IOException;
import java.io.InputStream;

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
