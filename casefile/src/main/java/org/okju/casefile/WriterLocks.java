package org.okju.casefile;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A store's side of the case's writer lock: takes and releases the {@link LockMechanism}, keeps the
 * holder's row in {@code case_lock}, and lets the store take the lock again while it holds it (the
 * CLI locks for a verb, then {@code Ingest} locks for its run: one holder). Thread-safe.
 */
final class WriterLocks {
  // A reader asking who writes (lockHolder) takes a case directory's lock for an instant: a writer
  // that meets that instant tries again a few times before it calls the case busy.
  private static final int ATTEMPTS = 6;
  private static final long PAUSE_MILLIS = 50;

  private final LockMechanism mechanism;
  private final Scope scope;
  private final String where;
  private LockHolder holder;
  private int depth;

  WriterLocks(LockMechanism mechanism, Scope scope, String where) {
    this.mechanism = mechanism;
    this.scope = scope;
    this.where = where;
  }

  synchronized CaseLock lock(String command, String user) {
    if (depth > 0) {
      depth++;
      return new Lease(holder);
    }
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      if (mechanism.tryAcquire()) {
        LockHolder me = LockHolder.thisProcess(command, user);
        try {
          writeRow(me, mechanism.session());
        } catch (RuntimeException e) {
          mechanism.release();
          throw e;
        }
        holder = me;
        depth = 1;
        return new Lease(me);
      }
      Optional<Row> row = readRow();
      if (row.isPresent()
          && row.get().holder().deadOnThisHost()
          && mechanism.breakDead(row.get().session())) {
        // The server ends the session asynchronously: wait for its lock to go.
        for (int i = 0; i < 100 && mechanism.held(); i++) {
          pause();
        }
        continue;
      }
      pause();
    }
    throw new CaseBusyException(where, readRow().map(Row::holder));
  }

  /** Who holds the lock now: this store, another process (from its row), or nobody. */
  synchronized Optional<LockHolder> holder() {
    if (depth > 0) {
      return Optional.of(holder);
    }
    if (!mechanism.held()) {
      return Optional.empty();
    }
    return Optional.of(
        readRow()
            .map(Row::holder)
            .orElse(new LockHolder("an okju process", "?", "?", -1, Instant.EPOCH)));
  }

  /** Releases the lock whatever the depth (the store is closing). */
  synchronized void releaseAll() {
    if (depth > 0) {
      depth = 1;
      unlock();
    }
  }

  private synchronized void unlock() {
    if (depth == 0) {
      return;
    }
    if (--depth > 0) {
      return;
    }
    LockHolder me = holder;
    holder = null;
    try {
      deleteRow(me);
    } catch (RuntimeException e) {
      // A row left behind names a holder that no longer holds the lock; the next one overwrites it.
    } finally {
      mechanism.release();
    }
  }

  private void writeRow(LockHolder h, OptionalLong session) {
    scope.write(
        "record the lock holder",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO case_lock (id, command, username, host, pid, started_at, session)"
                      + " VALUES (1, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                      + " command = excluded.command, username = excluded.username,"
                      + " host = excluded.host, pid = excluded.pid,"
                      + " started_at = excluded.started_at, session = excluded.session")) {
            s.setString(1, h.command());
            s.setString(2, h.user());
            s.setString(3, h.host());
            s.setLong(4, h.pid());
            s.setString(5, StoredTime.format(h.started()));
            if (session.isPresent()) {
              s.setLong(6, session.getAsLong());
            } else {
              s.setNull(6, java.sql.Types.BIGINT);
            }
            s.executeUpdate();
          }
          return null;
        });
  }

  private void deleteRow(LockHolder h) {
    scope.write(
        "clear the lock holder",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "DELETE FROM case_lock WHERE id = 1 AND host = ? AND pid = ? AND started_at = ?")) {
            s.setString(1, h.host());
            s.setLong(2, h.pid());
            s.setString(3, StoredTime.format(h.started()));
            s.executeUpdate();
          }
          return null;
        });
  }

  /** The holder's row and its server session. */
  private record Row(LockHolder holder, OptionalLong session) {}

  private Optional<Row> readRow() {
    return scope.read(
        "read the lock holder",
        c -> {
          try (PreparedStatement s =
                  c.prepareStatement(
                      "SELECT command, username, host, pid, started_at, session FROM case_lock"
                          + " WHERE id = 1");
              ResultSet r = s.executeQuery()) {
            if (!r.next()) {
              return Optional.empty();
            }
            LockHolder h =
                new LockHolder(
                    r.getString(1),
                    r.getString(2),
                    r.getString(3),
                    r.getLong(4),
                    StoredTime.parse(r.getString(5)));
            long session = r.getLong(6);
            return Optional.of(
                new Row(h, r.wasNull() ? OptionalLong.empty() : OptionalLong.of(session)));
          }
        });
  }

  private static void pause() {
    try {
      Thread.sleep(PAUSE_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CaseStoreException("", "interrupted while taking the case's writer lock", e);
    }
  }

  /** One {@link CaseLock} handed out; closing it undoes one level. */
  private final class Lease implements CaseLock {
    private final LockHolder holder;
    private boolean closed;

    Lease(LockHolder holder) {
      this.holder = holder;
    }

    @Override
    public LockHolder holder() {
      return holder;
    }

    @Override
    public void close() {
      synchronized (WriterLocks.this) {
        if (!closed) {
          closed = true;
          unlock();
        }
      }
    }
  }
}
