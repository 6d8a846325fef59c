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
  static {
    Native.register(LibC.class, Platform.C_LIBRARY_NAME);
  }

  private LibC() {}

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
