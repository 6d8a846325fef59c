package org.okju.web.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;
import org.okju.casefile.UtcInstantText;

/**
 * Signed-in browser sessions, keyed by the SHA-256 of the cookie's value (a stolen copy of the
 * store does not yield working cookies). Thread-safe.
 */
public final class Sessions {
  /**
   * A session as stored.
   *
   * @param csrfToken the token every form and htmx request of the session must carry
   */
  public record Session(
      String idSha256, long userId, String csrfToken, Instant created, Instant lastSeen) {}

  private final ServerDatabase db;

  Sessions(ServerDatabase db) {
    this.db = db;
  }

  /** Stores a new session. */
  public void create(String idSha256, long userId, String csrfToken, Instant now) {
    db.write(
        "create session",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO server_session (id_sha256, user_id, csrf_token, created_at,"
                      + " last_seen_at) VALUES (?, ?, ?, ?, ?)")) {
            s.setString(1, idSha256);
            s.setLong(2, userId);
            s.setString(3, csrfToken);
            s.setString(4, now.toString());
            s.setString(5, now.toString());
            s.executeUpdate();
          }
          return null;
        });
  }

  /** The session with this id hash. */
  public Optional<Session> find(String idSha256) {
    return db.read(
        "find session",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT user_id, csrf_token, created_at, last_seen_at FROM server_session"
                      + " WHERE id_sha256 = ?")) {
            s.setString(1, idSha256);
            try (ResultSet r = s.executeQuery()) {
              if (!r.next()) {
                return Optional.<Session>empty();
              }
              return Optional.of(
                  new Session(
                      idSha256,
                      r.getLong(1),
                      r.getString(2),
                      UtcInstantText.parse(r.getString(3)),
                      UtcInstantText.parse(r.getString(4))));
            }
          }
        });
  }

  /** Records activity on a session (for the idle timeout). */
  public void touch(String idSha256, Instant now) {
    db.write(
        "touch session",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "UPDATE server_session SET last_seen_at = ? WHERE id_sha256 = ?")) {
            s.setString(1, now.toString());
            s.setString(2, idSha256);
            s.executeUpdate();
          }
          return null;
        });
  }

  /** Ends a session. */
  public void delete(String idSha256) {
    db.write(
        "end session",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement("DELETE FROM server_session WHERE id_sha256 = ?")) {
            s.setString(1, idSha256);
            s.executeUpdate();
          }
          return null;
        });
  }

  /** Ends every session of a user (a password change). */
  public void deleteOfUser(long userId) {
    db.write(
        "end sessions of user",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement("DELETE FROM server_session WHERE user_id = ?")) {
            s.setLong(1, userId);
            s.executeUpdate();
          }
          return null;
        });
  }

  /** Ends every session idle since before {@code cutoff}; returns how many. */
  public int deleteIdleSince(Instant cutoff) {
    return db.write(
        "expire sessions",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement("DELETE FROM server_session WHERE last_seen_at < ?")) {
            s.setString(1, cutoff.toString());
            return s.executeUpdate();
          }
        });
  }
}
