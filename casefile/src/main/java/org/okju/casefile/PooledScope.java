package org.okju.casefile;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.stream.Stream;

/** A scope that borrows a connection per call; each write is its own transaction. */
final class PooledScope extends Scope {
  private final ConnectionPool pool;

  PooledScope(Dialect dialect, String location, ConnectionPool pool) {
    super(dialect, location);
    this.pool = pool;
  }

  @Override
  <T> T read(String operation, Work<T> work) {
    try {
      Connection c = pool.borrow();
      try {
        return work.run(c);
      } finally {
        pool.release(c);
      }
    } catch (SQLException e) {
      throw failure(operation, e);
    }
  }

  @Override
  <T> T write(String operation, Work<T> work) {
    try {
      Connection c = pool.borrow();
      try {
        c.setAutoCommit(false);
        T result = work.run(c);
        c.commit();
        return result;
      } finally {
        pool.release(c); // rolls back when the commit was not reached
      }
    } catch (SQLException e) {
      throw failure(operation, e);
    }
  }

  @Override
  <T> Stream<T> stream(String operation, String sql, Binder binder, RowMapper<T> mapper) {
    Connection c;
    try {
      c = pool.borrow();
    } catch (SQLException e) {
      throw failure(operation, e);
    }
    try {
      if (dialect.streamsInTransaction()) {
        c.setAutoCommit(false);
      }
      PreparedStatement s = dialect.prepareStreaming(c, sql);
      binder.bind(s);
      return rows(operation, s, mapper, () -> pool.release(c));
    } catch (SQLException | RuntimeException e) {
      pool.release(c);
      if (e instanceof SQLException sql2) {
        throw failure(operation, sql2);
      }
      throw (RuntimeException) e;
    }
  }
}
