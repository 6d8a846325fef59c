package org.okju.casefile;

import java.sql.Connection;
import java.sql.SQLException;

/** A {@link Batch} on one pooled connection with auto-commit off. */
final class SqlBatch extends SqlCaseData implements Batch {
  private final ConnectionPool pool;
  private final Connection connection;
  private final StatementCache statements;
  private final String location;
  private boolean closed;

  private SqlBatch(
      ConnectionPool pool,
      Connection connection,
      StatementCache statements,
      Dialect dialect,
      String location) {
    super(new BatchScope(dialect, location, statements.connection()));
    this.pool = pool;
    this.connection = connection;
    this.statements = statements;
    this.location = location;
  }

  static SqlBatch begin(ConnectionPool pool, Dialect dialect, String location) {
    try {
      Connection c = pool.borrow();
      try {
        c.setAutoCommit(false);
      } catch (SQLException e) {
        pool.release(c);
        throw e;
      }
      return new SqlBatch(pool, c, new StatementCache(c), dialect, location);
    } catch (SQLException e) {
      throw new CaseStoreException(location, "begin batch failed: " + e.getMessage(), e);
    }
  }

  @Override
  public void commit() {
    try {
      connection.commit();
    } catch (SQLException e) {
      throw new CaseStoreException(location, "commit batch failed: " + e.getMessage(), e);
    }
  }

  @Override
  public void rollback() {
    try {
      connection.rollback();
    } catch (SQLException e) {
      throw new CaseStoreException(location, "roll back batch failed: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      try {
        statements.close();
      } catch (SQLException e) {
        // The connection goes back to the pool all the same; its next user prepares afresh.
      } finally {
        pool.release(connection); // rolls back what was not committed
      }
    }
  }
}
