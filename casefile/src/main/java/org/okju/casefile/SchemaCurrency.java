package org.okju.casefile;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.flywaydb.core.api.MigrationVersion;

/**
 * Whether a case already holds every migration of this build, read from Flyway's history table with
 * one query. Starting Flyway to find out (resolving, reading and checksumming every script, some
 * 400 classes) was most of the time every verb spent opening an existing case; Flyway still runs,
 * and validates checksums, whenever anything is missing, failed or unknown to this build.
 */
final class SchemaCurrency {
  private static final String APPLIED =
      "SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL";

  private SchemaCurrency() {}

  /**
   * The case's version when the successful migrations it records are exactly {@code known}; empty
   * when anything is to be migrated, failed, newer than this build, or the history is unreadable (a
   * new case).
   */
  static Optional<String> upToDate(ConnectionPool pool, Set<MigrationVersion> known) {
    Set<MigrationVersion> applied = new HashSet<>();
    try {
      Connection c = pool.borrow();
      try (Statement s = c.createStatement();
          ResultSet rows = s.executeQuery(APPLIED)) {
        while (rows.next()) {
          applied.add(MigrationVersion.fromVersion(rows.getString(1)));
        }
      } finally {
        pool.release(c);
      }
    } catch (SQLException noHistoryYet) {
      return Optional.empty();
    }
    if (!applied.equals(known)) {
      return Optional.empty();
    }
    return applied.stream().max(MigrationVersion::compareTo).map(MigrationVersion::getVersion);
  }
}
