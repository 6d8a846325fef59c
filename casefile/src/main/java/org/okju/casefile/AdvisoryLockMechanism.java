package org.okju.casefile;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalLong;

/**
 * A PostgreSQL case's writer lock: a session-level advisory lock held on a connection of its own
 * for as long as the lock is held. The server drops it when that session ends, which it does as
 * soon as the client's socket closes (process exit, kill -9). Advisory locks are per database, so
 * each case database has its own.
 */
final class AdvisoryLockMechanism implements LockMechanism {
  // 'okju' in ASCII, and 1 for "the writer lock": the two-int form keeps clear of other users'
  // keys.
  private static final int CLASS_KEY = 0x6f6b6a75;
  private static final int OBJECT_KEY = 1;
  private static final String HOLDER_SESSION =
      "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND classid = "
          + CLASS_KEY
          + " AND objid = "
          + OBJECT_KEY
          + " AND objsubid = 2 AND granted"
          + " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())";

  private final ConnectionPool pool;
  private final String where;
  private Connection session;
  private long sessionPid;

  AdvisoryLockMechanism(ConnectionPool pool, String where) {
    this.pool = pool;
    this.where = where;
  }

  @Override
  public boolean tryAcquire() {
    Connection c = null;
    try {
      c = DriverManager.getConnection(pool.url(), pool.properties());
      try (PreparedStatement s =
              c.prepareStatement("SELECT pg_try_advisory_lock(?, ?), pg_backend_pid()");
          ResultSet r = bind(s).executeQuery()) {
        r.next();
        if (!r.getBoolean(1)) {
          c.close();
          return false;
        }
        sessionPid = r.getLong(2);
      }
      session = c;
      return true;
    } catch (SQLException e) {
      closeQuietly(c);
      throw new CaseStoreException(where, "cannot take the case's writer lock", e);
    }
  }

  @Override
  public void release() {
    Connection c = session;
    session = null;
    if (c == null) {
      return;
    }
    try (PreparedStatement s = c.prepareStatement("SELECT pg_advisory_unlock(?, ?)")) {
      bind(s).execute();
    } catch (SQLException e) {
      // Closing the session below releases it too.
    } finally {
      closeQuietly(c);
    }
  }

  @Override
  public boolean held() {
    return session != null || holderSession().isPresent();
  }

  @Override
  public OptionalLong session() {
    return session == null ? OptionalLong.empty() : OptionalLong.of(sessionPid);
  }

  @Override
  public boolean breakDead(OptionalLong holderSession) {
    OptionalLong now = holderSession();
    if (holderSession.isEmpty() || now.isEmpty() || now.getAsLong() != holderSession.getAsLong()) {
      return false;
    }
    try {
      Connection c = pool.borrow();
      try (PreparedStatement s = c.prepareStatement("SELECT pg_terminate_backend(?)")) {
        s.setInt(1, Math.toIntExact(now.getAsLong()));
        try (ResultSet r = s.executeQuery()) {
          return r.next() && r.getBoolean(1);
        }
      } finally {
        pool.release(c);
      }
    } catch (SQLException e) {
      // Not allowed to end that session (another role's): the lock stays busy.
      return false;
    }
  }

  private OptionalLong holderSession() {
    try {
      Connection c = pool.borrow();
      try (PreparedStatement s = c.prepareStatement(HOLDER_SESSION);
          ResultSet r = s.executeQuery()) {
        return r.next() ? OptionalLong.of(r.getLong(1)) : OptionalLong.empty();
      } finally {
        pool.release(c);
      }
    } catch (SQLException e) {
      throw new CaseStoreException(where, "cannot read the case's locks", e);
    }
  }

  private static PreparedStatement bind(PreparedStatement s) throws SQLException {
    s.setInt(1, CLASS_KEY);
    s.setInt(2, OBJECT_KEY);
    return s;
  }

  private static void closeQuietly(Connection c) {
    if (c == null) {
      return;
    }
    try {
      c.close();
    } catch (SQLException e) {
      // Discarded either way.
    }
  }
}
