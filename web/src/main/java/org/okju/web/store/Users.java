package org.okju.web.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.okju.casefile.UtcInstantText;

/**
 * The workbench's users: name, role, Argon2id password hash, and the failed-login count and lock
 * that stop password guessing. Thread-safe.
 */
public final class Users {
  /**
   * A user name: letters, digits and {@code . _ @ -}, up to 64, starting with a letter or digit.
   */
  public static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");

  /**
   * A user as stored (without the password hash).
   *
   * @param failedLogins wrong passwords since the last success
   * @param lockedUntil when logins are refused until, after too many wrong passwords
   */
  public record Account(
      long id,
      String name,
      Role role,
      int failedLogins,
      Optional<Instant> lockedUntil,
      Instant created) {
    /** Whether the account is locked at {@code now}. */
    public boolean lockedAt(Instant now) {
      return lockedUntil.map(now::isBefore).orElse(false);
    }
  }

  private static final String COLUMNS =
      "id, name, role, failed_logins, locked_until, created_at FROM server_user";

  private final ServerDatabase db;

  Users(ServerDatabase db) {
    this.db = db;
  }

  /**
   * Adds a user.
   *
   * @throws IllegalArgumentException when the name is malformed or taken
   */
  public Account add(String name, Role role, String passwordHash, Instant now) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "a user name is letters, digits and . _ @ - (up to 64), not: " + name);
    }
    if (find(name).isPresent()) {
      throw new IllegalArgumentException("user " + name + " already exists");
    }
    return db.write(
        "add user",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO server_user (name, role, password_hash, created_at)"
                      + " VALUES (?, ?, ?, ?) RETURNING id")) {
            s.setString(1, name);
            s.setString(2, role.code());
            s.setString(3, passwordHash);
            s.setString(4, now.toString());
            try (ResultSet r = s.executeQuery()) {
              r.next();
              return new Account(r.getLong(1), name, role, 0, Optional.empty(), now);
            }
          }
        });
  }

  /** The user with this name. */
  public Optional<Account> find(String name) {
    return one("find user", "SELECT " + COLUMNS + " WHERE name = ?", name);
  }

  /** The user with this id. */
  public Optional<Account> find(long id) {
    return db.read(
        "find user",
        c -> {
          try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
              return r.next() ? Optional.of(map(r)) : Optional.<Account>empty();
            }
          }
        });
  }

  /** Every user, by name. */
  public List<Account> all() {
    return db.read(
        "list users",
        c -> {
          List<Account> out = new ArrayList<>();
          try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " ORDER BY name");
              ResultSet r = s.executeQuery()) {
            while (r.next()) {
              out.add(map(r));
            }
          }
          return out;
        });
  }

  /** The stored password hash of a user. */
  public Optional<String> passwordHash(long id) {
    return db.read(
        "read password hash",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement("SELECT password_hash FROM server_user WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
              return r.next() ? Optional.of(r.getString(1)) : Optional.<String>empty();
            }
          }
        });
  }

  /** Replaces a user's password hash and lifts any lock. */
  public void setPassword(long id, String passwordHash) {
    update(
        "set password",
        "UPDATE server_user SET password_hash = ?, failed_logins = 0, locked_until = NULL"
            + " WHERE id = ?",
        passwordHash,
        id);
  }

  /**
   * Counts a wrong password; the {@code lockAfter}-th in a row locks the account for {@code
   * lockFor}. Returns the account as it now stands.
   */
  public Account recordFailure(long id, int lockAfter, Duration lockFor, Instant now) {
    return db.write(
        "record failed login",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "UPDATE server_user SET failed_logins = failed_logins + 1 WHERE id = ?")) {
            s.setLong(1, id);
            s.executeUpdate();
          }
          try (PreparedStatement s =
              c.prepareStatement(
                  "UPDATE server_user SET locked_until = ?, failed_logins = 0"
                      + " WHERE id = ? AND failed_logins >= ?")) {
            s.setString(1, now.plus(lockFor).toString());
            s.setLong(2, id);
            s.setInt(3, lockAfter);
            s.executeUpdate();
          }
          try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
              r.next();
              return map(r);
            }
          }
        });
  }

  /** A successful login: the count of wrong passwords starts again. */
  public void recordSuccess(long id) {
    db.write(
        "record login",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "UPDATE server_user SET failed_logins = 0, locked_until = NULL WHERE id = ?")) {
            s.setLong(1, id);
            s.executeUpdate();
          }
          return null;
        });
  }

  private void update(String operation, String sql, String text, long id) {
    db.write(
        operation,
        c -> {
          try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, text);
            s.setLong(2, id);
            if (s.executeUpdate() != 1) {
              throw new SQLException("no user " + id);
            }
          }
          return null;
        });
  }

  private Optional<Account> one(String operation, String sql, String key) {
    return db.read(
        operation,
        c -> {
          try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, key);
            try (ResultSet r = s.executeQuery()) {
              return r.next() ? Optional.of(map(r)) : Optional.<Account>empty();
            }
          }
        });
  }

  static Account map(ResultSet r) throws SQLException {
    String locked = r.getString("locked_until");
    return new Account(
        r.getLong("id"),
        r.getString("name"),
        Role.parse(r.getString("role")),
        r.getInt("failed_logins"),
        locked == null ? Optional.empty() : Optional.of(UtcInstantText.parse(locked)),
        UtcInstantText.parse(r.getString("created_at")));
  }
}
