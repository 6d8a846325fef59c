package org.okju.web.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * Who may open a case, answered in one trip to the store per request: the API token's user, the
 * named case and the user's membership of it in one joined statement (and the case's evidence roots
 * when it may be opened). Nothing is cached, so a revoked token or membership is refused on the
 * very next request. Thread-safe.
 */
public final class CaseAccess {
  /**
   * A request's caller and what it may open.
   *
   * @param account the caller
   * @param opened the case named in the request, when it exists and the caller is an admin or a
   *     member of it; empty otherwise (a missing case and a foreign case look the same)
   */
  public record Answer(Users.Account account, Optional<Cases.Registered> opened) {}

  private static final String USER_COLUMNS =
      "u.id, u.name, u.role, u.failed_logins, u.locked_until, u.created_at,"
          + " c.id AS case_id, c.location AS case_location, c.added_at AS case_added,"
          + " EXISTS (SELECT 1 FROM server_membership m WHERE m.user_id = u.id"
          + " AND m.case_id = c.id) AS member";

  private static final String BY_TOKEN =
      "SELECT "
          + USER_COLUMNS
          + " FROM server_api_token t JOIN server_user u ON u.id = t.user_id"
          + " LEFT JOIN server_case c ON c.name = ? WHERE t.token_sha256 = ?";

  private static final String BY_USER =
      "SELECT "
          + USER_COLUMNS
          + " FROM server_user u LEFT JOIN server_case c ON c.name = ? WHERE u.id = ?";

  private final ServerDatabase db;

  CaseAccess(ServerDatabase db) {
    this.db = db;
  }

  /**
   * The API token's user and the case {@code caseName} if they may open it; empty: no such token.
   */
  public Optional<Answer> byToken(String tokenSha256, String caseName) {
    return db.read(
        "find API caller and case",
        c -> {
          try (PreparedStatement s = c.prepareStatement(BY_TOKEN)) {
            s.setString(1, caseName);
            s.setString(2, tokenSha256);
            return answer(c, s, caseName);
          }
        });
  }

  /** The user and the case {@code caseName} if they may open it; empty: no such user. */
  public Optional<Answer> byUser(long userId, String caseName) {
    return db.read(
        "find caller and case",
        c -> {
          try (PreparedStatement s = c.prepareStatement(BY_USER)) {
            s.setString(1, caseName);
            s.setLong(2, userId);
            return answer(c, s, caseName);
          }
        });
  }

  private static Optional<Answer> answer(Connection c, PreparedStatement s, String caseName)
      throws SQLException {
    Users.Account account;
    Optional<Cases.Registered> opened = Optional.empty();
    try (ResultSet r = s.executeQuery()) {
      if (!r.next()) {
        return Optional.empty();
      }
      account = Users.map(r);
      long caseId = r.getLong("case_id");
      boolean exists = !r.wasNull();
      if (exists && (account.role() == Role.ADMIN || r.getBoolean("member"))) {
        opened =
            Optional.of(
                new Cases.Registered(
                    caseId,
                    caseName,
                    r.getString("case_location"),
                    java.util.List.of(),
                    Instant.parse(r.getString("case_added"))));
      }
    }
    if (opened.isPresent()) {
      Cases.Registered o = opened.get();
      opened =
          Optional.of(
              new Cases.Registered(
                  o.id(), o.name(), o.location(), Cases.roots(c, o.id()), o.added()));
    }
    return Optional.of(new Answer(account, opened));
  }
}
