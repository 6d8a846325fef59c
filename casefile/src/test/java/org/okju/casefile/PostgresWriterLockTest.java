package org.okju.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The writer lock on a real PostgreSQL 15 (a session advisory lock). */
class PostgresWriterLockTest extends WriterLockContract {
  @Override
  Backend backend() {
    return new PostgresBackend();
  }

  @Test
  void aSessionThatOutlivedItsDeadProcessOnThisHostIsEnded() throws Exception {
    CaseLocation where = backend().freshLocation(tmp);
    CaseStore.open(where).close();
    // A process that has ended: its pid names nobody now.
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    try (Connection orphan = backend().raw(where);
        CaseStore store = CaseStore.open(where)) {
      long session;
      try (Statement s = orphan.createStatement();
          ResultSet r =
              s.executeQuery(
                  "SELECT pg_try_advisory_lock(" + 0x6f6b6a75 + ", 1), pg_backend_pid()")) {
        r.next();
        assertThat(r.getBoolean(1)).isTrue();
        session = r.getLong(2);
      }
      try (PreparedStatement p =
          orphan.prepareStatement(
              "INSERT INTO case_lock (id, command, username, host, pid, started_at, session)"
                  + " VALUES (1, 'okju ingest', 'inv1', ?, ?, '2025-01-01T00:00:00.000000000Z', ?)")) {
        p.setString(1, LockHolder.localHost());
        p.setLong(2, gone.pid());
        p.setLong(3, session);
        p.executeUpdate();
      }
      CaseLock lock = store.lock("okju copies", "inv2");
      assertThat(lock.holder().command()).isEqualTo("okju copies");
      lock.close();
    }
  }
}
