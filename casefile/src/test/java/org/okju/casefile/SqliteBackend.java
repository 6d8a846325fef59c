package org.okju.casefile;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** SQLite: a case directory inside the test's temporary directory. */
final class SqliteBackend implements Backend {
  @Override
  public CaseLocation freshLocation(Path tmp) {
    return CaseLocation.directory(tmp.resolve("case-" + System.nanoTime()));
  }

  @Override
  public Connection raw(CaseLocation location) throws SQLException {
    return DriverManager.getConnection(jdbcUrl(location));
  }

  @Override
  public Dialect dialect() {
    return Dialect.SQLITE;
  }

  @Override
  public String jdbcUrl(CaseLocation location) {
    return "jdbc:sqlite:" + ((CaseLocation.Directory) location).database();
  }

  @Override
  public String[] liftCustodyGuard() {
    return new String[] {
      "DROP TRIGGER custody_entry_no_update", "DROP TRIGGER custody_entry_no_delete"
    };
  }
}
