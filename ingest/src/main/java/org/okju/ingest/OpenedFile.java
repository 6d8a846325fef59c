package org.okju.ingest;

import java.nio.ByteBuffer;
import org.okju.casefile.ItemPath;

/**
 * An evidence file open for reading through {@link Posix}. Not thread-safe; close it.
 *
 * @see Posix#openFile
 */
final class OpenedFile implements ByteSource {
  private final Posix posix;
  private final int fd;
  private final ItemPath path;
  private final PosixStat stat;
  private final boolean atimePreserved;
  private boolean closed;

  OpenedFile(Posix posix, int fd, ItemPath path, PosixStat stat, boolean atimePreserved) {
    this.posix = posix;
    this.fd = fd;
    this.path = path;
    this.stat = stat;
    this.atimePreserved = atimePreserved;
  }

  /** What the open descriptor is (checked after opening: the entry may have been replaced). */
  PosixStat stat() {
    return stat;
  }

  /** Whether the file was opened with {@code O_NOATIME}. */
  boolean atimePreserved() {
    return atimePreserved;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws PosixException {
    ByteBuffer direct = posix.readBuffer();
    direct.clear().limit(Math.min(length, direct.capacity()));
    int n = posix.read(fd, direct, path);
    if (n <= 0) {
      return -1;
    }
    direct.position(0).limit(n);
    direct.get(buffer, offset, n);
    return n;
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      posix.closeQuietly(fd);
    }
  }
}
