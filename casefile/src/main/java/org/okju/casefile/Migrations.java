package org.okju.casefile;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
  // The class path does not change while okju runs; the web server opens many cases.
  private static final Map<Dialect, Set<MigrationVersion>> KNOWN = new EnumMap<>(Dialect.class);

  private Migrations() {}

  /**
   * Migrates and returns the resulting version.
   *
   * @throws SchemaVersionException when the case is newer than this build
   */
  static String migrate(Dialect dialect, ConnectionPool pool, String location) {
    Optional<String> upToDate = SchemaCurrency.upToDate(pool, known(dialect));
    if (upToDate.isPresent()) {
      return upToDate.get();
    }
    Flyway flyway = flyway(dialect, pool);
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

  /** Flyway as okju configures it for a case's database. */
  static Flyway flyway(Dialect dialect, ConnectionPool pool) {
    Properties p = pool.properties();
    return Flyway.configure(Migrations.class.getClassLoader())
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
  }

  /** Every version this build can migrate to: its scripts and its Java migrations. */
  static synchronized Set<MigrationVersion> known(Dialect dialect) {
    return KNOWN.computeIfAbsent(
        dialect,
        d ->
            Stream.concat(
                    MigrationsOnClasspath.versions(
                            Migrations.class.getClassLoader(),
                            Arrays.stream(d.migrationLocations())
                                .map(l -> l.substring("classpath:".length()))
                                .toArray(String[]::new))
                        .stream()
                        .map(MigrationVersion::fromVersion),
                    Stream.of(new PackCopySignals().getVersion()))
                .collect(Collectors.toUnmodifiableSet()));
  }
}
