package org.okju.casefile;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The ledger's people in SQL: the identity table (pseudonym, names, role) and the evidence and
 * decisions behind each role. A person's names are read only from here; every other table holds the
 * entity id or the pseudonym.
 */
final class SqlPeople {
  private static final String EVIDENCE =
      "SELECT entity_id, role, cue, document_id, page, line, start_char, end_char, quote"
          + " FROM person_role_evidence";

  private static final String DECISIONS =
      "SELECT id, entity_id, role, previous_role, username, decided_at, custody_sequence"
          + " FROM person_role_decision";

  private final Scope scope;

  SqlPeople(Scope scope) {
    this.scope = scope;
  }

  public long person(String name, String kind, Optional<String> title) {
    requireName(name);
    return scope.write(
        "store ledger person",
        c -> {
          Optional<Long> known = personNamed(c, name);
          if (known.isPresent()) {
            return known.get();
          }
          scope.dialect.lockTable(c, "person_identity"); // pseudonyms are numbered in order
          long n;
          try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM person_identity");
              ResultSet r = s.executeQuery()) {
            r.next();
            n = r.getLong(1);
          }
          String pseudonym = String.format(Locale.ROOT, "V-%03d", n + 1);
          long id;
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO ledger_entity (type, value, normalized, role)"
                      + " VALUES ('person', ?, ?, ?) RETURNING id")) {
            s.setString(1, pseudonym);
            s.setString(2, pseudonym);
            s.setString(3, title.orElse(null));
            id = insertedId(s);
          }
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO person_identity (entity_id, pseudonym, role, role_status,"
                      + " created_at) VALUES (?, ?, 'unknown', 'suggested', ?)")) {
            s.setLong(1, id);
            s.setString(2, pseudonym);
            s.setString(3, StoredTime.format(Instant.now()));
            s.executeUpdate();
          }
          insertName(c, id, name, kind);
          return id;
        });
  }

  public Optional<Long> personNamed(String name) {
    return scope.read("read ledger person", c -> personNamed(c, name));
  }

  private static Optional<Long> personNamed(Connection c, String name) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT entity_id FROM person_name WHERE name = ?")) {
      s.setString(1, name);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(r.getLong(1)) : Optional.empty();
      }
    }
  }

  public boolean addName(long entityId, String name, String kind) {
    requireName(name);
    return scope.write(
        "store ledger person name",
        c -> {
          requirePerson(c, entityId);
          if (personNamed(c, name).isPresent()) {
            return false;
          }
          insertName(c, entityId, name, kind);
          return true;
        });
  }

  private static void insertName(Connection c, long entityId, String name, String kind)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("INSERT INTO person_name (name, entity_id, kind) VALUES (?, ?, ?)")) {
      s.setString(1, name);
      s.setLong(2, entityId);
      s.setString(3, kind);
      s.executeUpdate();
    }
  }

  private static void requireName(String name) {
    if (name.isBlank()) {
      throw new IllegalArgumentException("a person's name cannot be blank");
    }
  }

  private static void requirePerson(Connection c, long entityId) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT 1 FROM person_identity WHERE entity_id = ?")) {
      s.setLong(1, entityId);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          throw new IllegalArgumentException("entity E" + entityId + " is not a person");
        }
      }
    }
  }

  public void addRoleEvidence(LedgerRows.RoleEvidence e) {
    scope.write(
        "store ledger role evidence",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO person_role_evidence (entity_id, role, cue, document_id, page,"
                      + " line, start_char, end_char, quote) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                      + " ON CONFLICT (entity_id, document_id, start_char, role) DO NOTHING")) {
            LedgerRows.Provenance p = e.provenance();
            s.setLong(1, e.entityId());
            s.setString(2, e.role());
            s.setString(3, e.cue());
            s.setLong(4, p.documentId());
            s.setInt(5, p.page());
            s.setInt(6, p.line());
            s.setInt(7, p.start());
            s.setInt(8, p.end());
            s.setString(9, p.quote());
            s.executeUpdate();
            return null;
          }
        });
  }

  public void suggestRole(long entityId, String role, boolean reopen) {
    scope.write(
        "suggest ledger person role",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "UPDATE person_identity SET role = ?, role_status = 'suggested'"
                      + " WHERE entity_id = ?"
                      + (reopen ? "" : " AND role_status = 'suggested'"))) {
            s.setString(1, role);
            s.setLong(2, entityId);
            s.executeUpdate();
            return null;
          }
        });
  }

  public void decideRole(long entityId, String role, LedgerRows.RoleDecision d) {
    scope.write(
        "record ledger role decision",
        c -> {
          requirePerson(c, entityId);
          try (PreparedStatement s =
              c.prepareStatement(
                  "UPDATE person_identity SET role = ?, role_status = 'confirmed'"
                      + " WHERE entity_id = ?")) {
            s.setString(1, role);
            s.setLong(2, entityId);
            s.executeUpdate();
          }
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO person_role_decision (entity_id, role, previous_role, username,"
                      + " decided_at, custody_sequence) VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, entityId);
            s.setString(2, role);
            s.setString(3, d.previousRole());
            s.setString(4, d.user());
            s.setString(5, StoredTime.format(d.at()));
            NullableLongs.set(s, 6, d.custodySequence());
            s.executeUpdate();
          }
          return null;
        });
  }

  public List<LedgerRows.Identity> people() {
    Map<Long, List<LedgerRows.PersonName>> names = new LinkedHashMap<>();
    for (Object[] row :
        list(
            "read person names",
            "SELECT entity_id, name, kind FROM person_name ORDER BY entity_id, kind, name",
            r -> new Object[] {r.getLong(1), r.getString(2), r.getString(3)})) {
      names
          .computeIfAbsent((Long) row[0], k -> new ArrayList<>())
          .add(new LedgerRows.PersonName((String) row[1], (String) row[2]));
    }
    return list(
        "read person identities",
        "SELECT entity_id, pseudonym, role, role_status FROM person_identity ORDER BY entity_id",
        r ->
            new LedgerRows.Identity(
                r.getLong(1),
                r.getString(2),
                r.getString(3),
                r.getString(4).equals("confirmed"),
                names.getOrDefault(r.getLong(1), List.of())));
  }

  public List<LedgerRows.RoleEvidence> roleEvidence() {
    return list("read ledger role evidence", EVIDENCE + " ORDER BY id", SqlPeople::evidence);
  }

  public List<LedgerRows.RoleEvidence> roleEvidence(long entityId) {
    return scope.list(
        "read a person's role evidence",
        EVIDENCE + " WHERE entity_id = ? ORDER BY id",
        s -> s.setLong(1, entityId),
        SqlPeople::evidence);
  }

  private static LedgerRows.RoleEvidence evidence(ResultSet r) throws SQLException {
    return new LedgerRows.RoleEvidence(
        r.getLong(1),
        r.getString(2),
        r.getString(3),
        new LedgerRows.Provenance(
            r.getLong(4), r.getInt(5), r.getInt(6), r.getInt(7), r.getInt(8), r.getString(9)));
  }

  public List<LedgerRows.RoleDecision> roleDecisions() {
    return list("read ledger role decisions", DECISIONS + " ORDER BY id", SqlPeople::decision);
  }

  public List<LedgerRows.RoleDecision> roleDecisions(long entityId) {
    return scope.list(
        "read a person's role decisions",
        DECISIONS + " WHERE entity_id = ? ORDER BY id",
        s -> s.setLong(1, entityId),
        SqlPeople::decision);
  }

  private static LedgerRows.RoleDecision decision(ResultSet r) throws SQLException {
    return new LedgerRows.RoleDecision(
        r.getLong(1),
        r.getLong(2),
        r.getString(3),
        r.getString(4),
        r.getString(5),
        Instant.parse(r.getString(6)),
        NullableLongs.get(r, 7));
  }

  public Map<String, String> identities() {
    Map<String, String> out = new LinkedHashMap<>();
    for (LedgerRows.Identity p : people()) {
      p.names().stream()
          .filter(n -> n.kind().equals("name"))
          .findFirst()
          .or(() -> p.names().stream().findFirst())
          .ifPresent(n -> out.put(p.pseudonym(), n.name()));
    }
    return out;
  }

  public java.util.OptionalLong identityVersion() {
    List<Long> found =
        list(
            "read identity version",
            "SELECT changes FROM identity_version WHERE id = 1",
            r -> r.getLong(1));
    return found.isEmpty()
        ? java.util.OptionalLong.empty()
        : java.util.OptionalLong.of(found.get(0));
  }

  private <T> List<T> list(String operation, String sql, Scope.RowMapper<T> mapper) {
    return scope.list(operation, sql, s -> {}, mapper);
  }

  private static long insertedId(PreparedStatement s) throws SQLException {
    try (ResultSet r = s.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }
}
