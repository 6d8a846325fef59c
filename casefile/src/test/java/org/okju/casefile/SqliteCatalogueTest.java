package org.okju.casefile;

/** The catalogue contract on SQLite. */
class SqliteCatalogueTest extends CatalogueContract {
  @Override
  Backend backend() {
    return new SqliteBackend();
  }
}
