package org.okju.evidence.posix;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import java.nio.ByteBuffer;

/**
 * The few glibc calls okju needs to read evidence without changing it (JNA interface mapping).
 * Paths are NUL-terminated raw bytes, never Java strings, so non-UTF-8 names pass unchanged. Calls
 * that declare {@link LastErrorException} throw it with {@code errno} when they fail.
 */
interface LibC extends Library {
  int openat(int dirfd, byte[] path, int flags) throws LastErrorException;

  int close(int fd) throws LastErrorException;

  NativeLong read(int fd, ByteBuffer buffer, NativeLong count) throws LastErrorException;

  NativeLong pread(int fd, ByteBuffer buffer, NativeLong count, long offset)
      throws LastErrorException;

  Pointer fdopendir(int fd) throws LastErrorException;

  Pointer readdir(Pointer dir);

  int closedir(Pointer dir);

  int dirfd(Pointer dir);

  int statx(int dirfd, byte[] path, int flags, int mask, byte[] statx) throws LastErrorException;

  NativeLong readlinkat(int dirfd, byte[] path, byte[] buffer, NativeLong size)
      throws LastErrorException;

  int isatty(int fd);
}
