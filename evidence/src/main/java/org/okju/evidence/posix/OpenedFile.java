package org.okju.evidence.posix;

import java.nio.ByteBuffer;
import org.okju.evidence.EvidenceStream;

/**
 * An evidence file open for reading through {@link ReadOnlyFiles}. Not thread-safe; close it.
 *
 * @see ReadOnlyFiles#openFile
 */
public final class OpenedFile implements EvidenceStream {
  private final ReadOnlyFiles files;
  private final int fd;
  private final byte[] path;
  private final FileStat stat;
  private final boolean atimePreserved;
  private boolean closed;

  OpenedFile(ReadOnlyFiles files, int fd, byte[] path, FileStat stat, boolean atimePreserved) {
    this.files = files;
    this.fd = fd;
    this.path = path;
    this.stat = stat;
    this.atimePreserved = atimePreserved;
  }

  /** What the open descriptor is (checked after opening: the entry may have been replaced). */
  public FileStat stat() {
    return stat;
  }

  /** Whether the file was opened with {@code O_NOATIME}. */
  public boolean atimePreserved() {
    return atimePreserved;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws PosixException {
    ByteBuffer direct = files.readBuffer();
    direct.clear().limit(Math.min(length, direct.capacity()));
    int n = files.read(fd, direct, path);
    if (n <= 0) {
      return -1;
    }
    direct.position(0).limit(n);
    direct.get(buffer, offset, n);
    return n;
  }

  @Override
  public int read(ByteBuffer direct, byte[] scratch) throws PosixException {
    direct.clear();
    int n = files.read(fd, direct, path);
    if (n <= 0) {
      direct.limit(0);
      return -1;
    }
    direct.limit(n);
    return n;
  }

  /**
   * Reads up to {@code length} bytes at {@code position} without moving the stream's position
   * ({@code pread(2)}); thread-safe, so several readers can share one descriptor.
   *
   * @return how many were read; 0 at or past the end
   */
  public int readAt(long position, byte[] buffer, int offset, int length) throws PosixException {
    ByteBuffer direct = files.readBuffer();
    direct.clear().limit(Math.min(length, direct.capacity()));
    int n = files.pread(fd, direct, position, path);
    if (n <= 0) {
      return 0;
    }
    direct.position(0).limit(n);
    direct.get(buffer, offset, n);
    return n;
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      files.closeQuietly(fd);
    }
  }
}
