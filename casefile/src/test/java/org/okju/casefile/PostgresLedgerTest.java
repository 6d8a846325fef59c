package org.okju.casefile;

/** The ledger contract on a real PostgreSQL 15. */
class PostgresLedgerTest extends LedgerContract {
  @Override
  Backend backend() {
    return new PostgresBackend();
  }
}
