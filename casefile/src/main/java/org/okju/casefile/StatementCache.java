package org.okju.casefile;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * A batch's connection that prepares each SQL text once and hands the same statement out again:
 * ingest's writer runs the same few statements for every item of a batch, and SQLite spent about as
 * long preparing each as running it. Callers keep their try-with-resources: closing a handed-out
 * statement clears it for the next use (it reports itself open until then); {@link #close} closes
 * them for real. A statement asked for again while still in use is prepared afresh (and closed by
 * its caller as usual). Single-threaded, like the batch.
 */
final class StatementCache implements AutoCloseable {
  private final Connection connection;
  private final Map<String, Cached> statements = new HashMap<>();
  private final Connection proxy;

  StatementCache(Connection connection) {
    this.connection = connection;
    this.proxy =
        (Connection)
            Proxy.newProxyInstance(
                Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                this::onConnection);
  }

  /** The connection to hand to the batch's work. */
  Connection connection() {
    return proxy;
  }

  private Object onConnection(Object self, Method method, Object[] args) throws Throwable {
    if (method.getName().equals("prepareStatement")
        && args != null
        && args.length == 1
        && args[0] instanceof String sql) {
      Cached cached = statements.get(sql);
      if (cached == null) {
        cached = new Cached(connection.prepareStatement(sql));
        statements.put(sql, cached);
      } else if (cached.inUse) {
        return connection.prepareStatement(sql);
      }
      cached.inUse = true;
      return cached.handle;
    }
    return invoke(connection, method, args);
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** Closes every cached statement; the connection itself stays open. */
  @Override
  public void close() throws SQLException {
    SQLException first = null;
    for (Cached c : statements.values()) {
      try {
        c.statement.close();
      } catch (SQLException e) {
        if (first == null) {
          first = e;
        }
      }
    }
    statements.clear();
    if (first != null) {
      throw first;
    }
  }

  /** One prepared statement and the handle callers get, whose {@code close} returns it. */
  private static final class Cached implements InvocationHandler {
    final PreparedStatement statement;
    final PreparedStatement handle;
    boolean inUse;

    Cached(PreparedStatement statement) {
      this.statement = statement;
      this.handle =
          (PreparedStatement)
              Proxy.newProxyInstance(
                  PreparedStatement.class.getClassLoader(),
                  new Class<?>[] {PreparedStatement.class},
                  this);
    }

    @Override
    public Object invoke(Object self, Method method, Object[] args) throws Throwable {
      if (method.getName().equals("close") && (args == null || args.length == 0)) {
        if (inUse) {
          inUse = false;
          statement.clearParameters();
          statement.clearBatch();
        }
        return null;
      }
      return StatementCache.invoke(statement, method, args);
    }
  }
}
