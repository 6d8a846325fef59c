package org.okju.casefile;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * How a store aggregate reaches the database: either one pooled connection per call (each write its
 * own transaction) or the single connection of a {@link Batch}. Turns {@link SQLException} into
 * {@link CaseStoreException} naming the case and the operation.
 */
abstract class Scope {
  /** Work on a connection. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  /** Sets the parameters of a prepared statement. */
  @FunctionalInterface
  interface Binder {
    void bind(PreparedStatement s) throws SQLException;
  }

  /** Maps the current row. */
  @FunctionalInterface
  interface RowMapper<T> {
    T map(ResultSet r) throws SQLException;
  }

  final Dialect dialect;
  final String location;

  Scope(Dialect dialect, String location) {
    this.dialect = dialect;
    this.location = location;
  }

  /** Runs {@code work} without a transaction of its own. */
  abstract <T> T read(String operation, Work<T> work);

  /** Runs {@code work} atomically: all of it is committed or none. */
  abstract <T> T write(String operation, Work<T> work);

  /**
   * Streams the rows of a query lazily; the caller must close the stream, which frees the statement
   * (and, for a pooled scope, the connection).
   */
  abstract <T> Stream<T> stream(String operation, String sql, Binder binder, RowMapper<T> mapper);

  /** The rows of a query, read at once (for results a page or a case's settings long). */
  final <T> List<T> list(String operation, String sql, Binder binder, RowMapper<T> mapper) {
    return read(
        operation,
        c -> {
          List<T> out = new ArrayList<>();
          try (PreparedStatement s = c.prepareStatement(sql)) {
            binder.bind(s);
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                out.add(mapper.map(r));
              }
            }
          }
          return out;
        });
  }

  CaseStoreException failure(String operation, SQLException e) {
    return new CaseStoreException(location, operation + " failed: " + e.getMessage(), e);
  }

  /** Builds the lazy stream over an executed statement; {@code onClose} releases resources. */
  <T> Stream<T> rows(String operation, PreparedStatement s, RowMapper<T> mapper, Runnable onClose)
      throws SQLException {
    ResultSet r = s.executeQuery();
    Spliterator<T> rows =
        new Spliterators.AbstractSpliterator<T>(
            Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
          @Override
          public boolean tryAdvance(Consumer<? super T> action) {
            try {
              if (!r.next()) {
                return false;
              }
              action.accept(mapper.map(r));
              return true;
            } catch (SQLException e) {
              throw failure(operation, e);
            }
          }
        };
    return StreamSupport.stream(rows, false)
        .onClose(
            () -> {
              try {
                r.close();
                s.close();
              } catch (SQLException e) {
                throw failure(operation, e);
              } finally {
                onClose.run();
              }
            });
  }
}
