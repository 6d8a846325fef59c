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
      long kim = ledger.putEntity("person", "김약사에게", "김약사", Optional.of("약사"), Optional.empty());
      ledger.putMention(new LedgerRows.Mention(kim, doc, 1, 4, 49, 52, "김약사", 0.85));
      ledger.putMention(new LedgerRows.Mention(kim, doc, 1, 4, 49, 52, "김약사", 0.85));
      long fact = ledger.putFact(payment(doc, author, kim, "k1"));

      assertThat(ledger.putEntity("person", "김약사", "김약사", Optional.empty(), Optional.empty()))
          .isEqualTo(kim);
      assertThat(ledger.putFact(payment(doc, author, kim, "k1"))).isEqualTo(fact);
      assertThat(ledger.putDocument(document("약값 30만원 줌"))).isEqualTo(doc);
      assertThat(ledger.mentions()).hasSize(1);
      assertThat(ledger.documentBody(doc)).contains("약값 30만원 줌");
      LedgerRows.Fact stored = ledger.fact(fact).orElseThrow();
      assertThat(stored.status()).isEqualTo("suggested");
      assertThat(stored.content()).isEqualTo(payment(doc, author, kim, "k1"));
      assertThat(ledger.entities())
          .extracting(LedgerRows.Entity::role)
          .containsExactly(Optional.empty(), Optional.of("약사"));
    }
  }

  @Test
  void decisionsChangeTheFactAndAreRecordedWithTheirCustodyEntry() throws Exception {
    try (CaseStore store = open()) {
      Ledger ledger = store.ledger();
      long doc = ledger.putDocument(document("x"));
      long a =
          ledger.putEntity("person", "(author)", "(author)", Optional.empty(), Optional.empty());
      long b = ledger.putEntity("person", "Kang", "Kang", Optional.empty(), Optional.empty());
      long c = ledger.putEntity("person", "강약사", "강약사", Optional.empty(), Optional.empty());
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
  void victimsGetPseudonymsInOrderAndKeepThem() throws Exception {
    try (CaseStore store = open()) {
      Ledger ledger = store.ledger();
      assertThat(ledger.pseudonym("지은")).isEqualTo("V-001");
      assertThat(ledger.pseudonym("Hana")).isEqualTo("V-002");
      assertThat(ledger.pseudonym("지은")).isEqualTo("V-001");
      assertThat(ledger.identities())
          .containsExactly(
              java.util.Map.entry("V-001", "지은"), java.util.Map.entry("V-002", "Hana"));
    }
  }
}
