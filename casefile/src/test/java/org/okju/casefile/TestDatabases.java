package org.okju.casefile;

import java.nio.file.Path;

/**
 * Fresh case locations on the real databases, for other modules' tests (published in casefile's
 * test-jar): an SQLite case directory, or a new database on the test JVM's throw-away PostgreSQL
 * 15.
 */
public final class TestDatabases {
  private TestDatabases() {}

  /** A new case directory under {@code tmp}. */
  public static CaseLocation sqlite(Path tmp) throws Exception {
    return new SqliteBackend().freshLocation(tmp);
  }

  /**
   * A new database on the shared test server (started on first use, stopped at JVM exit). Fails
   * under {@code CI=true} when PostgreSQL cannot start; aborts the test otherwise.
   */
  public static CaseLocation postgresql() throws Exception {
    return new PostgresBackend().freshLocation(Path.of("."));
  }
}
