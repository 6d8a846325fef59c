package org.okju.casefile;

/** The item-text contract on a real PostgreSQL 15. */
class PostgresItemTextsTest extends ItemTextsContract {
  @Override
  Backend backend() {
    return new PostgresBackend();
  }
}
