package org.okju.monitor;

import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A capture file read as evidence: opened with {@code O_RDONLY|O_NOFOLLOW|O_NOATIME} on the exact
 * path, read with {@code pread} (so positions are free and nothing is written), never the access
 * time moved. The kernel grants {@code O_NOATIME} only to the file's owner or root; refused, the
 * file is opened without it and {@link #atimePreserved()} says so. A window ({@link #slice}) reads
 * part of it (a WARC stored inside a WACZ). Not thread-safe.
 */
final class EvidenceChannel implements SeekableByteChannel {
  private static final int SEEK_END = 2;

  private final int fd;
  private final boolean owner;
  private final boolean atimePreserved;
  private final long start;
  private final long size;
  private long position;
  private boolean open = true;
  // jwarc reads into heap buffers; pread needs native memory: one reused bounce buffer.
  private ByteBuffer bounce;

  private EvidenceChannel(int fd, boolean owner, boolean atimePreserved, long start, long size) {
    this.fd = fd;
    this.owner = owner;
    this.atimePreserved = atimePreserved;
    this.start = start;
    this.size = size;
  }

  /** Opens {@code path} for reading without touching it. */
  static EvidenceChannel open(Path path) throws IOException {
    byte[] bytes = path.toString().getBytes(StandardCharsets.UTF_8);
    byte[] c = Arrays.copyOf(bytes, bytes.length + 1);
    int base = PosixCalls.O_RDONLY | PosixCalls.O_NOFOLLOW | PosixCalls.O_CLOEXEC;
    boolean preserved = true;
    int fd = PosixCalls.C.open(c, base | PosixCalls.O_NOATIME);
    if (fd < 0 && Native.getLastError() == PosixCalls.EPERM) {
      preserved = false;
      fd = PosixCalls.C.open(c, base);
    }
    if (fd < 0) {
      throw new IOException(path + ": cannot open (errno " + Native.getLastError() + ")");
    }
    long size = PosixCalls.C.lseek(fd, 0, SEEK_END);
    if (size < 0) {
      PosixCalls.C.close(fd);
      throw new IOException(path + ": cannot size (errno " + Native.getLastError() + ")");
    }
    return new EvidenceChannel(fd, true, preserved, 0, size);
  }

  /** A channel over the first {@code size} bytes of an open descriptor it does not own. */
  static EvidenceChannel of(int fd, long size) {
    return new EvidenceChannel(fd, false, true, 0, size);
  }

  /** A channel over {@code length} bytes from {@code offset}; closing it leaves this one open. */
  EvidenceChannel slice(long offset, long length) {
    return new EvidenceChannel(fd, false, atimePreserved, start + offset, length);
  }

  /** Whether the kernel granted O_NOATIME (else the access time may have moved). */
  boolean atimePreserved() {
    return atimePreserved;
  }

  @Override
  public int read(ByteBuffer dst) throws IOException {
    if (!open) {
      throw new ClosedChannelException();
    }
    if (position >= size) {
      return -1;
    }
    int want = (int) Math.min(dst.remaining(), size - position);
    if (want == 0) {
      return 0;
    }
    ByteBuffer direct;
    if (dst.isDirect()) {
      direct = dst.slice();
    } else {
      if (bounce == null) {
        bounce = ByteBuffer.allocateDirect(1 << 16);
      }
      direct = bounce.clear();
    }
    want = Math.min(want, direct.remaining());
    long n = PosixCalls.C.pread(fd, direct, new NativeLong(want), start + position).longValue();
    if (n < 0) {
      throw new IOException("read failed (errno " + Native.getLastError() + ")");
    }
    if (n == 0) {
      return -1;
    }
    if (dst.isDirect()) {
      dst.position(dst.position() + (int) n);
    } else {
      direct.limit((int) n);
      dst.put(direct);
    }
    position += n;
    return (int) n;
  }

  @Override
  public int write(ByteBuffer src) {
    throw new NonWritableChannelException();
  }

  @Override
  public long position() {
    return position;
  }

  @Override
  public SeekableByteChannel position(long newPosition) {
    if (newPosition < 0) {
      throw new IllegalArgumentException("negative position " + newPosition);
    }
    position = newPosition;
    return this;
  }

  @Override
  public long size() {
    return size;
  }

  @Override
  public SeekableByteChannel truncate(long newSize) {
    throw new NonWritableChannelException();
  }

  @Override
  public boolean isOpen() {
    return open;
  }

  @Override
  public void close() {
    if (open) {
      open = false;
      if (owner) {
        PosixCalls.C.close(fd);
      }
    }
  }
}
