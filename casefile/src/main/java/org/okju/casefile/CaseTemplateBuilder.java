package org.okju.casefile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Makes {@link CaseTemplate}'s database at build time: an empty SQLite case migrated by Flyway from
 * the scripts and Java migrations compiled in the same build, so the template cannot lag behind
 * them. casefile's {@code pom.xml} runs it after compiling; nothing at run time calls it.
 */
public final class CaseTemplateBuilder {
  /** What the template's history rows record as their installer. */
  static final String INSTALLED_BY = "okju build template";

  // Held so the setting outlives garbage collection: Flyway logs each script at INFO through
  // java.util.logging here (no SLF4J provider), sixteen lines in every build's output.
  private static final java.util.logging.Logger FLYWAY_LOG =
      java.util.logging.Logger.getLogger("org.flywaydb");

  private CaseTemplateBuilder() {}

  /**
   * Writes the template to {@code args[0]}.
   *
   * @throws IOException when the file cannot be written
   * @throws SQLException when the history cannot be marked
   */
  public static void main(String[] args) throws IOException, SQLException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: CaseTemplateBuilder TEMPLATE.db");
    }
    FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING);
    Path target = Path.of(args[0]).toAbsolutePath();
    Files.createDirectories(target.getParent());
    Path work = Files.createTempDirectory(target.getParent(), "template-");
    try {
      Path database = work.resolve("case.db");
      build(database);
      for (String side : new String[] {"-wal", "-shm", "-journal"}) {
        if (Files.exists(work.resolve("case.db" + side))) {
          throw new IllegalStateException("SQLite left case.db" + side + " after closing");
        }
      }
      Files.move(database, target, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      try (var left = Files.list(work)) {
        for (Path p : left.toList()) {
          Files.delete(p);
        }
      }
      Files.delete(work);
    }
  }

  /** Migrates a new database at {@code database} as a case's, then marks its history's rows. */
  static void build(Path database) throws SQLException {
    // The same connection settings as a case's (WAL, recorded in the file's header).
    try (ConnectionPool pool = ConnectionPool.sqlite(database, 1, 5_000)) {
      Migrations.flyway(Dialect.SQLITE, pool).migrate();
      Connection c = pool.borrow();
      try (PreparedStatement mark =
          c.prepareStatement("UPDATE flyway_schema_history SET installed_by = ?")) {
        mark.setString(1, INSTALLED_BY);
        mark.executeUpdate();
      } finally {
        pool.release(c);
      }
    }
  }
}
