package org.okju.casefile;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@link Ledger} in SQL, the same statements on both dialects. */
final class SqlLedger implements Ledger {
  private static final String FACT_COLUMNS =
      "id, status, fact_key, type, subject_id, object_id, amount, currency, percent, fact_date,"
          + " place_id, confidence, flags, document_id, page, line, start_char, end_char, quote";

  // The writer of a diary: a party to facts, not a person of the identity table.
  private static final String AUTHOR = "(author)";

  private final Scope scope;
  private final SqlPeople people;
  private final SqlReadingSettlement readings;

  SqlLedger(Scope scope) {
    this.scope = scope;
    this.people = new SqlPeople(scope);
    this.readings = new SqlReadingSettlement(scope);
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
            NullableLongs.set(s, 1, d.item().map(ItemId::value));
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
                NullableLongs.get(r, 2).map(ItemId::new),
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
            NullableLongs.set(s, 3, f.subject());
            NullableLongs.set(s, 4, f.object());
            s.setString(5, f.amount().map(BigDecimal::toPlainString).orElse(null));
            s.setString(6, f.currency().orElse(null));
            s.setString(7, f.percent().map(BigDecimal::toPlainString).orElse(null));
            s.setString(8, f.date().orElse(null));
            NullableLongs.set(s, 9, f.place());
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
    return readings.forget(documentId);
  }

  @Override
  public LedgerRows.SettledFacts settleFacts(long documentId, Set<String> keysRead) {
    return readings.settleFacts(documentId, keysRead);
  }

  @Override
  public LedgerRows.SettledEntities settleEntities(long documentId, Set<Long> candidates) {
    return readings.settleEntities(documentId, candidates);
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
        NullableLongs.get(r, 7),
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
            NullableLongs.set(s, 1, e.subject());
            NullableLongs.set(s, 2, e.object());
            s.setString(3, e.amount().map(BigDecimal::toPlainString).orElse(null));
            s.setString(4, e.currency().orElse(null));
            s.setString(5, e.percent().map(BigDecimal::toPlainString).orElse(null));
            s.setString(6, e.date().orElse(null));
            NullableLongs.set(s, 7, e.place());
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
                NullableLongs.get(r, 2),
                NullableLongs.get(r, 3),
                r.getString(4),
                r.getString(5),
                Instant.parse(r.getString(6)),
                r.getString(7),
                NullableLongs.get(r, 8)));
  }

  @Override
  public long person(String name, String kind, Optional<String> title) {
    return people.person(name, kind, title);
  }

  @Override
  public Optional<Long> personNamed(String name) {
    return people.personNamed(name);
  }

  @Override
  public boolean addName(long entityId, String name, String kind) {
    return people.addName(entityId, name, kind);
  }

  @Override
  public void addRoleEvidence(LedgerRows.RoleEvidence e) {
    people.addRoleEvidence(e);
  }

  @Override
  public void suggestRole(long entityId, String role, boolean reopen) {
    people.suggestRole(entityId, role, reopen);
  }

  @Override
  public void decideRole(long entityId, String role, LedgerRows.RoleDecision d) {
    people.decideRole(entityId, role, d);
  }

  @Override
  public List<LedgerRows.Identity> people() {
    return people.people();
  }

  @Override
  public List<LedgerRows.RoleEvidence> roleEvidence() {
    return people.roleEvidence();
  }

  @Override
  public List<LedgerRows.RoleEvidence> roleEvidence(long entityId) {
    return people.roleEvidence(entityId);
  }

  @Override
  public List<LedgerRows.RoleDecision> roleDecisions() {
    return people.roleDecisions();
  }

  @Override
  public List<LedgerRows.RoleDecision> roleDecisions(long entityId) {
    return people.roleDecisions(entityId);
  }

  @Override
  public Map<String, String> identities() {
    return people.identities();
  }

  @Override
  public java.util.OptionalLong identityVersion() {
    return people.identityVersion();
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
      NullableLongs.set(s, 1, d.fact());
      NullableLongs.set(s, 2, d.entity());
      s.setString(3, d.action());
      s.setString(4, d.user());
      s.setString(5, StoredTime.format(d.at()));
      s.setString(6, d.detailJson());
      NullableLongs.set(s, 7, d.custodySequence());
      s.executeUpdate();
    }
  }

  // Flags are stored as comma-separated stable words; none is the empty text.
  static List<String> flags(String stored) {
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
            NullableLongs.get(r, "subject_id"),
            NullableLongs.get(r, "object_id"),
            Optional.ofNullable(r.getString("amount")).map(BigDecimal::new),
            Optional.ofNullable(r.getString("currency")),
            Optional.ofNullable(r.getString("percent")).map(BigDecimal::new),
            Optional.ofNullable(r.getString("fact_date")),
            NullableLongs.get(r, "place_id"),
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
}
