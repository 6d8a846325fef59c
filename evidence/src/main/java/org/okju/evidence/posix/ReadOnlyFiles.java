package org.okju.evidence.posix;

import com.sun.jna.LastErrorException;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Read-only access to an evidence tree through glibc, by raw name bytes.
 *
 * <p>Why not {@code java.nio.file}: the JDK cannot open a file with {@code O_NOATIME}, so every
 * read and every directory listing of a freshly copied tree moves its access times (Linux's default
 * {@code relatime} updates atime whenever it is not newer than mtime); it cannot build a path from
 * bytes that are not valid in the platform charset; and it has no birth time on Linux before JDK
 * 21. Here files and directories are opened with {@code O_RDONLY|O_NOFOLLOW|O_NOATIME|O_NONBLOCK}
 * ({@code O_NONBLOCK} so that a file replaced by a FIFO cannot block the run), entries are stat'ed
 * with {@code statx(AT_SYMLINK_NOFOLLOW)}, and names come from {@code readdir} as bytes.
 *
 * <p>One reader for every module that touches evidence (ingest, verify, the report's thumbnails,
 * the ledger's document copies), so that each keeps the same guarantees.
 *
 * <p>{@code O_NOATIME} is allowed only to the file's owner or a process with {@code CAP_FOWNER}
 * (root). When it is refused the file is opened without it and {@link OpenedFile#atimePreserved()}
 * says so; callers report {@link #atimeNotPreserved()} rather than pretending.
 *
 * <p>Linux x86-64 and AArch64 only (their {@code O_*} constants differ; statx and dirent64 have the
 * same layout on both). Thread-safe; each reading thread keeps one read buffer.
 */
public final class ReadOnlyFiles {
  private static final int AT_FDCWD = -100;
  private static final int O_RDONLY = 0;
  private static final int O_NONBLOCK = 04000;
  private static final int O_CLOEXEC = 02000000;
  private static final int O_NOATIME = 01000000;
  private static final int AT_SYMLINK_NOFOLLOW = 0x100;
  private static final int AT_EMPTY_PATH = 0x1000;
  private static final int DIRENT_NAME_OFFSET = 19;

  /**
   * Bytes one read asks for at most (ingest reads files in chunks of this size). A quarter of a
   * core's L2 cache, so that the kernel's copy, the copy into the caller's array and the three
   * digests' passes stay in it: 1 MiB cost about 1% more CPU for the same bytes.
   */
  public static final int READ_BYTES = 256 << 10;

  private final AtomicLong atimeNotPreserved = new AtomicLong();
  private final ThreadLocal<ByteBuffer> readBuffers =
      ThreadLocal.withInitial(() -> ByteBuffer.allocateDirect(READ_BYTES));
  private final int directoryFlag;
  private final int noFollowFlag;

  /**
   * A reader for this process.
   *
   * @throws UnsupportedOperationException on anything but Linux x86-64 or AArch64
   */
  public ReadOnlyFiles() {
    if (!Platform.isLinux() || !Platform.is64Bit() || !(Platform.isIntel() || Platform.isARM())) {
      throw new UnsupportedOperationException(
          "okju reads evidence through Linux system calls; this is "
              + System.getProperty("os.name")
              + " "
              + System.getProperty("os.arch"));
    }
    LibC.bind(); // fails here, not at the first file, when glibc cannot be bound
    boolean arm = Platform.isARM();
    this.directoryFlag = arm ? 040000 : 0200000;
    this.noFollowFlag = arm ? 0100000 : 0400000;
  }

  /** Files opened without O_NOATIME because the kernel refused it (not owner, not root). */
  public long atimeNotPreserved() {
    return atimeNotPreserved.get();
  }

  /** Whether file descriptor {@code fd} (1 stdout, 2 stderr) is a terminal. */
  public boolean isTerminal(int fd) {
    return LibC.isatty(fd) == 1;
  }

  /** Stats {@code path} (absolute bytes) without following a final symlink. */
  public FileStat lstat(byte[] path) throws PosixException {
    return statx(AT_FDCWD, path, AT_SYMLINK_NOFOLLOW);
  }

  /** Stats {@code path} following symlinks (to tell a loop or a dangling link). */
  public FileStat statFollowing(byte[] path) throws PosixException {
    return statx(AT_FDCWD, path, 0);
  }

  private FileStat statx(int dirfd, byte[] path, int flags) throws PosixException {
    byte[] buffer = new byte[FileStat.BUFFER_BYTES];
    try {
      LibC.statx(
          dirfd, cString(path), flags, FileStat.STATX_BASIC_STATS | FileStat.STATX_BTIME, buffer);
    } catch (LastErrorException e) {
      throw new PosixException("stat", path, e.getErrorCode());
    }
    return FileStat.decode(buffer);
  }

  /** The target of symlink {@code path}, as bytes. */
  public byte[] readLink(byte[] path) throws PosixException {
    byte[] buffer = new byte[4096];
    try {
      long n = LibC.readlinkat(AT_FDCWD, cString(path), buffer, buffer.length);
      return Arrays.copyOf(buffer, (int) n);
    } catch (LastErrorException e) {
      throw new PosixException("read link", path, e.getErrorCode());
    }
  }

  /** The names in directory {@code path} (without "." and ".."), sorted by their bytes. */
  public List<byte[]> list(byte[] path) throws PosixException {
    int fd = open(path, directoryFlag);
    Pointer dir;
    try {
      dir = LibC.fdopendir(fd);
    } catch (LastErrorException e) {
      closeQuietly(fd);
      throw new PosixException("list", path, e.getErrorCode());
    }
    List<byte[]> names = new ArrayList<>();
    try {
      for (Pointer entry = LibC.readdir(dir); entry != null; entry = LibC.readdir(dir)) {
        byte[] name =
            entry
                .getString(DIRENT_NAME_OFFSET, "ISO-8859-1")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        if (!(Arrays.equals(name, DOT) || Arrays.equals(name, DOT_DOT))) {
          names.add(name);
        }
      }
    } finally {
      LibC.closedir(dir);
    }
    names.sort(Arrays::compareUnsigned);
    return names;
  }

  private static final byte[] DOT = {'.'};
  private static final byte[] DOT_DOT = {'.', '.'};

  /** Opens regular file {@code path} (absolute bytes) for reading, atime untouched if allowed. */
  public OpenedFile openFile(byte[] path) throws PosixException {
    boolean preserved = true;
    int fd;
    try {
      fd = openRaw(path, O_NOATIME);
    } catch (LastErrorException e) {
      if (e.getErrorCode() != PosixException.EPERM) {
        throw new PosixException("open", path, e.getErrorCode());
      }
      preserved = false;
      atimeNotPreserved.incrementAndGet();
      fd = open(path, 0);
    }
    try {
      FileStat stat = statx(fd, new byte[0], AT_EMPTY_PATH);
      return new OpenedFile(this, fd, path, stat, preserved);
    } catch (PosixException e) {
      closeQuietly(fd);
      throw e;
    }
  }

  private int open(byte[] path, int extraFlags) throws PosixException {
    try {
      return openRaw(path, extraFlags | O_NOATIME);
    } catch (LastErrorException e) {
      if (e.getErrorCode() == PosixException.EPERM) {
        try {
          return openRaw(path, extraFlags);
        } catch (LastErrorException again) {
          throw new PosixException("open", path, again.getErrorCode());
        }
      }
      throw new PosixException("open", path, e.getErrorCode());
    }
  }

  private int openRaw(byte[] path, int extraFlags) {
    return LibC.openat(
        AT_FDCWD, cString(path), O_RDONLY | O_NONBLOCK | O_CLOEXEC | noFollowFlag | extraFlags);
  }

  /**
   * This thread's buffer for {@link OpenedFile#read}: native memory the kernel copies into, reused
   * (a fresh direct buffer per file cost a zeroed allocation, page faults and a cleaner each).
   */
  ByteBuffer readBuffer() {
    return readBuffers.get();
  }

  int read(int fd, ByteBuffer direct, byte[] path) throws PosixException {
    try {
      return (int) LibC.read(fd, direct, direct.remaining());
    } catch (LastErrorException e) {
      throw new PosixException("read", path, e.getErrorCode());
    }
  }

  int pread(int fd, ByteBuffer direct, long offset, byte[] path) throws PosixException {
    try {
      return (int) LibC.pread(fd, direct, direct.remaining(), offset);
    } catch (LastErrorException e) {
      throw new PosixException("read", path, e.getErrorCode());
    }
  }

  void closeQuietly(int fd) {
    try {
      LibC.close(fd);
    } catch (LastErrorException e) {
      // A read-only descriptor: nothing was written, nothing can be lost.
    }
  }

  private static byte[] cString(byte[] path) {
    byte[] c = Arrays.copyOf(path, path.length + 1);
    return c;
  }
}
