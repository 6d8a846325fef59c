package org.okju.web.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The cases the server serves, who is a member of which, and where on the server each case's
 * evidence may be ingested from. Thread-safe.
 */
public final class Cases {
  /**
   * A case name: what appears in every URL of the case, so letters, digits and {@code . _ -} only
   * (up to 64), starting with a letter or digit.
   */
  public static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  /**
   * A registered case.
   *
   * @param location the case directory or PostgreSQL URL as registered
   * @param evidenceRoots absolute folders under which the browser may start an ingest
   */
  public record Registered(
      long id, String name, String location, List<String> evidenceRoots, Instant added) {
    public Registered {
      evidenceRoots = List.copyOf(evidenceRoots);
    }
  }

  private final ServerDatabase db;

  Cases(ServerDatabase db) {
    this.db = db;
  }

  /**
   * Registers a case.
   *
   * @throws IllegalArgumentException when the name is malformed or taken
   */
  public Registered add(String name, String location, List<String> evidenceRoots, Instant now) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "a case name is letters, digits and . _ - (up to 64, no spaces), not: " + name);
    }
    if (find(name).isPresent()) {
      throw new IllegalArgumentException("a case named " + name + " is already registered");
    }
    return db.write(
        "register case",
        c -> {
          long id;
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO server_case (name, location, added_at) VALUES (?, ?, ?)"
                      + " RETURNING id")) {
            s.setString(1, name);
            s.setString(2, location);
            s.setString(3, now.toString());
            try (ResultSet r = s.executeQuery()) {
              r.next();
              id = r.getLong(1);
            }
          }
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO server_evidence_root (case_id, path) VALUES (?, ?)"
                      + " ON CONFLICT DO NOTHING")) {
            for (String root : evidenceRoots) {
              s.setLong(1, id);
              s.setString(2, root);
              s.executeUpdate();
            }
          }
          return new Registered(id, name, location, evidenceRoots, now);
        });
  }

  /** The case registered under this name. */
  public Optional<Registered> find(String name) {
    return db.read(
        "find case",
        c -> {
          long id;
          String location;
          String added;
          try (PreparedStatement s =
              c.prepareStatement("SELECT id, location, added_at FROM server_case WHERE name = ?")) {
            s.setString(1, name);
            try (ResultSet r = s.executeQuery()) {
              if (!r.next()) {
                return Optional.<Registered>empty();
              }
              id = r.getLong(1);
              location = r.getString(2);
              added = r.getString(3);
            }
          }
          return Optional.of(
              new Registered(id, name, location, roots(c, id), Instant.parse(added)));
        });
  }

  /** Every registered case, by name. */
  public List<Registered> all() {
    return db.read(
        "list cases",
        c -> {
          List<long[]> ids = new ArrayList<>();
          List<String[]> rows = new ArrayList<>();
          try (PreparedStatement s =
                  c.prepareStatement(
                      "SELECT id, name, location, added_at FROM server_case ORDER BY name");
              ResultSet r = s.executeQuery()) {
            while (r.next()) {
              ids.add(new long[] {r.getLong(1)});
              rows.add(new String[] {r.getString(2), r.getString(3), r.getString(4)});
            }
          }
          List<Registered> out = new ArrayList<>();
          for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i)[0];
            String[] row = rows.get(i);
            out.add(new Registered(id, row[0], row[1], roots(c, id), Instant.parse(row[2])));
          }
          return out;
        });
  }

  static List<String> roots(java.sql.Connection c, long caseId) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT path FROM server_evidence_root WHERE case_id = ? ORDER BY path")) {
      s.setLong(1, caseId);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(r.getString(1));
        }
      }
    }
    return out;
  }

  /** Makes a user a member of a case (again: no change). */
  public void addMember(long userId, long caseId) {
    db.write(
        "add case member",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO server_membership (user_id, case_id) VALUES (?, ?)"
                      + " ON CONFLICT DO NOTHING")) {
            s.setLong(1, userId);
            s.setLong(2, caseId);
            s.executeUpdate();
          }
          return null;
        });
  }

  /** Ends a user's membership of a case; their next request to it is refused (no caching). */
  public void removeMember(long userId, long caseId) {
    db.write(
        "remove member",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "DELETE FROM server_membership WHERE user_id = ? AND case_id = ?")) {
            s.setLong(1, userId);
            s.setLong(2, caseId);
            s.executeUpdate();
          }
          return null;
        });
  }

  /** The ids of the cases a user is a member of (admins' implicit membership not included). */
  public List<Long> membershipsOf(long userId) {
    return db.read(
        "list memberships",
        c -> {
          List<Long> out = new ArrayList<>();
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT case_id FROM server_membership WHERE user_id = ? ORDER BY case_id")) {
            s.setLong(1, userId);
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                out.add(r.getLong(1));
              }
            }
          }
          return out;
        });
  }

  /** The names of the members of a case, by name. */
  public List<String> memberNames(long caseId) {
    return db.read(
        "list case members",
        c -> {
          List<String> out = new ArrayList<>();
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT u.name FROM server_membership m JOIN server_user u ON u.id = m.user_id"
                      + " WHERE m.case_id = ? ORDER BY u.name")) {
            s.setLong(1, caseId);
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                out.add(r.getString(1));
              }
            }
          }
          return out;
        });
  }
}
