package org.okju.casefile;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** {@link Ledger} in SQL, the same statements on both dialects. */
final class SqlLedger implements Ledger {
  private static final String FACT_COLUMNS =
      "id, status, fact_key, type, subject_id, object_id, amount, currency, percent, fact_date,"
          + " place_id, confidence, flags, document_id, page, line, start_char, end_char, quote";

  // The writer of a diary: a party to facts, not a person of the identity table.
  private static final String AUTHOR = "(author)";

  private static final String EVIDENCE =
      "SELECT entity_id, role, cue, document_id, page, line, start_char, end_char, quote"
          + " FROM person_role_evidence";

  private static final String DECISIONS =
      "SELECT id, entity_id, role, previous_role, username, decided_at, custody_sequence"
          + " FROM person_role_decision";

  private final Scope scope;

  SqlLedger(Scope scope) {
    this.scope = scope;
  }

  @Override
  public long putDocument(LedgerRows.NewDocument d) {
    return scope.write(
        "store ledger document",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO ledger_document (item_id, name, sha256, media_type, pages, body,"
                      + " status, message, extracted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                      + " ON CONFLICT (sha256) DO UPDATE SET name = excluded.name,"
                      + " media_type = excluded.media_type, pages = excluded.pages,"
                      + " body = excluded.body, status = excluded.status,"
                      + " message = excluded.message, extracted_at = excluded.extracted_at"
                      + " RETURNING id")) {
            setLong(s, 1, d.item().map(ItemId::value));
            s.setString(2, d.name());
            s.setString(3, d.sha256().toHex());
            s.setString(4, d.mediaType().orElse(null));
            s.setInt(5, d.pages());
            s.setString(6, d.body());
            s.setString(7, d.status());
            s.setString(8, d.message().orElse(null));
            s.setString(9, StoredTime.format(d.extractedAt()));
            return single(s);
          }
        });
  }

  @Override
  public List<LedgerRows.Document> documents() {
    return query(
        "read ledger documents",
        "SELECT id, item_id, name, sha256, media_type, pages, status, message, extracted_at"
            + " FROM ledger_document ORDER BY id",
        r ->
            new LedgerRows.Document(
                r.getLong(1),
                optLong(r, 2).map(ItemId::new),
                r.getString(3),
                r.getString(4),
                Optional.ofNullable(r.getString(5)),
                r.getInt(6),
                r.getString(7),
                Optional.ofNullable(r.getString(8)),
                Instant.parse(r.getString(9))));
  }

  @Override
  public Optional<String> documentBody(long documentId) {
    return query(
            "read ledger document",
            "SELECT body FROM ledger_document WHERE id = " + documentId,
            r -> r.getString(1))
        .stream()
        .findFirst();
  }

  @Override
  public long putEntity(
      String type,
      String value,
      String normalized,
      Optional<String> role,
      Optional<String> currency) {
    if (type.equals("person") && !normalized.equals(AUTHOR)) {
      throw new IllegalArgumentException("people are stored through person(), by pseudonym");
    }
    return scope.write(
        "store ledger entity",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO ledger_entity (type, value, normalized, role, currency)"
                      + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (type, normalized) DO UPDATE SET"
                      + " role = COALESCE(ledger_entity.role, excluded.role) RETURNING id")) {
            s.setString(1, type);
            s.setString(2, value);
            s.setString(3, normalized);
            s.setString(4, role.orElse(null));
            s.setString(5, currency.orElse(null));
            return single(s);
          }
        });
  }

  @Override
  public void putMention(LedgerRows.Mention m) {
    scope.write(
        "store ledger mention",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO ledger_mention (entity_id, document_id, page, line, start_char,"
                      + " end_char, quote, confidence, flags) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                      // a document read again keeps its mention, with the new reading's flags
                      + " ON CONFLICT (entity_id, document_id, start_char)"
                      + " DO UPDATE SET flags = excluded.flags")) {
            s.setLong(1, m.entityId());
            s.setLong(2, m.documentId());
            s.setInt(3, m.page());
            s.setInt(4, m.line());
            s.setInt(5, m.start());
            s.setInt(6, m.end());
            s.setString(7, m.quote());
            s.setDouble(8, m.confidence());
            s.setString(9, String.join(",", m.flags()));
            s.executeUpdate();
            return null;
          }
        });
  }

  @Override
  public long putFact(LedgerRows.FactContent f) {
    return scope.write(
        "store ledger fact",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO ledger_fact (status, fact_key, type, subject_id, object_id, amount,"
                      + " currency, percent, fact_date, place_id, confidence, flags, document_id,"
                      + " page, line, start_char, end_char, quote)"
                      + " VALUES ('suggested', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                      // read again: a suggestion takes the new reading, a decided fact keeps what
                      // the decision was about
                      + " ON CONFLICT (fact_key) DO UPDATE SET subject_id = excluded.subject_id,"
                      + " object_id = excluded.object_id, amount = excluded.amount,"
                      + " currency = excluded.currency, percent = excluded.percent,"
                      + " fact_date = excluded.fact_date, place_id = excluded.place_id,"
                      + " confidence = excluded.confidence, flags = excluded.flags,"
                      + " document_id = excluded.document_id, page = excluded.page,"
                      + " line = excluded.line, start_char = excluded.start_char,"
                      + " end_char = excluded.end_char, quote = excluded.quote"
                      + " WHERE ledger_fact.status = 'suggested' RETURNING id")) {
            s.setString(1, f.key());
            s.setString(2, f.type());
            setLong(s, 3, f.subject());
            setLong(s, 4, f.object());
            s.setString(5, f.amount().map(BigDecimal::toPlainString).orElse(null));
            s.setString(6, f.currency().orElse(null));
            s.setString(7, f.percent().map(BigDecimal::toPlainString).orElse(null));
            s.setString(8, f.date().orElse(null));
            setLong(s, 9, f.place());
            s.setDouble(10, f.confidence());
            s.setString(11, String.join(",", f.flags()));
            LedgerRows.Provenance p = f.provenance();
            s.setLong(12, p.documentId());
            s.setInt(13, p.page());
            s.setInt(14, p.line());
            s.setInt(15, p.start());
            s.setInt(16, p.end());
            s.setString(17, p.quote());
            try (ResultSet r = s.executeQuery()) {
              if (r.next()) {
                return r.getLong(1);
              }
            }
          }
          // a decided fact: the update did not apply, so nothing was returned
          try (PreparedStatement s =
              c.prepareStatement("SELECT id FROM ledger_fact WHERE fact_key = ?")) {
            s.setString(1, f.key());
            return single(s);
          }
        });
  }

  @Override
  public LedgerRows.ForgottenReading forgetReading(long documentId) {
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

  @Override
  public LedgerRows.SettledFacts settleFacts(long documentId, Set<String> keysRead) {
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
                    new Row(r.getLong(1), r.getString(2), r.getString(3), flags(r.getString(4))));
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

  @Override
  public LedgerRows.SettledEntities settleEntities(long documentId, Set<Long> candidates) {
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
          if (!flags(r.getString(1)).contains(LedgerRows.NO_LONGER_FOUND)) {
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

  @Override
  public List<LedgerRows.Entity> entities() {
    return query(
        "read ledger entities",
        "SELECT id, type, value, normalized, role, currency, merged_into, state FROM ledger_entity"
            + " ORDER BY id",
        SqlLedger::entity);
  }

  @Override
  public List<LedgerRows.Entity> personEntities() {
    return query(
        "read ledger person entities",
        "SELECT e.id, e.type, e.value, e.normalized, e.role, e.currency, e.merged_into, e.state"
            + " FROM person_identity p JOIN ledger_entity e ON e.id = p.entity_id ORDER BY e.id",
        SqlLedger::entity);
  }

  private static LedgerRows.Entity entity(ResultSet r) throws SQLException {
    return new LedgerRows.Entity(
        r.getLong(1),
        r.getString(2),
        r.getString(3),
        r.getString(4),
        Optional.ofNullable(r.getString(5)),
        Optional.ofNullable(r.getString(6)),
        optLong(r, 7),
        r.getString(8));
  }

  @Override
  public List<LedgerRows.Mention> mentions() {
    return query(
        "read ledger mentions",
        "SELECT entity_id, document_id, page, line, start_char, end_char, quote, confidence,"
            + " flags FROM ledger_mention ORDER BY entity_id, document_id, start_char",
        r ->
            new LedgerRows.Mention(
                r.getLong(1),
                r.getLong(2),
                r.getInt(3),
                r.getInt(4),
                r.getInt(5),
                r.getInt(6),
                r.getString(7),
                r.getDouble(8),
                flags(r.getString(9))));
  }

  @Override
  public List<LedgerRows.Fact> facts() {
    return query(
        "read ledger facts",
        "SELECT " + FACT_COLUMNS + " FROM ledger_fact ORDER BY id",
        SqlLedger::fact);
  }

  @Override
  public Optional<LedgerRows.Fact> fact(long id) {
    return query(
            "read ledger fact",
            "SELECT " + FACT_COLUMNS + " FROM ledger_fact WHERE id = " + id,
            SqlLedger::fact)
        .stream()
        .findFirst();
  }

  @Override
  public void decide(long factId, String status, LedgerRows.Decision d) {
    scope.write(
        "record ledger decision",
        c -> {
          update(c, "UPDATE ledger_fact SET status = ? WHERE id = ?", factId, status);
          insertDecision(c, d);
          return null;
        });
  }

  @Override
  public void edit(long factId, LedgerRows.FactEdit e, LedgerRows.Decision d) {
    scope.write(
        "edit ledger fact",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "UPDATE ledger_fact SET status = 'confirmed',"
                      + " subject_id = COALESCE(?, subject_id), object_id = COALESCE(?, object_id),"
                      + " amount = COALESCE(?, amount), currency = COALESCE(?, currency),"
                      + " percent = COALESCE(?, percent), fact_date = COALESCE(?, fact_date),"
                      + " place_id = COALESCE(?, place_id) WHERE id = ?")) {
            setLong(s, 1, e.subject());
            setLong(s, 2, e.object());
            s.setString(3, e.amount().map(BigDecimal::toPlainString).orElse(null));
            s.setString(4, e.currency().orElse(null));
            s.setString(5, e.percent().map(BigDecimal::toPlainString).orElse(null));
            s.setString(6, e.date().orElse(null));
            setLong(s, 7, e.place());
            s.setLong(8, factId);
            if (s.executeUpdate() != 1) {
              throw new IllegalArgumentException("no fact " + factId);
            }
          }
          insertDecision(c, d);
          return null;
        });
  }

  @Override
  public void merge(long from, long into, LedgerRows.Decision d) {
    scope.write(
        "merge ledger entities",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement("UPDATE ledger_entity SET merged_into = ? WHERE id = ?")) {
            s.setLong(1, into);
            s.setLong(2, from);
            if (s.executeUpdate() != 1) {
              throw new IllegalArgumentException("no entity " + from);
            }
          }
          insertDecision(c, d);
          return null;
        });
  }

  @Override
  public List<LedgerRows.Decision> decisions() {
    return query(
        "read ledger decisions",
        "SELECT id, fact_id, entity_id, action, username, decided_at, detail, custody_sequence"
            + " FROM ledger_decision ORDER BY id",
        r ->
            new LedgerRows.Decision(
                r.getLong(1),
                optLong(r, 2),
                optLong(r, 3),
                r.getString(4),
                r.getString(5),
                Instant.parse(r.getString(6)),
                r.getString(7),
                optLong(r, 8)));
  }

  @Override
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
            id = single(s);
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

  @Override
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

  @Override
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

  @Override
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

  @Override
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

  @Override
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
            setLong(s, 6, d.custodySequence());
            s.executeUpdate();
          }
          return null;
        });
  }

  @Override
  public List<LedgerRows.Identity> people() {
    Map<Long, List<LedgerRows.PersonName>> names = new LinkedHashMap<>();
    for (Object[] row :
        query(
            "read person names",
            "SELECT entity_id, name, kind FROM person_name ORDER BY entity_id, kind, name",
            r -> new Object[] {r.getLong(1), r.getString(2), r.getString(3)})) {
      names
          .computeIfAbsent((Long) row[0], k -> new ArrayList<>())
          .add(new LedgerRows.PersonName((String) row[1], (String) row[2]));
    }
    return query(
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

  @Override
  public List<LedgerRows.RoleEvidence> roleEvidence() {
    return query("read ledger role evidence", EVIDENCE + " ORDER BY id", SqlLedger::evidence);
  }

  @Override
  public List<LedgerRows.RoleEvidence> roleEvidence(long entityId) {
    return scope.list(
        "read a person's role evidence",
        EVIDENCE + " WHERE entity_id = ? ORDER BY id",
        s -> s.setLong(1, entityId),
        SqlLedger::evidence);
  }

  private static LedgerRows.RoleEvidence evidence(ResultSet r) throws SQLException {
    return new LedgerRows.RoleEvidence(
        r.getLong(1),
        r.getString(2),
        r.getString(3),
        new LedgerRows.Provenance(
            r.getLong(4), r.getInt(5), r.getInt(6), r.getInt(7), r.getInt(8), r.getString(9)));
  }

  @Override
  public List<LedgerRows.RoleDecision> roleDecisions() {
    return query("read ledger role decisions", DECISIONS + " ORDER BY id", SqlLedger::decision);
  }

  @Override
  public List<LedgerRows.RoleDecision> roleDecisions(long entityId) {
    return scope.list(
        "read a person's role decisions",
        DECISIONS + " WHERE entity_id = ? ORDER BY id",
        s -> s.setLong(1, entityId),
        SqlLedger::decision);
  }

  private static LedgerRows.RoleDecision decision(ResultSet r) throws SQLException {
    return new LedgerRows.RoleDecision(
        r.getLong(1),
        r.getLong(2),
        r.getString(3),
        r.getString(4),
        r.getString(5),
        Instant.parse(r.getString(6)),
        optLong(r, 7));
  }

  @Override
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

  @Override
  public java.util.OptionalLong identityVersion() {
    List<Long> found =
        query(
            "read identity version",
            "SELECT changes FROM identity_version WHERE id = 1",
            r -> r.getLong(1));
    return found.isEmpty()
        ? java.util.OptionalLong.empty()
        : java.util.OptionalLong.of(found.get(0));
  }

  private static void update(Connection c, String sql, long id, String value) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, value);
      s.setLong(2, id);
      if (s.executeUpdate() != 1) {
        throw new IllegalArgumentException("no fact " + id);
      }
    }
  }

  private static void insertDecision(Connection c, LedgerRows.Decision d) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO ledger_decision (fact_id, entity_id, action, username, decided_at, detail,"
                + " custody_sequence) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      setLong(s, 1, d.fact());
      setLong(s, 2, d.entity());
      s.setString(3, d.action());
      s.setString(4, d.user());
      s.setString(5, StoredTime.format(d.at()));
      s.setString(6, d.detailJson());
      setLong(s, 7, d.custodySequence());
      s.executeUpdate();
    }
  }

  // Flags are stored as comma-separated stable words; none is the empty text.
  private static List<String> flags(String stored) {
    return stored.isEmpty() ? List.of() : Arrays.asList(stored.split(","));
  }

  private static LedgerRows.Fact fact(ResultSet r) throws SQLException {
    LedgerRows.Provenance p =
        new LedgerRows.Provenance(
            r.getLong("document_id"),
            r.getInt("page"),
            r.getInt("line"),
            r.getInt("start_char"),
            r.getInt("end_char"),
            r.getString("quote"));
    LedgerRows.FactContent content =
        new LedgerRows.FactContent(
            r.getString("fact_key"),
            r.getString("type"),
            optLong(r, "subject_id"),
            optLong(r, "object_id"),
            Optional.ofNullable(r.getString("amount")).map(BigDecimal::new),
            Optional.ofNullable(r.getString("currency")),
            Optional.ofNullable(r.getString("percent")).map(BigDecimal::new),
            Optional.ofNullable(r.getString("fact_date")),
            optLong(r, "place_id"),
            r.getDouble("confidence"),
            flags(r.getString("flags")),
            p);
    return new LedgerRows.Fact(r.getLong("id"), r.getString("status"), content);
  }

  private <T> List<T> query(String operation, String sql, Scope.RowMapper<T> mapper) {
    return scope.read(
        operation,
        c -> {
          List<T> out = new ArrayList<>();
          try (PreparedStatement s = c.prepareStatement(sql);
              ResultSet r = s.executeQuery()) {
            while (r.next()) {
              out.add(mapper.map(r));
            }
          }
          return out;
        });
  }

  private static long single(PreparedStatement s) throws SQLException {
    try (ResultSet r = s.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }

  private static void setLong(PreparedStatement s, int i, Optional<Long> v) throws SQLException {
    if (v.isPresent()) {
      s.setLong(i, v.get());
    } else {
      s.setNull(i, Types.BIGINT);
    }
  }

  private static Optional<Long> optLong(ResultSet r, int i) throws SQLException {
    long v = r.getLong(i);
    return r.wasNull() ? Optional.empty() : Optional.of(v);
  }

  private static Optional<Long> optLong(ResultSet r, String column) throws SQLException {
    long v = r.getLong(column);
    return r.wasNull() ? Optional.empty() : Optional.of(v);
  }
}
