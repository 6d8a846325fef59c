package org.okju.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The custody log contract: append-only, hash-chained, optionally signed, and every kind of
 * tampering (done with raw SQL after lifting the database's guard) found by verifyChain.
 */
abstract class CustodyLogContract {
  @TempDir Path keys;
  @TempDir Path tmp;

  abstract Backend backend();

  CaseStore open(CaseLocation location, boolean signing) {
    return CaseStore.open(c -> c.location(location).keyDirectory(keys).signing(signing));
  }

  static NewCustodyEntry entry(int n) {
    return NewCustodyEntry.of(
        "inv1",
        "source-ingested",
        "{\"source\": \"/evidence/" + n + "\", \"options\": {\"z\": 1, \"a\": [true, null]}}",
        Map.of("manifest", Sha256.of(new byte[32])),
        Map.of(),
        "0.1.0");
  }

  /** A case with five entries. */
  CaseLocation logOfFive(boolean signing) throws Exception {
    CaseLocation location = backend().freshLocation(tmp);
    try (CaseStore store = open(location, signing)) {
      for (int i = 1; i <= 5; i++) {
        store.custody().append(entry(i));
      }
    }
    return location;
  }

  void tamper(CaseLocation location, String... sql) throws SQLException {
    try (Connection c = backend().raw(location);
        Statement s = c.createStatement()) {
      for (String q : backend().liftCustodyGuard()) {
        s.execute(q);
      }
      for (String q : sql) {
        s.execute(q);
      }
    }
  }

  ChainReport verify(CaseLocation location, boolean signing) {
    try (CaseStore store = open(location, signing)) {
      return store.custody().verifyChain();
    }
  }

  @Test
  void appendedEntriesFormAnIntactChain() throws Exception {
    CaseLocation location = backend().freshLocation(tmp);
    try (CaseStore store = open(location, false)) {
      CustodyEntry first = store.custody().append(entry(1));
      CustodyEntry second = store.custody().append(entry(2));
      assertThat(first.seq()).isEqualTo(1);
      assertThat(first.previous()).isEqualTo(Sha256.of(new byte[32]));
      assertThat(second.previous()).isEqualTo(first.hash());
      assertThat(first.parametersJson())
          .isEqualTo("{\"options\":{\"a\":[true,null],\"z\":1},\"source\":\"/evidence/1\"}");
      assertThat(first.signature()).isEmpty();
      assertThat(store.custody().head()).contains(second);
      try (Stream<CustodyEntry> all = store.custody().stream()) {
        assertThat(all.collect(Collectors.toList())).containsExactly(first, second);
      }
      ChainReport report = store.custody().verifyChain();
      assertThat(report.intact()).isTrue();
      assertThat(report.entries()).isEqualTo(2);
      assertThat(report.head()).contains(new ChainReport.Head(2, second.hash()));
    }
  }

  @Test
  void parametersThatAreNotAJsonObjectAreRefused() throws Exception {
    try (CaseStore store = open(backend().freshLocation(tmp), false)) {
      NewCustodyEntry bad = NewCustodyEntry.of("u", "a", "[1]", Map.of(), Map.of(), "0");
      assertThatThrownBy(() -> store.custody().append(bad))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(store.custody().head()).isEmpty();
    }
  }

  @Test
  void theDatabaseRefusesToUpdateOrDeleteEntries() throws Exception {
    CaseLocation location = logOfFive(false);
    try (Connection c = backend().raw(location);
        Statement s = c.createStatement()) {
      assertThatThrownBy(() -> s.execute("UPDATE custody_entry SET username = 'x' WHERE seq = 1"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("append-only");
      assertThatThrownBy(() -> s.execute("DELETE FROM custody_entry WHERE seq = 5"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("append-only");
    }
    assertThat(verify(location, false).intact()).isTrue();
  }

  @Test
  void concurrentAppendsNumberEntriesWithoutGaps() throws Exception {
    CaseLocation location = backend().freshLocation(tmp);
    try (CaseStore store = open(location, true)) {
      ExecutorService pool = Executors.newFixedThreadPool(3);
      try {
        List<Future<CustodyEntry>> done = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
          int n = i;
          done.add(pool.submit(() -> store.custody().append(entry(n))));
        }
        for (Future<CustodyEntry> f : done) {
          f.get();
        }
      } finally {
        pool.shutdown();
      }
      ChainReport report = store.custody().verifyChain();
      assertThat(report.breaks()).isEmpty();
      assertThat(report.entries()).isEqualTo(30);
      assertThat(report.signed()).isTrue();
    }
  }

  @Test
  void anEditedEntryIsFound() throws Exception {
    CaseLocation location = logOfFive(false);
    tamper(
        location, "UPDATE custody_entry SET parameters = '{\"source\":\"/else\"}' WHERE seq = 3");
    assertThat(verify(location, false).breaks())
        .extracting(ChainBreak::seq, ChainBreak::kind)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, ChainBreak.Kind.EDITED));
  }

  @Test
  void aDeletedEntryIsFound() throws Exception {
    CaseLocation location = logOfFive(false);
    tamper(location, "DELETE FROM custody_entry WHERE seq = 3");
    assertThat(verify(location, false).breaks())
        .extracting(ChainBreak::seq, ChainBreak::kind)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, ChainBreak.Kind.MISSING));
  }

  @Test
  void swappedEntriesAreFoundAsReordered() throws Exception {
    CaseLocation location = logOfFive(false);
    tamper(
        location,
        "UPDATE custody_entry SET seq = 100 WHERE seq = 3",
        "UPDATE custody_entry SET seq = 3 WHERE seq = 4",
        "UPDATE custody_entry SET seq = 4 WHERE seq = 100");
    assertThat(verify(location, false).breaks())
        .extracting(ChainBreak::seq, ChainBreak::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3L, ChainBreak.Kind.REORDERED),
            org.assertj.core.groups.Tuple.tuple(4L, ChainBreak.Kind.REORDERED));
  }

  @Test
  void aStoreWithoutThePrivateKeyRefusesToAppendToASigningCase() throws Exception {
    CaseLocation location = logOfFive(true);
    java.nio.file.Path noKeys = java.nio.file.Files.createDirectories(tmp.resolve("no-keys"));
    try (CaseStore store = CaseStore.open(c -> c.location(location).keyDirectory(noKeys))) {
      assertThatThrownBy(
              () ->
                  store
                      .custody()
                      .append(
                          NewCustodyEntry.of(
                              "inv1", "report-generated", "{}", Map.of(), Map.of(), "t")))
          .isInstanceOf(CaseStoreException.class)
          .hasMessageContaining("this case signs its custody log");
    }
    assertThat(verify(location, true).intact()).isTrue();
  }

  @Test
  void anEntryForgedWithARecomputedChainButWithoutTheKeyIsFound() throws Exception {
    CaseLocation location = logOfFive(true);
    assertThat(verify(location, true).intact()).isTrue();
    CustodyEntry head;
    try (CaseStore store = open(location, true)) {
      head = store.custody().head().orElseThrow();
    }
    // What someone with database access but not the private key can do: a correct entry 6.
    insertForged(location, 6, head.hash(), "");
    assertThat(verify(location, true).breaks())
        .extracting(ChainBreak::seq, ChainBreak::kind)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(6L, ChainBreak.Kind.UNSIGNED));

    // ...or signed with a key of their own.
    CaseLocation other = logOfFive(true);
    try (CaseStore store = open(other, true)) {
      head = store.custody().head().orElseThrow();
    }
    insertForged(other, 6, head.hash(), "sign");
    assertThat(verify(other, true).breaks())
        .extracting(ChainBreak::seq, ChainBreak::kind)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(6L, ChainBreak.Kind.BAD_SIGNATURE));
  }

  @Test
  void anEditWithARecomputedHashIsFoundByItsSignature() throws Exception {
    CaseLocation location = logOfFive(true);
    CustodyEntry third;
    try (CaseStore store = open(location, true);
        Stream<CustodyEntry> all = store.custody().stream()) {
      third = all.filter(e -> e.seq() == 3).findFirst().orElseThrow();
    }
    String params = "{\"source\":\"/else\"}";
    Sha256 rehashed =
        CustodyCanonicalForm.hash(
            CustodyCanonicalForm.bytes(
                3,
                third.time(),
                third.user(),
                third.action(),
                params,
                CustodyCanonicalForm.hashesJson(third.inputs()),
                CustodyCanonicalForm.hashesJson(third.outputs()),
                third.okjuVersion(),
                third.previous()));
    tamper(
        location,
        "UPDATE custody_entry SET parameters = '"
            + params
            + "', entry_sha256 = '"
            + rehashed.toHex()
            + "' WHERE seq = 3");
    List<ChainBreak> breaks = verify(location, true).breaks();
    assertThat(breaks).extracting(ChainBreak::seq).first().isEqualTo(3L);
    assertThat(breaks.get(0).kind()).isEqualTo(ChainBreak.Kind.BAD_SIGNATURE);
  }

  @Test
  void signaturesCannotBeCheckedWithoutThePublicKey() throws Exception {
    CaseLocation location = logOfFive(true);
    java.nio.file.Files.delete(keys.resolve(CustodyKeys.PUBLIC_FILE));
    java.nio.file.Files.delete(keys.resolve(CustodyKeys.PRIVATE_FILE));
    ChainReport report = verify(location, false);
    assertThat(report.signed()).isFalse();
    assertThat(report.breaks())
        .extracting(ChainBreak::kind)
        .containsExactly(ChainBreak.Kind.NO_PUBLIC_KEY);
  }

  // Inserts entry `seq` linked to `previous` with a correct hash; signs it with a fresh key of
  // the attacker's when `how` is "sign", leaves it unsigned otherwise.
  private void insertForged(CaseLocation location, long seq, Sha256 previous, String how)
      throws Exception {
    Instant time = Instant.parse("2025-03-02T00:00:00Z");
    String params = "{\"forged\":true}";
    Sha256 hash =
        CustodyCanonicalForm.hash(
            CustodyCanonicalForm.bytes(
                seq, time, "mallory", "media-viewed", params, "{}", "{}", "0.1.0", previous));
    String signature = null;
    if (how.equals("sign")) {
      Signature s = Signature.getInstance("Ed25519");
      s.initSign(KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate());
      s.update(hash.bytes());
      signature = Base64.getEncoder().encodeToString(s.sign());
    }
    try (Connection c = backend().raw(location);
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO custody_entry (seq, recorded_at, username, action, parameters,"
                    + " inputs, outputs, okju_version, previous_sha256, entry_sha256, signature)"
                    + " VALUES (?, ?, 'mallory', 'media-viewed', ?, '{}', '{}', '0.1.0', ?, ?, ?)")) {
      s.setLong(1, seq);
      s.setString(2, StoredTime.format(time));
      s.setString(3, params);
      s.setString(4, previous.toHex());
      s.setString(5, hash.toHex());
      s.setString(6, signature);
      s.executeUpdate();
    }
  }
}
