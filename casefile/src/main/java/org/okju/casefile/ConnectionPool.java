package org.okju.casefile;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Semaphore;
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
  // Permits handed out at close, more than any number of waiters.
  private static final int WAKE_ALL = 1 << 20;

  private final String url;
  private final Properties properties;
  // One permit per connection that may be out at once. A release wakes one waiting borrower: with
  // the workbench's 50 request threads on 6 connections, waking every waiter on each release
  // (Object.notifyAll) had them all contend for the lock to find the one connection.
  private final Semaphore permits;
  private final Deque<Connection> idle = new ArrayDeque<>();
  private boolean closed;

  private ConnectionPool(String url, Properties properties, int size) {
    this.url = url;
    this.properties = properties;
    this.permits = new Semaphore(size);
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
  public Connection borrow() throws SQLException {
    // A free connection is handed out even to an interrupted thread (a cancelled job still records
    // its end); only the wait for one is interruptible.
    if (!permits.tryAcquire()) {
      try {
        permits.acquire();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SQLException("interrupted waiting for a database connection", e);
      }
    }
    try {
      return take();
    } catch (SQLException | RuntimeException e) {
      permits.release();
      throw e;
    }
  }

  // Holds a permit: an idle connection, or room to open one, is there.
  private Connection take() throws SQLException {
    synchronized (this) {
      if (closed) {
        throw new SQLException("the database is closed");
      }
      Connection c = idle.pollFirst();
      if (c != null) {
        return c;
      }
    }
    // No idle connection while holding a permit: fewer than size are open, so one more may be.
    return DriverManager.getConnection(url, properties);
  }

  /** Takes a connection back; one left mid-transaction is rolled back first. */
  public void release(Connection c) {
    boolean reusable;
    try {
      if (!c.getAutoCommit()) {
        c.rollback();
        c.setAutoCommit(true);
      }
      reusable = !c.isClosed();
    } catch (SQLException e) {
      reusable = false;
    }
    synchronized (this) {
      reusable = reusable && !closed;
      if (reusable) {
        idle.addFirst(c);
      }
    }
    if (!reusable) {
      closeQuietly(c);
    }
    permits.release();
  }

  @Override
  public void close() {
    List<Connection> idleNow;
    synchronized (this) {
      closed = true;
      idleNow = new ArrayList<>(idle);
      idle.clear();
    }
    idleNow.forEach(ConnectionPool::closeQuietly);
    // Whoever still waits for a connection wakes and is told the database is closed.
    permits.release(WAKE_ALL);
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException e) {
      // Nothing to do: the connection is being discarded either way.
    }
  }
}
