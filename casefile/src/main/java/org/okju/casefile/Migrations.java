package org.okju.casefile;

import java.util.Arrays;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;

/**
 * Brings a case's schema to this build's version with Flyway (13 still supports SQLite in
 * flyway-core). Scripts live in {@code org/okju/casefile/schema/common} (shared, with the dialect's
 * placeholders) and {@code schema/<dialect>} (triggers), with the Java migrations registered here
 * ({@link PackCopySignals}); each runs in its own transaction, and Flyway's history table records
 * what ran, with checksums.
 */
final class Migrations {
  private Migrations() {}

  /**
   * Migrates and returns the resulting version.
   *
   * @throws SchemaVersionException when the case is newer than this build
   */
  static String migrate(Dialect dialect, ConnectionPool pool, String location) {
    Properties p = pool.properties();
    Flyway flyway =
        Flyway.configure(Migrations.class.getClassLoader())
            .dataSource(pool.url(), p.getProperty("user"), p.getProperty("password"))
            .locations(dialect.migrationLocations())
            .placeholders(dialect.placeholders())
            .javaMigrations(new PackCopySignals())
            // Migrations are numbered in ranges per area (V30-V34 ledger, V35-V39 text, V60-V69
            // monitor, V75-V79 web, ...) that are released in any order: a case already at V75
            // must still get a V35 or V60 released after it.
            .outOfOrder(true)
            .cleanDisabled(true)
            .load();
    try {
      flyway.migrate();
      MigrationInfo current = flyway.info().current();
      MigrationVersion newestKnown =
          Arrays.stream(flyway.info().all())
              .filter(i -> i.getState().isResolved())
              .map(MigrationInfo::getVersion)
              .max(MigrationVersion::compareTo)
              .orElse(MigrationVersion.EMPTY);
      if (current != null && current.getVersion().compareTo(newestKnown) > 0) {
        throw new SchemaVersionException(
            location, current.getVersion().getVersion(), newestKnown.getVersion());
      }
      return current == null ? "0" : current.getVersion().getVersion();
    } catch (FlywayException e) {
      throw new CaseStoreException(location, "schema migration failed: " + e.getMessage(), e);
    }
  }
}
