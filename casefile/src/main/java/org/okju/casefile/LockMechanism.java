package org.okju.casefile;

import java.util.OptionalLong;

/**
 * The part of a writer lock the operating system or the server enforces, which ends with the
 * process that holds it. Not thread-safe: {@link WriterLocks} serialises calls.
 */
interface LockMechanism {
  /** Tries once to take the lock; false when another process or store holds it. */
  boolean tryAcquire();

  /** Releases a lock this mechanism took. */
  void release();

  /** Whether anyone holds the lock now, this mechanism included. */
  boolean held();

  /** The server session holding the lock, where there is one (PostgreSQL). */
  default OptionalLong session() {
    return OptionalLong.empty();
  }

  /**
   * Breaks a lock whose holder is known dead, when the lock outlived it (a PostgreSQL session whose
   * client vanished without closing it). Only the session named by the holder's row is ended, so a
   * live holder is never touched. Returns whether the lock was broken.
   */
  default boolean breakDead(OptionalLong holderSession) {
    return false;
  }
}
