package org.okju.casefile;

/** The ledger contract on SQLite. */
class SqliteLedgerTest extends LedgerContract {
  @Override
  Backend backend() {
    return new SqliteBackend();
  }
}
