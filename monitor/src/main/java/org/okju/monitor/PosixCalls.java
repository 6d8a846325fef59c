package org.okju.monitor;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import java.nio.ByteBuffer;

/**
 * The glibc calls the monitor needs (JNA binds them by name): reading a capture without moving its
 * access time ({@code O_NOATIME}, {@code pread}) and handing a video payload to FFmpeg from memory
 * ({@code memfd_create}). Linux only.
 */
interface PosixCalls extends Library {
  PosixCalls C = Native.load("c", PosixCalls.class);

  int O_RDONLY = 0;
  int O_NOFOLLOW = 0400000;
  int O_NOATIME = 01000000;
  int O_CLOEXEC = 02000000;
  int EPERM = 1;
  int MFD_CLOEXEC = 1;

  int open(byte[] path, int flags);

  NativeLong pread(int fd, ByteBuffer buffer, NativeLong count, long offset);

  NativeLong write(int fd, byte[] buffer, NativeLong count);

  int memfd_create(String name, int flags);

  int close(int fd);

  /** {@code lseek(fd, 0, SEEK_END)}: the size of an open file. */
  long lseek(int fd, long offset, int whence);
}
