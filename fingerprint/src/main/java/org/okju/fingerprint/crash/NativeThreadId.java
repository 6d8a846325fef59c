package org.okju.fingerprint.crash;

import com.sun.jna.Library;
import com.sun.jna.Native;

/**
 * The kernel's id of the calling thread, as a JVM crash report names the thread that crashed
 * ({@code tid=}): Java thread names need not be unique (a pool's threads often share one), the
 * kernel's ids are. -1 where glibc's {@code gettid} is not available.
 */
final class NativeThreadId {
  private interface LibC extends Library {
    int gettid();
  }

  private static final LibC LIBC = load();
  private static final ThreadLocal<Long> OF_THREAD = ThreadLocal.withInitial(NativeThreadId::ask);

  private NativeThreadId() {}

  /** The calling thread's id (asked once a thread). */
  static long current() {
    return OF_THREAD.get();
  }

  private static long ask() {
    if (LIBC == null) {
      return -1;
    }
    try {
      return LIBC.gettid();
    } catch (UnsatisfiedLinkError e) {
      return -1;
    }
  }

  private static LibC load() {
    try {
      return Native.load("c", LibC.class);
    } catch (UnsatisfiedLinkError e) {
      return null;
    }
  }
}
