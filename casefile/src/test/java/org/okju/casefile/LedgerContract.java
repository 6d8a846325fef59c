package org.okju.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ledger aggregate on a real database, run by its SQLite and PostgreSQL subclasses. */
abstract class LedgerContract {
  static final Instant T0 = Instant.parse("2025-03-01T10:15:30.123456789Z");

  @TempDir Path tmp;

  abstract Backend backend();

  CaseStore open() throws Exception {
    CaseLocation location = backend().freshLocation(tmp);
    return CaseStore.open(c -> c.location(location).keyDirectory(tmp));
  }

  static LedgerRows.NewDocument document(String body) {
    byte[] sha = new byte[32];
    sha[0] = (byte) body.length();
    return new LedgerRows.NewDocument(
        Optional.empty(),
        "diary.txt",
        Sha256.of(sha),
        Optional.of("text/plain"),
        1,
        body,
        "ok",
        Optional.empty(),
        T0);
  }

  static LedgerRows.FactContent payment(long doc, long from, long to, String key) {
    return new LedgerRows.FactContent(
        key,
        "payment",
        Optional.of(from),
        Optional.of(to),
        Optional.of(new BigDecimal("300000")),
        Optional.of("KRW"),
        Optional.empty(),
        Optional.of("2023-05-03"),
        Optional.empty(),
        0.75,
        List.of("year-assumed"),
        new LedgerRows.Provenance(doc, 1, 4, 49, 73, "약값 30만원 줌"));
  }

  static LedgerRows.Decision decision(String action, Optional<Long> fact, Optional<Long> entity) {
    return new LedgerRows.Decision(0, fact, entity, action, "inv1", T0, "{}", Optional.of(7L));
  }

  @Test
  void aStoredFactComesBackWithItsProvenanceAndStartsSuggested() throws Exception {
    try (CaseStore store = open()) {
      Ledger ledger = store.ledger();
      long doc = ledger.putDocument(document("약값 30만원 줌"));
      long author =
          ledger.putEntity("person", "(author)", "(author)", Optional.empty(), Optional.empty());
      long kim = ledger.person("김약사", "name", Optional.of("약사"));
      ledger.putMention(
          new LedgerRows.Mention(kim, doc, 1, 4, 49, 52, "김약사", 0.85, List.of("doubtful-person")));
      // read again, the mention is the same row with the new reading's flags
      ledger.putMention(
          new LedgerRows.Mention(kim, doc, 1, 4, 49, 52, "김약사", 0.85, List.of("year-assumed")));
      long fact = ledger.putFact(payment(doc, author, kim, "k1"));

      assertThat(ledger.person("김약사", "name", Optional.empty())).isEqualTo(kim);
      assertThat(ledger.putFact(payment(doc, author, kim, "k1"))).isEqualTo(fact);
      assertThat(ledger.putDocument(document("약값 30만원 줌"))).isEqualTo(doc);
      assertThat(ledger.mentions())
          .containsExactly(
              new LedgerRows.Mention(kim, doc, 1, 4, 49, 52, "김약사", 0.85, List.of("year-assumed")));
      assertThat(ledger.documentBody(doc)).contains("약값 30만원 줌");
      LedgerRows.Fact stored = ledger.fact(fact).orElseThrow();
      assertThat(stored.status()).isEqualTo("suggested");
      assertThat(stored.content()).isEqualTo(payment(doc, author, kim, "k1"));
      assertThat(ledger.entities())
          .extracting(LedgerRows.Entity::role)
          .containsExactly(Optional.empty(), Optional.of("약사"));
      assertThat(ledger.entities())
          .extracting(LedgerRows.Entity::normalized)
          .containsExactly("(author)", "V-001");
    }
  }

  @Test
  void decisionsChangeTheFactAndAreRecordedWithTheirCustodyEntry() throws Exception {
    try (CaseStore store = open()) {
      Ledger ledger = store.ledger();
      long doc = ledger.putDocument(document("x"));
      long a =
          ledger.putEntity("person", "(author)", "(author)", Optional.empty(), Optional.empty());
      long b = ledger.person("Kang", "name", Optional.empty());
      long c = ledger.person("강약사", "name", Optional.of("약사"));
      long f1 = ledger.putFact(payment(doc, a, b, "k1"));
      long f2 = ledger.putFact(payment(doc, a, b, "k2"));

      ledger.decide(f1, "confirmed", decision("confirm", Optional.of(f1), Optional.empty()));
      ledger.decide(f2, "rejected", decision("reject", Optional.of(f2), Optional.empty()));
      ledger.edit(
          f2,
          new LedgerRows.FactEdit(
              Optional.empty(),
              Optional.of(c),
              Optional.of(new BigDecimal("2000")),
              Optional.of("USD"),
              Optional.empty(),
              Optional.empty(),
              Optional.empty()),
          decision("edit", Optional.of(f2), Optional.empty()));
      ledger.merge(b, c, decision("merge", Optional.empty(), Optional.of(b)));

      assertThat(ledger.fact(f1).orElseThrow().status()).isEqualTo("confirmed");
      LedgerRows.Fact edited = ledger.fact(f2).orElseThrow();
      assertThat(edited.status()).isEqualTo("confirmed");
      assertThat(edited.content().object()).contains(c);
      assertThat(edited.content().amount()).contains(new BigDecimal("2000"));
      assertThat(edited.content().currency()).contains("USD");
      assertThat(ledger.entities().get(1).mergedInto()).contains(c);
      assertThat(ledger.decisions())
          .extracting(LedgerRows.Decision::action)
          .containsExactly("confirm", "reject", "edit", "merge");
      assertThat(ledger.decisions()).allSatisfy(d -> assertThat(d.custodySequence()).contains(7L));
      assertThatThrownBy(
              () ->
                  ledger.decide(
                      999, "confirmed", decision("confirm", Optional.of(999L), Optional.empty())))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void everyPersonGetsAPseudonymInOrderAndTheirNamesStayInTheIdentityTable() throws Exception {
    try (CaseStore store = open()) {
      Ledger ledger = store.ledger();
      long jieun = ledger.person("지은", "name", Optional.empty());
      long hana = ledger.person("Hana", "name", Optional.empty());
      assertThat(ledger.person("지은", "name", Optional.empty())).isEqualTo(jieun);
      assertThat(ledger.addName(jieun, "Jieun", "reviewer")).isTrue();
      assertThat(ledger.addName(hana, "Jieun", "reviewer")).isFalse();
      assertThat(ledger.personNamed("Jieun")).contains(jieun);
      assertThat(ledger.identities())
          .containsExactly(
              java.util.Map.entry("V-001", "지은"), java.util.Map.entry("V-002", "Hana"));
      assertThat(ledger.entities())
          .extracting(LedgerRows.Entity::value)
          .containsExactly("V-001", "V-002");
      assertThat(ledger.people())
          .extracting(LedgerRows.Identity::role, LedgerRows.Identity::confirmed)
          .containsOnly(org.assertj.core.groups.Tuple.tuple("unknown", false));
      assertThat(ledger.people().get(0).names())
          .containsExactly(
              new LedgerRows.PersonName("지은", "name"),
              new LedgerRows.PersonName("Jieun", "reviewer"));
      assertThatThrownBy(
              () -> ledger.putEntity("person", "지은", "지은", Optional.empty(), Optional.empty()))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> ledger.addName(999, "x", "reviewer"))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void aSuggestedRoleNeverOverridesAReviewerUnlessReopenedAsAVictim() throws Exception {
    try (CaseStore store = open()) {
      Ledger ledger = store.ledger();
      long doc = ledger.putDocument(document("V-001 촬영"));
      long p = ledger.person("Sora", "name", Optional.empty());
      LedgerRows.RoleEvidence filmed =
          new LedgerRows.RoleEvidence(
              p, "victim", "filmed", new LedgerRows.Provenance(doc, 1, 1, 0, 4, "V-001 filmed"));
      ledger.addRoleEvidence(filmed);
      ledger.addRoleEvidence(filmed);
      assertThat(ledger.roleEvidence()).containsExactly(filmed);

      ledger.suggestRole(p, "accomplice", false);
      assertThat(ledger.people().get(0).role()).isEqualTo("accomplice");
      ledger.decideRole(
          p,
          "witness",
          new LedgerRows.RoleDecision(0, p, "witness", "accomplice", "inv1", T0, Optional.of(9L)));
      ledger.suggestRole(p, "victim", false);
      assertThat(ledger.people().get(0))
          .extracting(LedgerRows.Identity::role, LedgerRows.Identity::confirmed)
          .containsExactly("witness", true);
      ledger.suggestRole(p, "victim", true);
      assertThat(ledger.people().get(0))
          .extracting(LedgerRows.Identity::role, LedgerRows.Identity::confirmed)
          .containsExactly("victim", false);
      assertThat(ledger.roleDecisions())
          .containsExactly(
              new LedgerRows.RoleDecision(
                  1, p, "witness", "accomplice", "inv1", T0, Optional.of(9L)));
    }
  }

  @Test
  void onePersonsEvidenceDecisionsAndThePeoplesEntitiesAreReadAlone() throws Exception {
    try (CaseStore store = open()) {
      Ledger ledger = store.ledger();
      long doc = ledger.putDocument(document("V-001 촬영, V-002 30만"));
      long sora = ledger.person("Sora", "name", Optional.empty());
      long gil = ledger.person("김약사", "title", Optional.of("약사"));
      long date =
          ledger.putEntity("date", "2024-05-03", "2024-05-03", Optional.empty(), Optional.empty());
      LedgerRows.RoleEvidence filmed =
          new LedgerRows.RoleEvidence(
              sora, "victim", "촬영", new LedgerRows.Provenance(doc, 1, 1, 0, 5, "V-001 촬영"));
      LedgerRows.RoleEvidence paid =
          new LedgerRows.RoleEvidence(
              gil, "accomplice", "paid", new LedgerRows.Provenance(doc, 1, 1, 8, 13, "V-002 30만"));
      ledger.addRoleEvidence(filmed);
      ledger.addRoleEvidence(paid);
      LedgerRows.RoleDecision named =
          new LedgerRows.RoleDecision(0, gil, "accomplice", "unknown", "inv1", T0, Optional.of(3L));
      ledger.decideRole(gil, "accomplice", named);

      assertThat(ledger.roleEvidence(sora)).containsExactly(filmed);
      assertThat(ledger.roleEvidence(gil)).containsExactly(paid);
      assertThat(ledger.roleDecisions(sora)).isEmpty();
      assertThat(ledger.roleDecisions(gil))
          .extracting(LedgerRows.RoleDecision::role)
          .containsExactly("accomplice");
      assertThat(ledger.personEntities())
          .extracting(LedgerRows.Entity::id, LedgerRows.Entity::role)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(sora, Optional.empty()),
              org.assertj.core.groups.Tuple.tuple(gil, Optional.of("약사")));
      assertThat(ledger.entities()).extracting(LedgerRows.Entity::id).contains(date);
    }
  }

  @Test
  void aCaseWrittenBeforeTheIdentityTableMovesItsNamesThereOnOpening() throws Exception {
    CaseLocation location = backend().freshLocation(tmp);
    Dialect dialect = backend().dialect();
    if (location instanceof CaseLocation.Directory d) {
      java.nio.file.Files.createDirectories(d.path());
    }
    org.flywaydb.core.Flyway.configure(getClass().getClassLoader())
        .dataSource(backend().jdbcUrl(location), null, null)
        .locations(dialect.migrationLocations())
        .placeholders(dialect.placeholders())
        .target("10")
        .load()
        .migrate();
    try (java.sql.Connection c = backend().raw(location);
        java.sql.Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO ledger_entity (type, value, normalized, role) VALUES"
              + " ('person', '(author)', '(author)', NULL),"
              + " ('person', 'V-001', 'V-001', 'victim'),"
              + " ('person', '김약사에게', '김약사', '약사'),"
              + " ('person', '약사', '약사', '약사'),"
              + " ('place', '잠수교', '잠수교', NULL)");
      s.execute(
          "INSERT INTO victim_identity (pseudonym, real_name, created_at)"
              + " VALUES ('V-001', '지은', '2025-03-01T10:15:30.123456789Z')");
    }
    try (CaseStore store = CaseStore.open(c -> c.location(location).keyDirectory(tmp))) {
      Ledger ledger = store.ledger();
      assertThat(ledger.entities())
          .extracting(LedgerRows.Entity::normalized)
          .containsExactly("(author)", "V-001", "V-002", "V-003", "잠수교");
      assertThat(ledger.people())
          .extracting(LedgerRows.Identity::pseudonym, LedgerRows.Identity::role)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("V-001", "victim"),
              org.assertj.core.groups.Tuple.tuple("V-002", "unknown"),
              org.assertj.core.groups.Tuple.tuple("V-003", "unknown"));
      assertThat(ledger.people().get(1).names())
          .containsExactlyInAnyOrder(
              new LedgerRows.PersonName("김약사", "name"),
              new LedgerRows.PersonName("김약사에게", "written"));
      assertThat(ledger.people().get(2).names())
          .containsExactly(new LedgerRows.PersonName("약사", "title"));
      assertThat(ledger.personNamed("지은")).contains(ledger.entities().get(1).id());
      assertThat(ledger.person("최민수", "name", Optional.empty()))
          .isEqualTo(ledger.entities().get(5).id());
      assertThat(ledger.entities().get(5).normalized()).isEqualTo("V-004");
    }
  }

  /**
   * The identity version moves with every write to a person or a name, through the ledger or
   * straight in SQL by another connection (another process), and stays put for other writes: a
   * reader that kept the table under the old number must read it again.
   */
  @Test
  void theIdentityVersionMovesWithEveryChangeToTheIdentityTable() throws Exception {
    CaseLocation location = backend().freshLocation(tmp);
    try (CaseStore store = CaseStore.open(c -> c.location(location).keyDirectory(tmp))) {
      Ledger ledger = store.ledger();
      long v0 = ledger.identityVersion().orElseThrow();
      ledger.putDocument(document("nothing about anyone"));
      assertThat(ledger.identityVersion().orElseThrow()).as("an unrelated write").isEqualTo(v0);
      long jieun = ledger.person("지은", "name", Optional.empty());
      long v1 = ledger.identityVersion().orElseThrow();
      assertThat(v1).as("a new person").isNotEqualTo(v0);
      ledger.addName(jieun, "Jieun", "written");
      long v2 = ledger.identityVersion().orElseThrow();
      assertThat(v2).as("a new spelling").isNotEqualTo(v1);
      try (java.sql.Connection c = backend().raw(location);
          java.sql.Statement s = c.createStatement()) {
        s.executeUpdate("UPDATE person_name SET name = 'Ji-eun' WHERE name = 'Jieun'");
        long v3 = ledger.identityVersion().orElseThrow();
        assertThat(v3).as("a name changed by another connection").isNotEqualTo(v2);
        s.executeUpdate("DELETE FROM person_name WHERE name = 'Ji-eun'");
        long v4 = ledger.identityVersion().orElseThrow();
        assertThat(v4).as("a name deleted by another connection").isNotEqualTo(v3);
        s.executeUpdate("UPDATE person_identity SET pseudonym = 'V-009'");
        assertThat(ledger.identityVersion().orElseThrow())
            .as("a pseudonym changed by another connection")
            .isNotEqualTo(v4);
      }
    }
  }

  @Test
  void mentionsStoredBeforeTheirFlagsWereKeptReadAsUnflagged() throws Exception {
    CaseLocation location = backend().freshLocation(tmp);
    long kim;
    long doc;
    try (CaseStore store = CaseStore.open(c -> c.location(location).keyDirectory(tmp))) {
      Ledger ledger = store.ledger();
      doc = ledger.putDocument(document("김약사 만남"));
      kim = ledger.person("김약사", "name", Optional.empty());
    }
    // The case as it was before V32: no flags column, no V32 in Flyway's history while later
    // versions are there, so the migration runs out of order as on a real case.
    try (java.sql.Connection c = backend().raw(location);
        java.sql.Statement s = c.createStatement()) {
      s.execute("ALTER TABLE ledger_mention DROP COLUMN flags");
      s.execute("DELETE FROM flyway_schema_history WHERE version = '32'");
      s.execute(
          "INSERT INTO ledger_mention (entity_id, document_id, page, line, start_char, end_char,"
              + " quote, confidence) VALUES ("
              + kim
              + ", "
              + doc
              + ", 1, 1, 0, 3, 'V-001', 0.8)");
    }
    try (CaseStore store = CaseStore.open(c -> c.location(location).keyDirectory(tmp))) {
      assertThat(store.schemaVersion()).isEqualTo(CaseStoreContract.newestMigration());
      assertThat(store.ledger().mentions())
          .containsExactly(new LedgerRows.Mention(kim, doc, 1, 1, 0, 3, "V-001", 0.8, List.of()));
    }
  }

  static LedgerRows.FactContent payment(
      long doc, long from, long to, String key, List<String> flags, double confidence) {
    LedgerRows.FactContent p = payment(doc, from, to, key);
    return new LedgerRows.FactContent(
        p.key(),
        p.type(),
        p.subject(),
        p.object(),
        p.amount(),
        p.currency(),
        p.percent(),
        p.date(),
        p.place(),
        confidence,
        flags,
        p.provenance());
  }

  static LedgerRows.RoleEvidence evidence(long person, long doc, int start) {
    return new LedgerRows.RoleEvidence(
        person, "victim", "met", new LedgerRows.Provenance(doc, 1, 1, start, start + 3, "V-001"));
  }

  @Test
  void forgettingADocumentsReadingDeletesItsMentionsAndEvidenceOnlyAndSaysWhatTheyWere()
      throws Exception {
    try (CaseStore store = open()) {
      Ledger ledger = store.ledger();
      long doc = ledger.putDocument(document("a"));
      long other = ledger.putDocument(document("bb"));
      long author =
          ledger.putEntity("person", "(author)", "(author)", Optional.empty(), Optional.empty());
      long kim = ledger.person("Kim", "name", Optional.empty());
      long lee = ledger.person("Lee", "name", Optional.empty());
      ledger.putMention(new LedgerRows.Mention(kim, doc, 1, 1, 0, 3, "V-001", 0.8, List.of()));
      ledger.putMention(new LedgerRows.Mention(kim, other, 1, 1, 5, 8, "V-001", 0.8, List.of()));
      ledger.addRoleEvidence(evidence(kim, doc, 0));
      ledger.addRoleEvidence(evidence(kim, other, 5));
      ledger.putFact(payment(doc, author, lee, "k1"));

      LedgerRows.ForgottenReading before = ledger.forgetReading(doc);

      assertThat(before.any()).isTrue();
      assertThat(before.mentions()).containsExactly("E" + kim + "@0");
      assertThat(before.evidence()).isEqualTo(1);
      assertThat(before.entities()).containsExactlyInAnyOrder(kim, author, lee);
      assertThat(before.people()).containsExactly(kim);
      assertThat(before.factKeys()).containsExactly("k1");
      assertThat(ledger.mentions()).extracting(LedgerRows.Mention::documentId).containsOnly(other);
      assertThat(ledger.roleEvidence())
          .extracting(e -> e.provenance().documentId())
          .containsOnly(other);
      assertThat(ledger.facts()).hasSize(1); // facts are settled after the new reading
      assertThat(ledger.forgetReading(ledger.putDocument(document("ccc"))).any()).isFalse();
    }
  }

  @Test
  void aFactReadAgainTakesTheNewReadingUnlessAReviewerDecidedOnIt() throws Exception {
    try (CaseStore store = open()) {
      Ledger ledger = store.ledger();
      long doc = ledger.putDocument(document("a"));
      long a =
          ledger.putEntity("person", "(author)", "(author)", Optional.empty(), Optional.empty());
      long b = ledger.person("Kang", "name", Optional.empty());
      long f1 = ledger.putFact(payment(doc, a, b, "k1", List.of("year-assumed"), 0.5));
      long f2 = ledger.putFact(payment(doc, a, b, "k2", List.of("year-assumed"), 0.5));
      ledger.decide(f2, "confirmed", decision("confirm", Optional.of(f2), Optional.empty()));

      assertThat(ledger.putFact(payment(doc, a, b, "k1", List.of(), 0.9))).isEqualTo(f1);
      assertThat(ledger.putFact(payment(doc, a, b, "k2", List.of(), 0.9))).isEqualTo(f2);

      assertThat(ledger.fact(f1).orElseThrow().content())
          .isEqualTo(payment(doc, a, b, "k1", List.of(), 0.9));
      assertThat(ledger.fact(f2).orElseThrow().content())
          .isEqualTo(payment(doc, a, b, "k2", List.of("year-assumed"), 0.5));
      assertThat(ledger.fact(f2).orElseThrow().status()).isEqualTo("confirmed");
    }
  }

  @Test
  void settlingFactsDeletesUnreadSuggestionsAndMarksUnreadDecidedFacts() throws Exception {
    try (CaseStore store = open()) {
      Ledger ledger = store.ledger();
      long doc = ledger.putDocument(document("a"));
      long other = ledger.putDocument(document("bb"));
      long a =
          ledger.putEntity("person", "(author)", "(author)", Optional.empty(), Optional.empty());
      long b = ledger.person("Kang", "name", Optional.empty());
      long gone = ledger.putFact(payment(doc, a, b, "gone"));
      long kept = ledger.putFact(payment(doc, a, b, "kept"));
      long read = ledger.putFact(payment(doc, a, b, "read"));
      long elsewhere = ledger.putFact(payment(other, a, b, "elsewhere"));
      ledger.decide(kept, "rejected", decision("reject", Optional.of(kept), Optional.empty()));

      LedgerRows.SettledFacts settled = ledger.settleFacts(doc, java.util.Set.of("read"));

      assertThat(settled.removed()).containsExactly(gone);
      assertThat(settled.keptForReview()).containsExactly(kept);
      assertThat(ledger.facts())
          .extracting(LedgerRows.Fact::id)
          .containsExactly(kept, read, elsewhere);
      assertThat(ledger.fact(kept).orElseThrow().content().flags())
          .containsExactly("year-assumed", LedgerRows.NO_LONGER_FOUND);
      assertThat(ledger.fact(kept).orElseThrow().status()).isEqualTo("rejected");
      // read once more, the decided fact is found again and loses the mark
      ledger.putFact(payment(doc, a, b, "kept"));
      assertThat(ledger.settleFacts(doc, java.util.Set.of("read", "kept")).keptForReview())
          .isEmpty();
      assertThat(ledger.fact(kept).orElseThrow().content().flags()).containsExactly("year-assumed");
    }
  }

  @Test
  void settlingEntitiesRetiresTheUnfoundAndKeepsWhatAReviewerDecidedAbout() throws Exception {
    try (CaseStore store = open()) {
      Ledger ledger = store.ledger();
      long doc = ledger.putDocument(document("a"));
      long ghost = ledger.person("Dock", "name", Optional.empty());
      long reviewed = ledger.person("Seo", "name", Optional.empty());
      long merged = ledger.person("Seo-jun", "name", Optional.empty());
      long found = ledger.person("Kim", "name", Optional.empty());
      long place = ledger.putEntity("place", "Mapo", "Mapo", Optional.empty(), Optional.empty());
      ledger.decideRole(
          reviewed,
          "witness",
          new LedgerRows.RoleDecision(
              0, reviewed, "witness", "unknown", "inv1", T0, Optional.of(9L)));
      ledger.merge(merged, found, decision("merge", Optional.empty(), Optional.of(merged)));
      ledger.putMention(new LedgerRows.Mention(found, doc, 1, 1, 0, 3, "V-004", 0.8, List.of()));

      LedgerRows.SettledEntities settled =
          ledger.settleEntities(doc, java.util.Set.of(ghost, reviewed, merged, found, place));

      assertThat(settled.retired()).containsExactlyInAnyOrder(ghost, place);
      assertThat(settled.keptForReview()).containsExactlyInAnyOrder(reviewed, merged);
      assertThat(settled.foundAgain()).isEmpty();
      assertThat(ledger.entities())
          .extracting(LedgerRows.Entity::id, LedgerRows.Entity::state)
          .contains(
              org.assertj.core.groups.Tuple.tuple(ghost, LedgerRows.RETIRED),
              org.assertj.core.groups.Tuple.tuple(reviewed, LedgerRows.NO_LONGER_FOUND),
              org.assertj.core.groups.Tuple.tuple(found, LedgerRows.FOUND));
      // never deleted: the retired person keeps the pseudonym and the name stays withheld
      assertThat(ledger.identities()).containsEntry("V-001", "Dock");
      assertThat(Disclosure.of(ledger).text("Dock")).isEqualTo("V-001");
      assertThat(Disclosure.of(ledger).people())
          .extracting(Disclosure.Person::entityId)
          .doesNotContain(ghost)
          .contains(reviewed);

      // found again by a later reading
      ledger.putMention(new LedgerRows.Mention(ghost, doc, 1, 1, 5, 9, "V-001", 0.8, List.of()));
      assertThat(ledger.settleEntities(doc, java.util.Set.of()).foundAgain())
          .containsExactly(ghost);
      assertThat(
              ledger.entities().stream()
                  .filter(e -> e.id() == ghost)
                  .findFirst()
                  .orElseThrow()
                  .state())
          .isEqualTo(LedgerRows.FOUND);
    }
  }

  @Test
  void entitiesStoredBeforeTheirStateWasKeptReadAsFound() throws Exception {
    CaseLocation location = backend().freshLocation(tmp);
    try (CaseStore store = CaseStore.open(c -> c.location(location).keyDirectory(tmp))) {
      store.ledger().person("Kim", "name", Optional.empty());
    }
    // The case as it was before V33, which then runs out of order as on a real case.
    try (java.sql.Connection c = backend().raw(location);
        java.sql.Statement s = c.createStatement()) {
      s.execute("ALTER TABLE ledger_entity DROP COLUMN state");
      for (String index :
          List.of(
              "ledger_mention_document",
              "person_role_evidence_document",
              "ledger_fact_document",
              "ledger_fact_subject",
              "ledger_fact_object",
              "ledger_fact_place")) {
        s.execute("DROP INDEX " + index);
      }
      s.execute("DELETE FROM flyway_schema_history WHERE version = '33'");
    }
    try (CaseStore store = CaseStore.open(c -> c.location(location).keyDirectory(tmp))) {
      assertThat(store.schemaVersion()).isEqualTo(CaseStoreContract.newestMigration());
      assertThat(store.ledger().entities())
          .extracting(LedgerRows.Entity::state)
          .containsExactly(LedgerRows.FOUND);
    }
  }
}
