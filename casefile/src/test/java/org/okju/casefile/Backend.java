package org.okju.casefile;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/** A real database the contract tests run against. */
interface Backend {
  /** A location no test has used yet; {@code tmp} is the test's own temporary directory. */
  CaseLocation freshLocation(Path tmp) throws Exception;

  /** A raw connection to the database behind {@code location}, for tampering. */
  Connection raw(CaseLocation location) throws SQLException;

  /** The database's dialect. */
  Dialect dialect();

  /** The JDBC URL of the database behind {@code location}. */
  String jdbcUrl(CaseLocation location);

  /** SQL that lifts the append-only guard on custody_entry, as anyone owning the DB could. */
  String[] liftCustodyGuard();
}
