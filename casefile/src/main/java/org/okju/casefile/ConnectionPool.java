package org.okju.casefile;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Properties;
import org.sqlite.SQLiteConfig;

/**
 * A small bounded pool of connections to one okju database (a case's, or the workbench server's
 * store). Thread-safe: {@link #borrow} blocks when all connections are in use.
 *
 * <p>SQLite connections are opened with WAL journalling (readers never block the writer), foreign
 * keys enforced, a busy timeout (a second writer waits instead of failing), {@code
 * synchronous=FULL} (a committed custody entry survives a power cut) and IMMEDIATE transactions (a
 * transaction takes the write lock when it begins, so two writers cannot deadlock upgrading read
 * locks).
 */
public final class ConnectionPool implements AutoCloseable {
  private final String url;
  private final Properties properties;
  private final int size;
  private final Deque<Connection> idle = new ArrayDeque<>();
  private int open;
  private boolean closed;

  private ConnectionPool(String url, Properties properties, int size) {
    this.url = url;
    this.properties = properties;
    this.size = size;
  }

  static ConnectionPool sqlite(
      CaseLocation.Directory dir, int size, int busyTimeoutMillis, Optional<Integer> cacheMiB) {
    return sqlite(dir.database(), size, busyTimeoutMillis, cacheMiB);
  }

  /** A pool over the SQLite file {@code database}, with the settings above. */
  public static ConnectionPool sqlite(Path database, int size, int busyTimeoutMillis) {
    return sqlite(database, size, busyTimeoutMillis, Optional.empty());
  }

  /** A pool as above whose connections each keep {@code cacheMiB} of pages (SQLite's default). */
  public static ConnectionPool sqlite(
      Path database, int size, int busyTimeoutMillis, Optional<Integer> cacheMiB) {
    SQLiteConfig config = new SQLiteConfig();
    cacheMiB.ifPresent(mib -> config.setCacheSize(-1024 * mib));
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.enforceForeignKeys(true);
    config.setBusyTimeout(busyTimeoutMillis);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    return new ConnectionPool(
        "jdbc:sqlite:" + database.toAbsolutePath(), config.toProperties(), size);
  }

  static ConnectionPool postgresql(CaseLocation.Server server, int size) {
    return postgresql(server, "okju", size);
  }

  /**
   * A pool over a PostgreSQL database; {@code applicationName} tells the server's own views
   * (pg_stat_activity) which okju part holds a connection.
   */
  public static ConnectionPool postgresql(
      CaseLocation.Server server, String applicationName, int size) {
    Properties p = new Properties();
    server.user().ifPresent(u -> p.setProperty("user", u));
    server.password().ifPresent(pw -> p.setProperty("password", pw));
    p.setProperty("ApplicationName", applicationName);
    return new ConnectionPool(server.jdbcUrl(), p, size);
  }

  public String url() {
    return url;
  }

  public Properties properties() {
    return properties;
  }

  /** A connection in auto-commit mode; give it back with {@link #release}. */
  public synchronized Connection borrow() throws SQLException {
    while (true) {
      if (closed) {
        throw new SQLException("the database is closed");
      }
      Connection c = idle.pollFirst();
      if (c != null) {
        return c;
      }
      if (open < size) {
        Connection fresh = DriverManager.getConnection(url, properties);
        open++;
        return fresh;
      }
      try {
        wait();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SQLException("interrupted waiting for a database connection", e);
      }
    }
  }

  /** Takes a connection back; one left mid-transaction is rolled back first. */
  public synchronized void release(Connection c) {
    boolean reusable;
    try {
      if (!c.getAutoCommit()) {
        c.rollback();
        c.setAutoCommit(true);
      }
      reusable = !closed && !c.isClosed();
    } catch (SQLException e) {
      reusable = false;
    }
    if (reusable) {
      idle.addFirst(c);
    } else {
      closeQuietly(c);
      open--;
    }
    notifyAll();
  }

  @Override
  public synchronized void close() {
    closed = true;
    for (Connection c : idle) {
      closeQuietly(c);
      open--;
    }
    idle.clear();
    notifyAll();
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException e) {
      // Nothing to do: the connection is being discarded either way.
    }
  }
}
