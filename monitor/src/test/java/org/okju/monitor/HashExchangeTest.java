package org.okju.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.casefile.CaseStore;
import org.okju.casefile.CustodyEntry;
import org.okju.conformance.HmaBankSignalRule;
import org.okju.conformance.StopNciiSubmitRule;
import org.okju.fingerprint.Pdq256;
import org.okju.testkit.ImageEdits;

/**
 * {@code okju export takedown --format hma-bank|stopncii}: what leaves the case is what a person
 * confirmed, each hash with quality, confirmed flag and suggested distance, in a body the partner's
 * own rules accept; it reads back as written; the negative bank never leaves and suppresses; no
 * name, path or URL is in it; each export is a custody entry.
 */
class HashExchangeTest {
  @TempDir static Path tmp;
  static Path imported;
  static final String VICTIM_NAME = "김하늘";
  static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
  static final String SITE = "http://board.example.org/";

  /** A case whose crawl shows photo a flipped, photo b as seized and the clip as seized. */
  @BeforeAll
  static void buildTheCase() throws Exception {
    Path built = MonitorCase.build(tmp);
    Path seized = tmp.resolve("seized");
    Path flipped = tmp.resolve("a-flip.jpg");
    MonitorCase.write(
        ImageEdits.flipHorizontal(MonitorCase.photo(MonitorCase.PHOTOS.get("photo-a.jpg"))),
        flipped);
    Instant t = Instant.parse("2026-03-01T10:00:00Z");
    Path crawl =
        Warcs.write(
            tmp.resolve("crawl.warc.gz"),
            true,
            List.of(
                Warcs.response(
                    SITE + "gallery.html",
                    "text/html",
                    ("<html><body><img src=\"/a-flip.jpg\"><img src=\"/b.jpg\">"
                            + "<video src=\"/clip.mp4\"></video></body></html>")
                        .getBytes(StandardCharsets.UTF_8),
                    t),
                Warcs.response(
                    SITE + "a-flip.jpg",
                    "image/jpeg",
                    Files.readAllBytes(flipped),
                    t.plusSeconds(1)),
                Warcs.response(
                    SITE + "b.jpg",
                    "image/jpeg",
                    Files.readAllBytes(seized.resolve("photo-b.jpg")),
                    t.plusSeconds(2)),
                Warcs.response(
                    SITE + "clip.mp4",
                    "video/mp4",
                    Files.readAllBytes(seized.resolve("clip.mp4")),
                    t.plusSeconds(3))));
    imported = MonitorCase.copy(built, tmp.resolve("imported"));
    try (CaseStore store = MonitorCase.open(imported)) {
      MonitorCase.importCapture(store, crawl);
      store.ledger().person(VICTIM_NAME, "name", Optional.empty());
      assertThat(SightingBook.of(store, Platforms.of(store))).hasSize(3);
    }
  }

  private static Path fresh(String name) throws Exception {
    return MonitorCase.copy(imported, tmp.resolve(name));
  }

  private static String tapeOf(CaseStore store, String seizedName) {
    return MonitorCase.tapeOf(store).get(seizedName);
  }

  private static Sighting sighting(CaseStore store, String path) throws Exception {
    return SightingBook.of(store, Platforms.of(store)).stream()
        .filter(s -> s.url().equals(SITE + path))
        .findFirst()
        .orElseThrow();
  }

  private static HashExchangeExport.Result export(
      Path kase, String format, boolean unconfirmed, Path out) throws Exception {
    try (CaseStore store = MonitorCase.open(kase)) {
      return HashExchangeExport.export(
          store, format, List.of(), unconfirmed, out, NOW, "exporter", "test");
    }
  }

  @Test
  void nothingLeavesUntilAPersonConfirmedIt() throws Exception {
    Path kase = fresh("unconfirmed");
    assertThatThrownBy(() -> export(kase, "hma-bank", false, tmp.resolve("none.jsonl")))
        .isInstanceOf(Notices.NothingToDoException.class)
        .hasMessageContaining("okju sightings confirm");
    assertThat(tmp.resolve("none.jsonl")).doesNotExist();
    export(kase, "hma-bank", true, tmp.resolve("all.jsonl"));
    List<ExchangeHash> all = HmaBankFile.read(tmp.resolve("all.jsonl"));
    assertThat(all).isNotEmpty().noneMatch(ExchangeHash::confirmed);
  }

  @Test
  void confirmedCopiesGoToHmaAsBankContentsHmaAcceptsAndReadBackAsWritten() throws Exception {
    Path kase = fresh("hma");
    String tapeA;
    String tapeB;
    String tapeClip;
    String flippedPdq;
    try (CaseStore store = MonitorCase.open(kase)) {
      tapeA = tapeOf(store, "photo-a.jpg");
      tapeB = tapeOf(store, "photo-b.jpg");
      tapeClip = tapeOf(store, "clip.mp4");
      TakedownDecisions d = new TakedownDecisions(store, "reviewer", "test");
      d.review(SITE + "a-flip.jpg", tapeA, "confirmed", "same picture, mirrored", NOW);
      d.linkVictim(tapeClip, "V-001", NOW);
      flippedPdq = sighting(store, "a-flip.jpg").hashes().get("pdq");
    }
    Path out = tmp.resolve("bank.jsonl");
    HashExchangeExport.Result r = export(kase, "hma-bank", false, out);
    List<ExchangeHash> read = HmaBankFile.read(out);
    try (CaseStore store = MonitorCase.open(kase)) {
      assertThat(read).isEqualTo(HashExchange.of(store, List.of(), false).hashes());
    }
    assertThat(r.hashes()).isEqualTo(read.size());
    assertThat(read).allMatch(ExchangeHash::confirmed);
    // The mirrored web copy, confirmed by its sighting; the clip's drive copy through its victim.
    assertThat(read)
        .anySatisfy(
            h -> {
              assertThat(h.signalType()).isEqualTo("pdq");
              assertThat(h.value()).isEqualTo(flippedPdq);
              assertThat(h.origin()).isEqualTo("web");
              assertThat(h.tape()).isEqualTo(tapeA);
              assertThat(h.suggestedDistance()).isEqualTo(31);
              assertThat(h.quality().getAsInt()).isBetween(50, 100);
            });
    assertThat(read)
        .filteredOn(h -> h.tape().equals(tapeClip))
        .extracting(ExchangeHash::signalType)
        .contains("video_md5", "vpdq", "pdq");
    assertThat(read)
        .filteredOn(h -> h.signalType().equals("video_md5"))
        .allSatisfy(
            h -> {
              assertThat(h.suggestedDistance()).isZero();
              assertThat(h.quality()).isEmpty();
            });
    // Photo b's tape: neither linked nor its sighting confirmed. Photo a's drive copy: not either.
    assertThat(read).noneMatch(h -> h.tape().equals(tapeB));
    assertThat(read).noneMatch(h -> h.tape().equals(tapeA) && h.origin().equals("drive"));
    // Each line's signals are what HMA's POST /c/bank/NAME/signal accepts; metadata is HMA's.
    for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
      com.fasterxml.jackson.databind.JsonNode n =
          new com.fasterxml.jackson.databind.ObjectMapper().readTree(line);
      HmaBankSignalRule.Content c =
          HmaBankSignalRule.accept(n.get("signals").toString(), Set.of("pdq", "video_md5", "vpdq"));
      assertThat(c.signals()).hasSize(1);
      List<String> keys = new ArrayList<>();
      n.get("metadata").fieldNames().forEachRemaining(keys::add);
      assertThat(HmaBankFile.METADATA_KEYS).containsAll(keys);
      assertThat(n.get("metadata").get("content_id").isTextual()).isTrue();
    }
  }

  @Test
  void stopNciiGetsTheBodyItsClientSubmitsWithBlockedForConfirmedHashes() throws Exception {
    Path kase = fresh("stopncii");
    String tapeB;
    try (CaseStore store = MonitorCase.open(kase)) {
      tapeB = tapeOf(store, "photo-b.jpg");
      new TakedownDecisions(store, "reviewer", "test")
          .review(SITE + "b.jpg", tapeB, "confirmed", "", NOW);
    }
    Path out = tmp.resolve("stopncii.json");
    export(kase, "stopncii", true, out);
    List<StopNciiSubmitRule.Submitted> records =
        StopNciiSubmitRule.accept(Files.readString(out, StandardCharsets.UTF_8));
    List<ExchangeHash> read = StopNciiFile.read(out);
    assertThat(records).hasSameSizeAs(read);
    try (CaseStore store = MonitorCase.open(kase)) {
      List<ExchangeHash> offered =
          HashExchange.of(store, List.of(), true).hashes().stream()
              .filter(h -> !h.signalType().equals("vpdq"))
              .toList();
      assertThat(read).isEqualTo(offered);
    }
    for (int i = 0; i < records.size(); i++) {
      StopNciiSubmitRule.Submitted rec = records.get(i);
      ExchangeHash h = read.get(i);
      assertThat(rec.signalType()).isEqualTo(h.signalType());
      assertThat(rec.signal()).isEqualTo(h.value());
      assertThat(rec.feedbackValue()).isEqualTo(h.confirmed() ? "Blocked" : "PendingReview");
    }
    assertThat(read).anyMatch(h -> h.tape().equals(tapeB) && h.confirmed());
    assertThat(read).anyMatch(h -> !h.confirmed());
    assertThat(read).extracting(ExchangeHash::signalType).containsOnly("pdq", "video_md5");
  }

  @Test
  void theNegativeBankNeverLeavesTheCaseAndNothingNearItDoes() throws Exception {
    Path kase = fresh("negative");
    String negativePdq;
    String clipMd5;
    try (CaseStore store = MonitorCase.open(kase)) {
      negativePdq = sighting(store, "b.jpg").hashes().get("pdq");
      clipMd5 = sighting(store, "clip.mp4").hashes().get("md5");
      TakedownDecisions d = new TakedownDecisions(store, "reviewer", "test");
      assertThat(d.addNegatives("pdq", List.of(negativePdq), "partner-false", "Partner", NOW))
          .isEqualTo(1);
      assertThat(
              d.addNegatives(
                  "md5",
                  List.of(clipMd5.toUpperCase(java.util.Locale.ROOT)),
                  "partner-false",
                  "P",
                  NOW))
          .isEqualTo(1);
    }
    Path out = tmp.resolve("negative.jsonl");
    HashExchangeExport.Result r = export(kase, "hma-bank", true, out);
    List<ExchangeHash> read = HmaBankFile.read(out);
    Pdq256 negative = Pdq256.parse(negativePdq);
    assertThat(read)
        .filteredOn(h -> h.signalType().equals("pdq"))
        .allSatisfy(
            h -> {
              assertThat(Pdq256.parse(h.value()).distance(negative)).isGreaterThan(31);
              assertThat(h.quality().getAsInt()).isGreaterThanOrEqualTo(50);
            });
    assertThat(read).noneMatch(h -> h.value().equals(clipMd5));
    assertThat(Files.readString(out)).doesNotContain(negativePdq).doesNotContain(clipMd5);
    assertThat(r.suppressed()).isPositive();
  }

  @Test
  void anExportNamesNoPersonNoSeizedFileNoUrlAndIsACustodyEntry() throws Exception {
    Path kase = fresh("private");
    try (CaseStore store = MonitorCase.open(kase)) {
      for (String tape : MonitorCase.tapeOf(store).values()) {
        new TakedownDecisions(store, "reviewer", "test").linkVictim(tape, "V-001", NOW);
      }
    }
    for (String format : List.of("hma-bank", "stopncii")) {
      Path out = tmp.resolve("private-" + format);
      HashExchangeExport.Result r = export(kase, format, true, out);
      String text = Files.readString(out, StandardCharsets.UTF_8);
      assertThat(text)
          .doesNotContain(VICTIM_NAME)
          .doesNotContain("V-001")
          .doesNotContain("board.example")
          .doesNotContain("photo-")
          .doesNotContain("clip")
          .doesNotContain("seized");
      try (CaseStore store = MonitorCase.open(kase);
          Stream<CustodyEntry> log = store.custody().stream()) {
        CustodyEntry last = log.reduce((a, b) -> b).orElseThrow();
        assertThat(last.action()).isEqualTo(HashExchangeExport.EXPORTED);
        assertThat(last.user()).isEqualTo("exporter");
        assertThat(last.outputs()).containsEntry("hash-exchange", r.sha256());
        assertThat(r.sha256().toHex())
            .isEqualTo(
                java.util.HexFormat.of()
                    .formatHex(
                        java.security.MessageDigest.getInstance("SHA-256")
                            .digest(Files.readAllBytes(out))));
        assertThat(last.parametersJson()).contains("\"format\":\"" + format + "\"");
      }
    }
  }

  @Test
  void reviewersDecideSightingsAndLinkVictimsByPseudonymOnly() throws Exception {
    Path kase = fresh("review");
    try (CaseStore store = MonitorCase.open(kase)) {
      String tapeB = tapeOf(store, "photo-b.jpg");
      TakedownDecisions d = new TakedownDecisions(store, "reviewer", "test");
      d.review(SITE + "b.jpg", tapeB, "rejected", "another picture", NOW);
      assertThat(SightingBook.of(store, Platforms.of(store)))
          .noneMatch(s -> s.url().equals(SITE + "b.jpg"));
      // A rejected sighting can be confirmed again.
      d.review(SITE + "b.jpg", tapeB, "confirmed", "looked again", NOW);
      assertThat(sighting(store, "b.jpg").confirmed()).isTrue();
      assertThatThrownBy(() -> d.review(SITE + "nowhere.jpg", tapeB, "confirmed", "", NOW))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> d.linkVictim(tapeB, VICTIM_NAME, NOW))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageNotContaining(VICTIM_NAME);
      assertThatThrownBy(() -> d.linkVictim("T-999", "V-001", NOW))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> d.addNegatives("pdq", List.of("abc"), "x", "y", NOW))
          .isInstanceOf(IllegalArgumentException.class);
      List<String> actions;
      try (Stream<CustodyEntry> log = store.custody().stream()) {
        actions = log.map(CustodyEntry::action).toList();
      }
      assertThat(actions)
          .containsSubsequence(TakedownDecisions.REVIEWED, TakedownDecisions.REVIEWED);
      assertThat(store.takedowns().tapeVictims()).isEmpty();
    }
  }
}
