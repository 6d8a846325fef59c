package org.okju.casefile;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.stream.Stream;

/** The scope of a {@link Batch}: every call runs on its one connection, inside its transaction. */
final class BatchScope extends Scope {
  private final Connection connection;

  BatchScope(Dialect dialect, String location, Connection connection) {
    super(dialect, location);
    this.connection = connection;
  }

  @Override
  <T> T read(String operation, Work<T> work) {
    try {
      return work.run(connection);
    } catch (SQLException e) {
      throw failure(operation, e);
    }
  }

  @Override
  <T> T write(String operation, Work<T> work) {
    return read(operation, work);
  }

  @Override
  <T> Stream<T> stream(String operation, String sql, Binder binder, RowMapper<T> mapper) {
    try {
      PreparedStatement s = dialect.prepareStreaming(connection, sql);
      try {
        binder.bind(s);
        return rows(operation, s, mapper, () -> {});
      } catch (SQLException | RuntimeException e) {
        s.close();
        throw e;
      }
    } catch (SQLException e) {
      throw failure(operation, e);
    }
  }
}
