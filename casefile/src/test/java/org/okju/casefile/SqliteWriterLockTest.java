package org.okju.casefile;

/** The writer lock on a case directory (an fcntl lock on case.lock). */
class SqliteWriterLockTest extends WriterLockContract {
  @Override
  Backend backend() {
    return new SqliteBackend();
  }
}
