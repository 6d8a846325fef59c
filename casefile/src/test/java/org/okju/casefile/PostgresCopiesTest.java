package org.okju.casefile;

/** The copies and hash-set contract on Postgres. */
class PostgresCopiesTest extends CopiesContract {
  @Override
  Backend backend() {
    return new PostgresBackend();
  }
}
