package org.okju.casefile;

/**
 * A held writer lock on a case ({@link CaseStore#lock}). Closing it releases the lock; so does the
 * end of the process, however it ends (the lock is an operating-system file lock for a case
 * directory and a session advisory lock for PostgreSQL, never a row that outlives its holder).
 */
public interface CaseLock extends AutoCloseable {
  /** Who holds it (this process). */
  LockHolder holder();

  /** Releases the lock (once; further calls do nothing). */
  @Override
  void close();
}
