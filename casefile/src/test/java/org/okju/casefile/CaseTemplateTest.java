package org.okju.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new SQLite case made from the build's template is the case Flyway makes from this build's
 * migrations: same objects, same rows, same history (but for when and by whom), and Flyway still
 * validates it and migrates it further.
 */
class CaseTemplateTest {
  /** The history's columns that say when and by whom, which differ by design. */
  private static final Set<String> WHEN_AND_WHO =
      Set.of("installed_by", "installed_on", "execution_time");

  @TempDir Path tmp;

  @Test
  void aNewCaseIsTheTemplateNotAFlywayRun() throws Exception {
    Path dir = tmp.resolve("case");
    CaseStore.open(CaseLocation.directory(dir)).close();
    assertThat(
            query(
                dir.resolve("case.db"), "SELECT DISTINCT installed_by FROM flyway_schema_history"))
        .containsExactly(List.of(CaseTemplateBuilder.INSTALLED_BY));
  }

  @Test
  void theTemplateHoldsExactlyWhatFlywayMakesFromThisBuildsMigrations() throws Exception {
    Path fromTemplate = tmp.resolve("template/case.db");
    CaseStore.open(CaseLocation.directory(fromTemplate.getParent())).close();
    Path byFlyway = tmp.resolve("flyway/case.db");
    Files.createDirectories(byFlyway.getParent());
    try (ConnectionPool pool = ConnectionPool.sqlite(byFlyway, 1, 5_000)) {
      MigrateResult result = Migrations.flyway(Dialect.SQLITE, pool).migrate();
      assertThat(result.migrationsExecuted).isPositive();
    }
    // As okju opens it (its connections switch the file to WAL journalling, recorded in the file).
    CaseStore.open(CaseLocation.directory(byFlyway.getParent())).close();

    assertThat(schema(fromTemplate)).isNotEmpty().isEqualTo(schema(byFlyway));
    assertThat(settings(fromTemplate)).isEqualTo(settings(byFlyway));
    List<String> tables =
        query(byFlyway, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            .stream()
            .map(r -> r.get(0))
            .toList();
    assertThat(tables).contains("flyway_schema_history", "item", "custody_entry");
    for (String table : tables) {
      assertThat(rows(fromTemplate, table)).as(table).isEqualTo(rows(byFlyway, table));
    }
    // What the rows compared above left out differs only where it should.
    assertThat(query(byFlyway, "SELECT DISTINCT installed_by FROM flyway_schema_history"))
        .doesNotContain(List.of(CaseTemplateBuilder.INSTALLED_BY));
  }

  @Test
  void flywayValidatesTheTemplatesHistoryAndAppliesLaterMigrations() throws Exception {
    Path dir = tmp.resolve("case");
    CaseStore.open(CaseLocation.directory(dir)).close();
    Path database = dir.resolve("case.db");
    try (ConnectionPool pool = ConnectionPool.sqlite(database, 1, 5_000)) {
      Flyway current = Migrations.flyway(Dialect.SQLITE, pool);
      current.validate(); // every checksum matches this build's scripts
      List<String> locations = new ArrayList<>(List.of(Dialect.SQLITE.migrationLocations()));
      locations.add("classpath:org/okju/casefile/later");
      Flyway later =
          Flyway.configure(getClass().getClassLoader())
              .configuration(current.getConfiguration())
              .locations(locations.toArray(String[]::new))
              .load();
      MigrateResult result = later.migrate();
      assertThat(result.migrationsExecuted).isEqualTo(1);
      assertThat(result.targetSchemaVersion).isEqualTo("1000");
    }
    assertThat(query(database, "SELECT note FROM later_table")).containsExactly(List.of("later"));
  }

  @Test
  void anExistingDatabaseIsNeverReplaced() throws Exception {
    Path dir = tmp.resolve("case");
    Files.createDirectories(dir);
    Path database = dir.resolve("case.db");
    Files.writeString(database, "not a template");
    assertThat(CaseTemplate.copyInto(database, dir.toString())).isFalse();
    assertThat(Files.readString(database)).isEqualTo("not a template");
    Files.delete(database);
    Files.writeString(dir.resolve("case.db-wal"), "a journal of a case being made");
    assertThat(CaseTemplate.copyInto(database, dir.toString())).isFalse();
    assertThat(database).doesNotExist();
    try (var left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactly("case.db-wal");
    }
  }

  private static List<List<String>> schema(Path db) throws SQLException {
    return query(
        db, "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name, tbl_name");
  }

  private static List<List<String>> settings(Path db) throws SQLException {
    List<List<String>> all = new ArrayList<>();
    for (String pragma :
        List.of(
            "journal_mode",
            "page_size",
            "encoding",
            "auto_vacuum",
            "user_version",
            "application_id",
            "foreign_keys")) {
      all.addAll(query(db, "PRAGMA " + pragma));
    }
    return all;
  }

  private static List<List<String>> rows(Path db, String table) throws SQLException {
    List<String> columns = new ArrayList<>();
    for (List<String> c : query(db, "SELECT name FROM pragma_table_info('" + table + "')")) {
      if (!(table.equals("flyway_schema_history") && WHEN_AND_WHO.contains(c.get(0)))) {
        columns.add(c.get(0));
      }
    }
    String list = String.join(", ", columns);
    return query(db, "SELECT " + list + " FROM " + table + " ORDER BY " + list);
  }

  private static List<List<String>> query(Path db, String sql) throws SQLException {
    List<List<String>> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      ResultSetMetaData meta = r.getMetaData();
      while (r.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          row.add(r.getString(i));
        }
        rows.add(row);
      }
    }
    return rows;
  }
}
