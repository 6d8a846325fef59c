package org.okju.casefile;

/** The custody log contract on a real PostgreSQL 15. */
class PostgresCustodyLogTest extends CustodyLogContract {
  @Override
  Backend backend() {
    return new PostgresBackend();
  }
}
