package org.okju.report;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import java.io.IOException;
import java.security.MessageDigest;
import java.util.Arrays;
import org.okju.casefile.Sha256;

/**
 * Reads evidence files without changing them: {@code open(2)} with {@code
 * O_RDONLY|O_NOFOLLOW|O_NOATIME|O_CLOEXEC} on the exact bytes of the path, so neither the content
 * nor the access time moves (java.nio cannot ask for O_NOATIME, and cannot name a file whose name
 * is not valid in the JVM's charset). The kernel grants O_NOATIME only to the file's owner or root;
 * when refused, the file is opened without it and the read is counted, so the report can say the
 * access time may have changed. Linux only. Thread-safe.
 */
final class EvidenceReader {
  private static final int O_RDONLY = 0;
  private static final int O_NOFOLLOW = 0400000;
  private static final int O_NOATIME = 01000000;
  private static final int O_CLOEXEC = 02000000;
  private static final int EPERM = 1;
  private static final int ENOENT = 2;
  private static final int ENOTDIR = 20;
  private static final int BUFFER = 1 << 20;

  /** The C library functions used; JNA binds them by name. */
  interface LibC extends Library {
    int open(byte[] path, int flags);

    NativeLong read(int fd, byte[] buffer, NativeLong count);

    int close(int fd);
  }

  /** Why a file could not be read. */
  enum Failure {
    /** No such file (deleted or moved since ingest). */
    NOT_FOUND,
    /** A parent is not a directory. */
    NOT_A_DIRECTORY,
    /** Any other refusal (permissions, a symbolic link, an I/O error). */
    UNREADABLE
  }

  /** A failed read, with errno. */
  static final class ReadFailure extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient Failure failure;

    ReadFailure(Failure failure, int errno) {
      super(failure + " (errno " + errno + ")");
      this.failure = failure;
    }

    Failure failure() {
      return failure;
    }
  }

  /** What a read found: the content hash, and whether the access time was protected. */
  record Digest(Sha256 sha256, long size, boolean atimePreserved) {}

  private final LibC libc;

  EvidenceReader() {
    this.libc = Native.load("c", LibC.class);
  }

  /** Hashes the file whose path is exactly {@code path}, streaming. */
  Digest sha256(byte[] path) throws ReadFailure {
    MessageDigest md = AtomicFile.sha256();
    long[] size = {0};
    boolean preserved =
        readAll(
            path,
            (buf, n) -> {
              md.update(buf, 0, n);
              size[0] += n;
            });
    return new Digest(Sha256.of(md.digest()), size[0], preserved);
  }

  /** Reads at most {@code limit} bytes of a file (for thumbnails); null when larger. */
  byte[] readSmall(byte[] path, int limit) throws ReadFailure {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    boolean[] tooBig = {false};
    readAll(
        path,
        (buf, n) -> {
          if (out.size() + n > limit) {
            tooBig[0] = true;
          } else {
            out.write(buf, 0, n);
          }
        });
    return tooBig[0] ? null : out.toByteArray();
  }

  private interface Sink {
    void accept(byte[] buffer, int length);
  }

  private boolean readAll(byte[] path, Sink sink) throws ReadFailure {
    byte[] cPath = Arrays.copyOf(path, path.length + 1);
    int base = O_RDONLY | O_NOFOLLOW | O_CLOEXEC;
    boolean preserved = true;
    int fd = libc.open(cPath, base | O_NOATIME);
    if (fd < 0 && Native.getLastError() == EPERM) {
      preserved = false;
      fd = libc.open(cPath, base);
    }
    if (fd < 0) {
      int errno = Native.getLastError();
      throw new ReadFailure(
          errno == ENOENT
              ? Failure.NOT_FOUND
              : errno == ENOTDIR ? Failure.NOT_A_DIRECTORY : Failure.UNREADABLE,
          errno);
    }
    try {
      byte[] buffer = new byte[BUFFER];
      while (true) {
        long n = libc.read(fd, buffer, new NativeLong(buffer.length)).longValue();
        if (n < 0) {
          throw new ReadFailure(Failure.UNREADABLE, Native.getLastError());
        }
        if (n == 0) {
          return preserved;
        }
        sink.accept(buffer, (int) n);
      }
    } finally {
      libc.close(fd);
    }
  }
}
