package org.okju.ingest;

import org.okju.casefile.ItemPath;

/**
 * A failed system call on an evidence path, with its {@code errno}. Per-item: the caller records it
 * as an item error (see {@link #kind()}) and goes on.
 */
final class PosixException extends java.io.IOException {
  private static final long serialVersionUID = 1L;

  static final int EPERM = 1;
  static final int ENOENT = 2;
  static final int EIO = 5;
  static final int EACCES = 13;
  static final int ENOTDIR = 20;
  static final int EISDIR = 21;
  static final int ELOOP = 40;

  private final int errno;

  PosixException(String operation, ItemPath path, int errno) {
    super(operation + " " + path.display() + ": " + describe(errno));
    this.errno = errno;
  }

  int errno() {
    return errno;
  }

  /** The stable word recorded as the item error's kind. */
  String kind() {
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
