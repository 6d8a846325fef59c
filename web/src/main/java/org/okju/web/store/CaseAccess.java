package org.okju.web.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.okju.casefile.UtcInstantText;

/**
 * Who may open a case, answered by one statement per request: the API token's user (or the browser
 * session and its user), the named case, the user's membership of it and the case's evidence roots,
 * joined (a row per root). Nothing is cached, so a revoked token, an ended session or a membership
 * taken away is refused on the very next request. Thread-safe.
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

  /**
   * A browser request's session, its user and what they may open.
   *
   * @param session the session as stored (its timeouts are the caller's to check)
   */
  public record SessionAnswer(Sessions.Session session, Answer answer) {}

  private static final String USER_COLUMNS =
      "u.id, u.name, u.role, u.failed_logins, u.locked_until, u.created_at,"
          + " c.id AS case_id, c.location AS case_location, c.added_at AS case_added,"
          + " EXISTS (SELECT 1 FROM server_membership m WHERE m.user_id = u.id"
          + " AND m.case_id = c.id) AS member, er.path AS case_root";

  // The roots come as rows of the same statement (none: one row with a null root), read only when
  // the case may be opened. Joined here rather than read by a second statement: every request
  // pays for this lookup.
  private static final String ROOTS = " LEFT JOIN server_evidence_root er ON er.case_id = c.id";

  private static final String BY_TOKEN =
      "SELECT "
          + USER_COLUMNS
          + " FROM server_api_token t JOIN server_user u ON u.id = t.user_id"
          + " LEFT JOIN server_case c ON c.name = ?"
          + ROOTS
          + " WHERE t.token_sha256 = ? ORDER BY er.path";

  private static final String BY_SESSION =
      "SELECT "
          + USER_COLUMNS
          + ", s.csrf_token AS session_csrf, s.created_at AS session_created,"
          + " s.last_seen_at AS session_seen"
          + " FROM server_session s JOIN server_user u ON u.id = s.user_id"
          + " LEFT JOIN server_case c ON c.name = ?"
          + ROOTS
          + " WHERE s.id_sha256 = ? ORDER BY er.path";

  /** Reads what a lookup wants of its first row, besides the user and the case. */
  @FunctionalInterface
  private interface FirstRow {
    void read(ResultSet r) throws SQLException;
  }

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
            return answer(s, caseName, r -> {});
          }
        });
  }

  /**
   * The session with this id hash, its user and the case {@code caseName} if they may open it, in
   * one statement; empty: no such session.
   */
  public Optional<SessionAnswer> bySession(String sessionSha256, String caseName) {
    return db.read(
        "find session, caller and case",
        c -> {
          try (PreparedStatement s = c.prepareStatement(BY_SESSION)) {
            s.setString(1, caseName);
            s.setString(2, sessionSha256);
            Sessions.Session[] session = new Sessions.Session[1];
            return answer(
                    s,
                    caseName,
                    r ->
                        session[0] =
                            new Sessions.Session(
                                sessionSha256,
                                r.getLong("id"),
                                r.getString("session_csrf"),
                                UtcInstantText.parse(r.getString("session_created")),
                                UtcInstantText.parse(r.getString("session_seen"))))
                .map(a -> new SessionAnswer(session[0], a));
          }
        });
  }

  private static Optional<Answer> answer(PreparedStatement s, String caseName, FirstRow first)
      throws SQLException {
    try (ResultSet r = s.executeQuery()) {
      if (!r.next()) {
        return Optional.empty();
      }
      first.read(r);
      Users.Account account = Users.map(r);
      long caseId = r.getLong("case_id");
      boolean exists = !r.wasNull();
      if (!exists || (account.role() != Role.ADMIN && !r.getBoolean("member"))) {
        return Optional.of(new Answer(account, Optional.empty()));
      }
      String location = r.getString("case_location");
      Instant added = UtcInstantText.parse(r.getString("case_added"));
      List<String> roots = new ArrayList<>();
      do {
        String root = r.getString("case_root");
        if (root != null) {
          roots.add(root);
        }
      } while (r.next());
      return Optional.of(
          new Answer(
              account,
              Optional.of(new Cases.Registered(caseId, caseName, location, roots, added))));
    }
  }
}
