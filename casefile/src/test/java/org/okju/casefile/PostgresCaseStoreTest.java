package org.okju.casefile;

/** The case store contract on a real PostgreSQL 15. */
class PostgresCaseStoreTest extends CaseStoreContract {
  @Override
  Backend backend() {
    return new PostgresBackend();
  }
}
