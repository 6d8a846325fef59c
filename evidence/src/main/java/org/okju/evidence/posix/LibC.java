package org.okju.evidence.posix;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;
import java.nio.ByteBuffer;

/**
 * The few glibc calls okju needs to read evidence without changing it, bound with JNA's direct
 * mapping. An interface mapping (a proxy, reflection and argument conversion on every call) cost a
 * cold ingest about a third of a CPU-second of C2 compiling JNA's generic call path, for calls made
 * once a file or once a mebibyte. Paths are NUL-terminated raw bytes, never Java strings, so
 * non-UTF-8 names pass unchanged. Calls that declare {@link LastErrorException} throw it with
 * {@code errno} when they fail. {@code size_t} and {@code ssize_t} are {@code long}: okju reads
 * evidence on 64-bit Linux only ({@link ReadOnlyFiles}).
 */
final class LibC {
  /** JNA's property for the folders it searches for a library by name. */
  private static final String SEARCH_PATH = "jna.platform.library.path";

  static {
    if (System.getProperty(SEARCH_PATH) == null) {
      // Without it, JNA's first library lookup on Linux starts `/sbin/ldconfig -p` (a child
      // process, on every run of every verb that reads evidence) to learn the folders the dynamic
      // loader knows; these are JNA's own defaults otherwise, and glibc is always in them.
      System.setProperty(SEARCH_PATH, defaultFolders());
    }
    Native.register(LibC.class, Platform.C_LIBRARY_NAME);
  }

  private LibC() {}

  private static String defaultFolders() {
    String multiArch = (Platform.isIntel() ? "x86_64" : "aarch64") + "-linux-gnu";
    return String.join(
        ":",
        "/lib/" + multiArch,
        "/usr/lib/" + multiArch,
        "/lib64",
        "/usr/lib64",
        "/lib",
        "/usr/lib");
  }

  /** Binds the calls now (the class's initialisation), so that a missing glibc shows at once. */
  static void bind() {
    // Nothing more: calling a static method initialises the class.
  }

  static native int openat(int dirfd, byte[] path, int flags) throws LastErrorException;

  static native int close(int fd) throws LastErrorException;

  static native long read(int fd, ByteBuffer buffer, long count) throws LastErrorException;

  static native long pread(int fd, ByteBuffer buffer, long count, long offset)
      throws LastErrorException;

  static native Pointer fdopendir(int fd) throws LastErrorException;

  static native Pointer readdir(Pointer dir);

  static native int closedir(Pointer dir);

  static native int statx(int dirfd, byte[] path, int flags, int mask, byte[] statx)
      throws LastErrorException;

  static native long readlinkat(int dirfd, byte[] path, byte[] buffer, long size)
      throws LastErrorException;

  static native int isatty(int fd);
}
