package org.okju.casefile;

/** The copies and hash-set contract on Sqlite. */
class SqliteCopiesTest extends CopiesContract {
  @Override
  Backend backend() {
    return new SqliteBackend();
  }
}
