package org.okju.casefile;

/** The item-text contract on SQLite. */
class SqliteItemTextsTest extends ItemTextsContract {
  @Override
  Backend backend() {
    return new SqliteBackend();
  }
}
