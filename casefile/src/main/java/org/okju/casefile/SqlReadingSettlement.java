package org.okju.casefile;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a document's new reading keeps of its last one: the old reading's mentions and role evidence
 * are forgotten, facts no longer read go unless a reviewer decided them (then they are flagged no
 * longer found), and entities nothing refers to any more retire.
 */
final class SqlReadingSettlement {
  private final Scope scope;

  SqlReadingSettlement(Scope scope) {
    this.scope = scope;
  }

  LedgerRows.ForgottenReading forget(long documentId) {
    return scope.write(
        "forget a ledger document's reading",
        c -> {
          Set<String> mentions = new HashSet<>();
          Set<Long> entities = factParties(c, documentId);
          for (long[] m :
              rows(
                  c,
                  "SELECT entity_id, start_char FROM ledger_mention WHERE document_id = ?",
                  documentId,
                  2)) {
            mentions.add(LedgerRows.mentionKey(m[0], m[1]));
            entities.add(m[0]);
          }
          Set<Long> people = new HashSet<>();
          List<long[]> evidence =
              rows(
                  c,
                  "SELECT entity_id FROM person_role_evidence WHERE document_id = ?",
                  documentId,
                  1);
          evidence.forEach(e -> people.add(e[0]));
          entities.addAll(people);
          Set<String> keys = new HashSet<>();
          try (PreparedStatement s =
              c.prepareStatement("SELECT fact_key FROM ledger_fact WHERE document_id = ?")) {
            s.setLong(1, documentId);
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                keys.add(r.getString(1));
              }
            }
          }
          delete(c, "DELETE FROM ledger_mention WHERE document_id = ?", documentId);
          delete(c, "DELETE FROM person_role_evidence WHERE document_id = ?", documentId);
          return new LedgerRows.ForgottenReading(mentions, evidence.size(), entities, people, keys);
        });
  }

  // Every entity a document's mentions, role evidence and facts refer to.
  private static Set<Long> referredToBy(Connection c, long documentId) throws SQLException {
    Set<Long> out = factParties(c, documentId);
    for (String sql :
        List.of(
            "SELECT entity_id FROM ledger_mention WHERE document_id = ?",
            "SELECT entity_id FROM person_role_evidence WHERE document_id = ?")) {
      rows(c, sql, documentId, 1).forEach(r -> out.add(r[0]));
    }
    return out;
  }

  // Every entity a document's facts make a party or place of.
  private static Set<Long> factParties(Connection c, long documentId) throws SQLException {
    Set<Long> out = new HashSet<>();
    for (String column : List.of("subject_id", "object_id", "place_id")) {
      rows(
              c,
              "SELECT "
                  + column
                  + " FROM ledger_fact WHERE document_id = ? AND "
                  + column
                  + " IS NOT NULL",
              documentId,
              1)
          .forEach(r -> out.add(r[0]));
    }
    return out;
  }

  LedgerRows.SettledFacts settleFacts(long documentId, Set<String> keysRead) {
    return scope.write(
        "settle a ledger document's facts",
        c -> {
          List<Long> removed = new ArrayList<>();
          List<Long> kept = new ArrayList<>();
          record Row(long id, String key, String status, List<String> flags) {}
          List<Row> facts = new ArrayList<>();
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT id, fact_key, status, flags FROM ledger_fact WHERE document_id = ?"
                      + " ORDER BY id")) {
            s.setLong(1, documentId);
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                facts.add(
                    new Row(
                        r.getLong(1),
                        r.getString(2),
                        r.getString(3),
                        SqlLedger.flags(r.getString(4))));
              }
            }
          }
          for (Row f : facts) {
            boolean read = keysRead.contains(f.key());
            boolean decided = !f.status().equals("suggested") || hasDecision(c, f.id());
            boolean marked = f.flags().contains(LedgerRows.NO_LONGER_FOUND);
            if (!read && !decided) {
              delete(c, "DELETE FROM ledger_fact WHERE id = ?", f.id());
              removed.add(f.id());
            } else if (!read && !marked) {
              List<String> flags = new ArrayList<>(f.flags());
              flags.add(LedgerRows.NO_LONGER_FOUND);
              setFlags(c, f.id(), flags);
              kept.add(f.id());
            } else if (!read) {
              kept.add(f.id());
            } else if (marked) {
              setFlags(
                  c,
                  f.id(),
                  f.flags().stream().filter(x -> !x.equals(LedgerRows.NO_LONGER_FOUND)).toList());
            }
          }
          return new LedgerRows.SettledFacts(removed, kept);
        });
  }

  private static boolean hasDecision(Connection c, long factId) throws SQLException {
    return !rows(c, "SELECT id FROM ledger_decision WHERE fact_id = ?", factId, 1).isEmpty();
  }

  private static void setFlags(Connection c, long factId, List<String> flags) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("UPDATE ledger_fact SET flags = ? WHERE id = ?")) {
      s.setString(1, String.join(",", flags));
      s.setLong(2, factId);
      s.executeUpdate();
    }
  }

  LedgerRows.SettledEntities settleEntities(long documentId, Set<Long> candidates) {
    return scope.write(
        "settle ledger entities",
        c -> {
          Set<Long> ids = new TreeSet<>(candidates);
          ids.addAll(referredToBy(c, documentId));
          List<Long> retired = new ArrayList<>();
          List<Long> kept = new ArrayList<>();
          List<Long> foundAgain = new ArrayList<>();
          for (long id : ids) {
            Optional<String> before = state(c, id);
            if (before.isEmpty()) {
              continue;
            }
            String state =
                found(c, id)
                    ? LedgerRows.FOUND
                    : decidedAbout(c, id) ? LedgerRows.NO_LONGER_FOUND : LedgerRows.RETIRED;
            if (state.equals(before.get())) {
              continue;
            }
            try (PreparedStatement s =
                c.prepareStatement("UPDATE ledger_entity SET state = ? WHERE id = ?")) {
              s.setString(1, state);
              s.setLong(2, id);
              s.executeUpdate();
            }
            switch (state) {
              case LedgerRows.RETIRED -> retired.add(id);
              case LedgerRows.NO_LONGER_FOUND -> kept.add(id);
              default -> foundAgain.add(id);
            }
          }
          return new LedgerRows.SettledEntities(retired, kept, foundAgain);
        });
  }

  private static Optional<String> state(Connection c, long id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT state FROM ledger_entity WHERE id = ?")) {
      s.setLong(1, id);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
      }
    }
  }

  // Whether a mention, role evidence or a fact some reading still finds refers to the entity.
  private static boolean found(Connection c, long id) throws SQLException {
    if (!rows(c, "SELECT id FROM ledger_mention WHERE entity_id = ? LIMIT 1", id, 1).isEmpty()
        || !rows(c, "SELECT id FROM person_role_evidence WHERE entity_id = ? LIMIT 1", id, 1)
            .isEmpty()) {
      return true;
    }
    try (PreparedStatement s = factsAbout(c, id, "flags", "")) {
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          if (!SqlLedger.flags(r.getString(1)).contains(LedgerRows.NO_LONGER_FOUND)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  // Whether a reviewer decided anything about the entity: its role, a merge from or into it, a
  // spelling they added, or a fact with it they confirmed, rejected or edited.
  private static boolean decidedAbout(Connection c, long id) throws SQLException {
    for (String sql :
        List.of(
            "SELECT id FROM person_role_decision WHERE entity_id = ?",
            "SELECT id FROM ledger_decision WHERE entity_id = ?",
            "SELECT id FROM ledger_entity WHERE merged_into = ?",
            "SELECT id FROM ledger_entity WHERE id = ? AND merged_into IS NOT NULL",
            "SELECT entity_id FROM person_name WHERE entity_id = ? AND kind = 'reviewer'")) {
      if (!rows(c, sql, id, 1).isEmpty()) {
        return true;
      }
    }
    try (PreparedStatement s = factsAbout(c, id, "id", " AND status <> 'suggested'")) {
      try (ResultSet r = s.executeQuery()) {
        return r.next();
      }
    }
  }

  // The facts with the entity as a party (payer, payee or place): the column named of each,
  // narrowed by an SQL condition starting with AND (or none).
  private static PreparedStatement factsAbout(Connection c, long id, String column, String and)
      throws SQLException {
    PreparedStatement s =
        c.prepareStatement(
            "SELECT "
                + column
                + " FROM ledger_fact WHERE (subject_id = ? OR object_id = ? OR place_id = ?)"
                + and);
    try {
      s.setLong(1, id);
      s.setLong(2, id);
      s.setLong(3, id);
      return s;
    } catch (SQLException e) {
      s.close();
      throw e;
    }
  }

  // The first {@code columns} integer columns of every row {@code sql} gives for one id.
  private static List<long[]> rows(Connection c, String sql, long id, int columns)
      throws SQLException {
    List<long[]> out = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, id);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          long[] row = new long[columns];
          for (int i = 0; i < columns; i++) {
            row[i] = r.getLong(i + 1);
          }
          out.add(row);
        }
      }
    }
    return out;
  }

  private static void delete(Connection c, String sql, long id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, id);
      s.executeUpdate();
    }
  }
}
