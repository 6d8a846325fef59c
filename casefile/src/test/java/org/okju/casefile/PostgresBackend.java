package org.okju.casefile;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Assumptions;

/**
 * PostgreSQL 15: one {@link EmbeddedPostgres} server per test JVM, started on first use and stopped
 * at JVM exit; a new database per location.
 *
 * <p>When the server cannot start, the tests fail if {@code CI=true} (never a silent skip in CI)
 * and are reported as aborted, with the reason, otherwise.
 */
final class PostgresBackend implements Backend {
  private static EmbeddedPostgres server;
  // Why the server could not start, with the stack trace: every later test reports it.
  private static String startFailure;

  private static synchronized EmbeddedPostgres server() {
    if (server == null && startFailure == null) {
      try {
        long t = System.nanoTime();
        EmbeddedPostgres started = EmbeddedPostgres.start();
        server = started;
        Runtime.getRuntime().addShutdownHook(new Thread(started::close, "stop-test-postgres"));
        System.out.printf(
            "test PostgreSQL started on port %d in %d ms%n",
            started.port(), (System.nanoTime() - t) / 1_000_000);
      } catch (Exception e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        startFailure = trace.toString();
      }
    }
    if (server == null) {
      if ("true".equals(System.getenv("CI"))) {
        fail("CI=true and PostgreSQL could not be started: " + startFailure);
      }
      Assumptions.abort("PostgreSQL could not be started: " + startFailure);
    }
    return server;
  }

  @Override
  public CaseLocation freshLocation(Path tmp) throws SQLException {
    return CaseLocation.parse(server().createDatabase());
  }

  @Override
  public Connection raw(CaseLocation location) throws SQLException {
    return DriverManager.getConnection(jdbcUrl(location));
  }

  @Override
  public Dialect dialect() {
    return Dialect.POSTGRESQL;
  }

  @Override
  public String jdbcUrl(CaseLocation location) {
    return ((CaseLocation.Server) location).jdbcUrl();
  }

  @Override
  public String[] liftCustodyGuard() {
    return new String[] {"ALTER TABLE custody_entry DISABLE TRIGGER USER"};
  }
}
