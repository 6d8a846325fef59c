package org.okju.casefile;

/** The catalogue contract on PostgreSQL. */
class PostgresCatalogueTest extends CatalogueContract {
  @Override
  Backend backend() {
    return new PostgresBackend();
  }
}
