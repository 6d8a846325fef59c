package org.okju.casefile;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** {@link CustodyLog} in SQL: custody_entry, which has no UPDATE or DELETE here. */
final class SqlCustodyLog implements CustodyLog {
  static final Sha256 GENESIS = Sha256.of(new byte[Sha256.BYTES]);

  private static final String COLUMNS =
      "seq, recorded_at, username, action, parameters, inputs, outputs, okju_version,"
          + " previous_sha256, entry_sha256, signature";

  private final Scope scope;
  private final CustodyKeys keys;
  private final Clock clock;

  SqlCustodyLog(Scope scope, CustodyKeys keys, Clock clock) {
    this.scope = scope;
    this.keys = keys;
    this.clock = clock;
  }

  // Appends from this process queue here, fairly, instead of in SQLite's busy handler, which
  // gives no fairness (and sleeps in whole seconds where built without usleep): three threads
  // appending at once could starve one past the busy timeout. Other processes are still
  // serialised by the database (IMMEDIATE transactions; a table lock on PostgreSQL).
  private final ReentrantLock appendLock = new ReentrantLock(true);

  @Override
  public CustodyEntry append(NewCustodyEntry entry) {
    appendLock.lock();
    try {
      return appendLocked(entry);
    } finally {
      appendLock.unlock();
    }
  }

  private CustodyEntry appendLocked(NewCustodyEntry entry) {
    String parameters = CustodyCanonicalForm.canonicalObject(entry.parametersJson());
    String inputs = CustodyCanonicalForm.hashesJson(entry.inputs());
    String outputs = CustodyCanonicalForm.hashesJson(entry.outputs());
    return scope.write(
        "append custody entry",
        c -> {
          scope.dialect.lockCustodyLog(c);
          long seq = 1;
          Sha256 previous = GENESIS;
          try (PreparedStatement s =
                  c.prepareStatement(
                      "SELECT seq, entry_sha256, signature FROM custody_entry"
                          + " ORDER BY seq DESC LIMIT 1");
              ResultSet r = s.executeQuery()) {
            if (r.next()) {
              seq = r.getLong(1) + 1;
              previous = Sha256.parse(r.getString(2));
              // Once a case signs, an unsigned entry would break its chain for good (verify
              // reports it): refuse to write rather than write one without the key.
              if (r.getString(3) != null && !keys.canSign()) {
                throw new CaseStoreException(
                    scope.location,
                    "this case signs its custody log, and the private key "
                        + CustodyKeys.PRIVATE_FILE
                        + " is not here (a PostgreSQL case finds it where OKJU_KEY_DIR says)",
                    null);
              }
            }
          }
          // Stored with nanosecond text; truncate to micros so every clock source agrees.
          Instant time = clock.instant().truncatedTo(ChronoUnit.MICROS);
          Sha256 hash =
              CustodyCanonicalForm.hash(
                  CustodyCanonicalForm.bytes(
                      seq,
                      time,
                      entry.user(),
                      entry.action(),
                      parameters,
                      inputs,
                      outputs,
                      entry.okjuVersion(),
                      previous));
          Optional<String> signature =
              keys.canSign()
                  ? Optional.of(Base64.getEncoder().encodeToString(keys.sign(hash.bytes())))
                  : Optional.empty();
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO custody_entry ("
                      + COLUMNS
                      + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, seq);
            s.setString(2, StoredTime.format(time));
            s.setString(3, entry.user());
            s.setString(4, entry.action());
            s.setString(5, parameters);
            s.setString(6, inputs);
            s.setString(7, outputs);
            s.setString(8, entry.okjuVersion());
            s.setString(9, previous.toHex());
            s.setString(10, hash.toHex());
            Columns.setText(s, 11, signature);
            s.executeUpdate();
          }
          return new CustodyEntry(
              seq,
              time,
              entry.user(),
              entry.action(),
              parameters,
              entry.inputs(),
              entry.outputs(),
              entry.okjuVersion(),
              previous,
              hash,
              signature);
        });
  }

  @Override
  public Optional<CustodyEntry> head() {
    try (Stream<StoredEntry> s = rows("ORDER BY seq DESC LIMIT 1")) {
      return s.map(StoredEntry::toEntry).findFirst();
    }
  }

  @Override
  public Stream<CustodyEntry> stream() {
    return rows("ORDER BY seq").map(StoredEntry::toEntry);
  }

  @Override
  public boolean signing() {
    return keys.canSign();
  }

  @Override
  public ChainReport verifyChain() {
    List<StoredEntry> entries;
    try (Stream<StoredEntry> s = rows("ORDER BY seq")) {
      entries = s.collect(Collectors.toList());
    }
    return new ChainVerifier(keys).verify(entries);
  }

  private Stream<StoredEntry> rows(String order) {
    return scope.stream(
        "read custody log",
        "SELECT " + COLUMNS + " FROM custody_entry " + order,
        s -> {},
        SqlCustodyLog::map);
  }

  private static StoredEntry map(ResultSet r) throws SQLException {
    return new StoredEntry(
        r.getLong("seq"),
        r.getString("recorded_at"),
        r.getString("username"),
        r.getString("action"),
        r.getString("parameters"),
        r.getString("inputs"),
        r.getString("outputs"),
        r.getString("okju_version"),
        r.getString("previous_sha256"),
        r.getString("entry_sha256"),
        Optional.ofNullable(r.getString("signature")));
  }

  @Override
  public List<CustodyEntry> page(
      long afterSeq, int limit, Optional<String> action, Optional<String> user) {
    return filtered("seq > ?", afterSeq, "ASC", limit, action, user);
  }

  @Override
  public List<CustodyEntry> pageBefore(
      long beforeSeq, int limit, Optional<String> action, Optional<String> user) {
    return filtered("seq < ?", beforeSeq, "DESC", limit, action, user);
  }

  private List<CustodyEntry> filtered(
      String bound,
      long seq,
      String order,
      int limit,
      Optional<String> action,
      Optional<String> user) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1: " + limit);
    }
    String sql =
        "SELECT "
            + COLUMNS
            + " FROM custody_entry WHERE "
            + bound
            + (action.isPresent() ? " AND action = ?" : "")
            + (user.isPresent() ? " AND username = ?" : "")
            + " ORDER BY seq "
            + order
            + " LIMIT "
            + limit;
    return scope.read(
        "read custody log page",
        c -> {
          try (PreparedStatement s = c.prepareStatement(sql)) {
            int i = 1;
            s.setLong(i++, seq);
            if (action.isPresent()) {
              s.setString(i++, action.get());
            }
            if (user.isPresent()) {
              s.setString(i, user.get());
            }
            List<CustodyEntry> out = new java.util.ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                out.add(map(r).toEntry());
              }
            }
            return out;
          }
        });
  }

  @Override
  public long count(String action, Optional<String> user, Optional<Instant> since) {
    String sql =
        "SELECT COUNT(*) FROM custody_entry WHERE action = ?"
            + (user.isPresent() ? " AND username = ?" : "")
            + (since.isPresent() ? " AND recorded_at >= ?" : "");
    return scope.read(
        "count custody entries",
        c -> {
          try (PreparedStatement s = c.prepareStatement(sql)) {
            int i = 1;
            s.setString(i++, action);
            if (user.isPresent()) {
              s.setString(i++, user.get());
            }
            if (since.isPresent()) {
              s.setString(i, StoredTime.format(since.get()));
            }
            try (ResultSet r = s.executeQuery()) {
              r.next();
              return r.getLong(1);
            }
          }
        });
  }

  @Override
  public java.util.Map<String, Long> countByUser(String action, Optional<Instant> since) {
    String sql =
        "SELECT username, COUNT(*) FROM custody_entry WHERE action = ?"
            + (since.isPresent() ? " AND recorded_at >= ?" : "")
            + " GROUP BY username ORDER BY username";
    return scope.read(
        "count custody entries by user",
        c -> {
          try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, action);
            if (since.isPresent()) {
              s.setString(2, StoredTime.format(since.get()));
            }
            java.util.Map<String, Long> out = new java.util.LinkedHashMap<>();
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                out.put(r.getString(1), r.getLong(2));
              }
            }
            return out;
          }
        });
  }

  @Override
  public List<CustodyEntry> mentioningItem(long itemId, int limit) {
    // Parameters are canonical JSON (sorted keys, no spaces), so "item":N ends at , or }.
    return scope.read(
        "read custody entries of item",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT "
                      + COLUMNS
                      + " FROM custody_entry WHERE parameters LIKE ? OR parameters LIKE ?"
                      + " ORDER BY seq DESC LIMIT "
                      + limit)) {
            s.setString(1, "%\"item\":" + itemId + ",%");
            s.setString(2, "%\"item\":" + itemId + "}%");
            List<CustodyEntry> out = new java.util.ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                out.add(map(r).toEntry());
              }
            }
            return out;
          }
        });
  }
}
