package org.okju.casefile;

/**
 * A transaction for bulk writes: ingest writes a few hundred rows, then {@link #commit}s, and goes
 * on with the same batch. Whatever is not committed when the batch is closed (or when a write fails
 * and the caller closes it) is rolled back.
 *
 * <p>Not thread-safe: one batch per worker. Holds one database connection (on SQLite, the write
 * lock) until closed, so keep it short-lived between commits.
 */
public interface Batch extends CaseData, AutoCloseable {
  /**
   * Makes everything written so far durable; the batch stays open for more.
   *
   * @throws CaseStoreException when the commit fails (nothing of this batch is then kept)
   */
  void commit();

  /** Discards everything written since the last commit; the batch stays open. */
  void rollback();

  /** Rolls back what is not committed and gives the connection back. */
  @Override
  void close();
}
