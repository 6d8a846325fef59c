package org.okju.evidence.posix;

import java.util.Locale;

/** What a directory entry is, from its mode bits (never from following a symlink). */
public enum FileKind {
  REGULAR,
  DIRECTORY,
  SYMLINK,
  FIFO,
  SOCKET,
  CHAR_DEVICE,
  BLOCK_DEVICE,
  UNKNOWN;

  static FileKind ofMode(int mode) {
    return switch (mode & 0170000) {
      case 0100000 -> REGULAR;
      case 0040000 -> DIRECTORY;
      case 0120000 -> SYMLINK;
      case 0010000 -> FIFO;
      case 0140000 -> SOCKET;
      case 0020000 -> CHAR_DEVICE;
      case 0060000 -> BLOCK_DEVICE;
      default -> UNKNOWN;
    };
  }

  /** The word used in error kinds and messages. */
  public String word() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
