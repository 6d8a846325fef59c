package org.okju.monitor;

import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * A file that exists only in memory ({@code memfd_create}): a video payload is written here and
 * FFmpeg opens it by its {@code /proc/self/fd} path, so media from a capture are hashed without
 * ever touching a disk, and with the very decoder path ingest uses for files (vPDQ stays
 * bit-identical). Freed when closed. Linux only. Not thread-safe.
 */
final class MemoryFile implements AutoCloseable {
  private final int fd;
  private long size;

  private MemoryFile(int fd) {
    this.fd = fd;
  }

  /** A new empty memory file ({@code name} shows in {@code /proc}; never a victim's file name). */
  static MemoryFile of(String name) throws IOException {
    int fd = PosixCalls.C.memfd_create(name, PosixCalls.MFD_CLOEXEC);
    if (fd < 0) {
      throw new IOException("memfd_create failed (errno " + Native.getLastError() + ")");
    }
    return new MemoryFile(fd);
  }

  /** A memory file holding {@code bytes}. */
  static MemoryFile of(String name, byte[] bytes) throws IOException {
    MemoryFile f = of(name);
    try {
      f.append(bytes, bytes.length);
    } catch (IOException | RuntimeException e) {
      f.close();
      throw e;
    }
    return f;
  }

  /** Appends the rest of {@code in}. */
  void append(InputStream in) throws IOException {
    byte[] buf = new byte[1 << 16];
    int n;
    while ((n = in.read(buf)) >= 0) {
      append(buf, n);
    }
  }

  /** Appends the first {@code length} bytes of {@code bytes}. */
  void append(byte[] bytes, int length) throws IOException {
    int done = 0;
    while (done < length) {
      byte[] part = done == 0 ? bytes : java.util.Arrays.copyOfRange(bytes, done, length);
      long n = PosixCalls.C.write(fd, part, new NativeLong(length - done)).longValue();
      if (n <= 0) {
        throw new IOException("writing to memory failed (errno " + Native.getLastError() + ")");
      }
      done += (int) n;
    }
    size += length;
  }

  /** Its size in bytes. */
  long size() {
    return size;
  }

  /** Up to {@code max} of its first bytes. */
  byte[] head(int max) throws IOException {
    java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate((int) Math.min(max, size));
    try (EvidenceChannel c = channel()) {
      while (b.hasRemaining() && c.read(b) > 0) {
        // fill
      }
    }
    return java.util.Arrays.copyOf(b.array(), b.position());
  }

  /** Its whole content on the heap. */
  byte[] bytes() throws IOException {
    if (size > Integer.MAX_VALUE - 16) {
      throw new IOException("too large for the heap: " + size + " bytes");
    }
    return head((int) size);
  }

  /** The path another library opens it by. */
  Path path() {
    return Path.of("/proc/self/fd/" + fd);
  }

  /** A reading channel over its content (closing it leaves the file open). */
  EvidenceChannel channel() {
    return EvidenceChannel.of(fd, size);
  }

  @Override
  public void close() {
    PosixCalls.C.close(fd);
  }
}
