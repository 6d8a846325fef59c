package org.okju.fingerprint.crash;

import com.sun.jna.Pointer;
import java.util.Locale;

/**
 * A test hook, off unless the JVM is started with {@code -Dokju.faultInjection.nativeDecode=
 * segfault:<sha256>} or {@code stall:<sha256>}: inside the guarded section of a native decode of
 * that content (after the journal marks it in flight), the worker dereferences a null pointer (a
 * real SIGSEGV, so HotSpot writes its crash report and dies) or sleeps until the process is killed.
 * The tests use it to make the production path crash on a file of their choosing, as SQLite's test
 * hooks do; only whoever starts the JVM can set it, never the input.
 */
final class NativeFaultInjection {
  static final String PROPERTY = "okju.faultInjection.nativeDecode";

  private final String action;
  private final String contentHex;

  private NativeFaultInjection(String action, String contentHex) {
    this.action = action;
    this.contentHex = contentHex;
  }

  /** The hook as this JVM was started, or null when off (the default). */
  static NativeFaultInjection fromSystemProperty() {
    String v = System.getProperty(PROPERTY);
    if (v == null || v.isBlank()) {
      return null;
    }
    int colon = v.indexOf(':');
    String action = colon < 0 ? "" : v.substring(0, colon);
    if (!action.equals("segfault") && !action.equals("stall")) {
      throw new IllegalArgumentException(PROPERTY + " is segfault:<sha256> or stall:<sha256>");
    }
    return new NativeFaultInjection(action, v.substring(colon + 1).toLowerCase(Locale.ROOT));
  }

  /** Crashes or stalls this thread when {@code contentHex} is the chosen content. */
  void inGuardedSection(String content) {
    if (!content.equals(contentHex)) {
      return;
    }
    if (action.equals("segfault")) {
      // JNA leaves memory access unprotected by default: the read faults in native code.
      new Pointer(0).getByte(0);
      throw new IllegalStateException("a read of address 0 did not fault (jna.protected set?)");
    }
    while (true) {
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
