package org.okju.evidence.posix;

import org.okju.evidence.EvidenceException;
import org.okju.evidence.PathBytes;

/**
 * A failed system call on an evidence path, with its {@code errno}. Per-item: the caller records it
 * as an item error (see {@link #kind()}) and goes on.
 */
public final class PosixException extends EvidenceException {
  private static final long serialVersionUID = 1L;

  public static final int EPERM = 1;
  public static final int ENOENT = 2;
  public static final int EIO = 5;
  public static final int EACCES = 13;
  public static final int ENOTDIR = 20;
  public static final int EISDIR = 21;
  public static final int ELOOP = 40;

  private final int errno;

  PosixException(String operation, byte[] path, int errno) {
    super(kindOf(errno), operation + " " + PathBytes.display(path) + ": " + describe(errno));
    this.errno = errno;
  }

  /** The C library's error number. */
  public int errno() {
    return errno;
  }

  private static String kindOf(int errno) {
    return switch (errno) {
      case ENOENT, ENOTDIR -> "vanished";
      case EACCES, EPERM -> "unreadable";
      case ELOOP -> "symlink-loop";
      case EISDIR -> "not-regular";
      default -> "read-error";
    };
  }

  static String describe(int errno) {
    return switch (errno) {
      case EPERM -> "operation not permitted";
      case ENOENT -> "no such file or directory";
      case EIO -> "input/output error";
      case EACCES -> "permission denied";
      case ENOTDIR -> "not a directory";
      case EISDIR -> "is a directory";
      case ELOOP -> "too many levels of symbolic links";
      default -> "errno " + errno;
    };
  }
}
