package org.okju.web.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;

/**
 * API tokens for scripts and partners ({@code Authorization: Bearer TOKEN}), stored as the SHA-256
 * of the token: a token is 256 random bits, so a fast hash suffices (nothing to guess).
 * Thread-safe.
 */
public final class ApiTokens {
  private final ServerDatabase db;

  ApiTokens(ServerDatabase db) {
    this.db = db;
  }

  /** Stores a new token's hash for a user. */
  public void add(long userId, String tokenSha256, Instant now) {
    db.write(
        "add API token",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO server_api_token (user_id, token_sha256, created_at)"
                      + " VALUES (?, ?, ?)")) {
            s.setLong(1, userId);
            s.setString(2, tokenSha256);
            s.setString(3, now.toString());
            s.executeUpdate();
          }
          return null;
        });
  }

  /** The user a token belongs to. */
  public Optional<Long> userOf(String tokenSha256) {
    return db.read(
        "find API token",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement("SELECT user_id FROM server_api_token WHERE token_sha256 = ?")) {
            s.setString(1, tokenSha256);
            try (ResultSet r = s.executeQuery()) {
              return r.next() ? Optional.of(r.getLong(1)) : Optional.<Long>empty();
            }
          }
        });
  }

  /** Revokes a token; a request carrying it is refused from then on (no caching). */
  public void revoke(String tokenSha256) {
    db.write(
        "revoke API token",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement("DELETE FROM server_api_token WHERE token_sha256 = ?")) {
            s.setString(1, tokenSha256);
            s.executeUpdate();
          }
          return null;
        });
  }
}
