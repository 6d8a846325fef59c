package org.okju.casefile;

/** The case store contract on SQLite. */
class SqliteCaseStoreTest extends CaseStoreContract {
  @Override
  Backend backend() {
    return new SqliteBackend();
  }
}
