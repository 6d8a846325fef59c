package org.okju.casefile;

/** The custody log contract on SQLite. */
class SqliteCustodyLogTest extends CustodyLogContract {
  @Override
  Backend backend() {
    return new SqliteBackend();
  }
}
