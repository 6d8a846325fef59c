package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.okju.ledger.StoredReadings.add;
import static org.okju.ledger.StoredReadings.entity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.casefile.CaseLocation;
import org.okju.casefile.CaseStore;
import org.okju.casefile.CustodyEntry;
import org.okju.casefile.LedgerRows;

/**
 * Issue 16: re-reading a document gives exactly what a fresh read gives. An older reader stands in
 * as an extraction with more in it (a word taken for a person, with a victim's cue; a payment to
 * that word; another fact's flags and confidence), stored through {@link LedgerCase} as that reader
 * would have stored it; the case then reads the document again with today's reader, and its ledger,
 * as every output shows it, must equal that of a fresh case that read the document once (modulo row
 * ids and pseudonym numbers: a pseudonym, once given, is never given back). What a reviewer decided
 * survives, and is marked when the reader no longer finds it. All fictional.
 */
class ReadAgainTest {
  private static final String DIARY =
      """
      2024-05-03
      Met Minji at Hongdae station exit 9, filmed her.
      Paid Marco 300k for the room.
      Harbour was closed, went home.\
      """;

  // The word an older reader took for a person.
  private static final String GHOST = "Harbour";

  private static LedgerExtractor extractor;

  @TempDir Path tmp;

  @BeforeAll
  static void load() {
    extractor = new LedgerExtractor();
  }

  @Test
  void aCaseReadAgainHoldsWhatAFreshCaseHolds() throws Exception {
    DocumentText doc = DocumentText.of("diary.txt", DIARY);
    Extraction now = extractor.extract(doc);
    assertThat(now.entities()).noneMatch(e -> e.value().contains(GHOST)); // the premise
    try (CaseStore fresh = open("fresh");
        CaseStore reread = open("reread")) {
      add(fresh, doc, now);
      add(reread, doc, older(now));
      assertThat(snapshot(reread)).isNotEqualTo(snapshot(fresh)); // the old reading shows
      add(reread, doc, now);
      assertThat(snapshot(reread)).isEqualTo(snapshot(fresh));
      // The word is no one now, but its name stays withheld in every text shown: victim first.
      assertThat(LedgerView.load(reread.ledger()).facts())
          .allSatisfy(f -> assertThat(f.provenance().text()).doesNotContain(GHOST));
      // And reading it once more changes nothing.
      add(reread, doc, now);
      assertThat(snapshot(reread)).isEqualTo(snapshot(fresh));
    }
  }

  @Test
  void whatAReviewerDecidedSurvivesAndIsMarkedWhenNoLongerFound() throws Exception {
    DocumentText doc = DocumentText.of("diary.txt", DIARY);
    Extraction now = extractor.extract(doc);
    try (CaseStore store = open("reviewed")) {
      add(store, doc, older(now));
      LedgerCase ledger = new LedgerCase(store, "test", Clock.systemUTC());
      long ghost = entity(store, GHOST);
      long marco = entity(store, "Marco");
      Map<String, String> pseudonymsBefore = store.ledger().identities();
      LedgerRows.Fact ghostPayment = factTo(store, ghost);
      ledger.confirm(ghostPayment.id(), "reviewer");
      LedgerRows.Fact marcoPayment = factTo(store, marco);
      ledger.reject(marcoPayment.id(), "reviewer");
      ledger.victim(entity(store, "Minji"), "reviewer");

      add(store, doc, now);

      // The confirmed fact the reader no longer finds is kept, confirmed, and marked.
      LedgerRows.Fact kept = store.ledger().fact(ghostPayment.id()).orElseThrow();
      assertThat(kept.status()).isEqualTo("confirmed");
      assertThat(kept.content().flags()).contains(LedgerCase.NO_LONGER_FOUND);
      // The rejected fact the reader still finds stays rejected, and is not marked.
      LedgerRows.Fact rejected = store.ledger().fact(marcoPayment.id()).orElseThrow();
      assertThat(rejected.status()).isEqualTo("rejected");
      assertThat(rejected.content().flags()).doesNotContain(LedgerCase.NO_LONGER_FOUND);
      // The person of a reviewed fact is kept, listed, and marked no longer found.
      LedgerView view = LedgerView.load(store.ledger());
      assertThat(view.people()).anyMatch(p -> p.entityId() == ghost);
      assertThat(view.noLongerFound(ghost)).isTrue();
      assertThat(view.noLongerFound(marco)).isFalse();
      JsonNode json = new ObjectMapper().readTree(LedgerJson.write(view, view.facts()));
      assertThat(entityJson(json, ghost).path("stale").asBoolean(false)).isTrue();
      assertThat(entityJson(json, marco).path("stale").asBoolean(true)).isFalse();
      // Pseudonyms are stable, and the victim mark stays.
      assertThat(store.ledger().identities()).containsAllEntriesOf(pseudonymsBefore);
      assertThat(
              store.ledger().people().stream()
                  .filter(p -> p.entityId() == entity(store, "Minji"))
                  .findFirst()
                  .orElseThrow())
          .satisfies(
              p -> {
                assertThat(p.role()).isEqualTo("victim");
                assertThat(p.confirmed()).isTrue();
              });
    }
  }

  @Test
  void anUnreviewedWordNoLongerFoundIsRetiredNotDeletedAndStaysPseudonymised() throws Exception {
    DocumentText doc = DocumentText.of("diary.txt", DIARY);
    Extraction now = extractor.extract(doc);
    try (CaseStore store = open("retired")) {
      add(store, doc, older(now));
      long ghost = entity(store, GHOST);
      String pseudonym =
          store.ledger().identities().entrySet().stream()
              .filter(e -> e.getValue().equals(GHOST))
              .map(Map.Entry::getKey)
              .findFirst()
              .orElseThrow();

      add(store, doc, now);

      LedgerView view = LedgerView.load(store.ledger());
      assertThat(view.people()).noneMatch(p -> p.entityId() == ghost);
      assertThat(view.entities()).noneMatch(e -> e.id() == ghost);
      assertThat(store.ledger().mentions()).noneMatch(m -> m.entityId() == ghost);
      assertThat(store.ledger().roleEvidence()).noneMatch(e -> e.entityId() == ghost);
      // Still in the identity table under the same pseudonym, so still withheld everywhere.
      assertThat(store.ledger().identities()).containsEntry(pseudonym, GHOST);
      assertThat(view.disclosure().text("Harbour was closed")).doesNotContain(GHOST);
      // A later reading that finds the word again brings it back under the same pseudonym.
      add(store, doc, older(now));
      assertThat(LedgerView.load(store.ledger()).people()).anyMatch(p -> p.entityId() == ghost);
      assertThat(store.ledger().identities()).containsEntry(pseudonym, GHOST);
    }
  }

  @Test
  void aPersonOnceSuggestedAsAVictimStaysAVictimWhenTheNewReadingSaysLess() throws Exception {
    DocumentText doc = DocumentText.of("diary.txt", DIARY);
    Extraction now = extractor.extract(doc);
    try (CaseStore store = open("victim")) {
      add(store, doc, older(now));
      long ghost = entity(store, GHOST);
      assertThat(role(store, ghost)).isEqualTo("victim");
      // The new reader still takes the word for a person, but reads no victim's cue for it.
      Extraction noCue = older(now);
      noCue =
          new Extraction(
              noCue.document(),
              noCue.entities().stream()
                  .map(
                      e ->
                          e.value().equals(GHOST)
                              ? new EntityMention(
                                  e.type(),
                                  e.value(),
                                  e.normalized(),
                                  e.role(),
                                  e.currency(),
                                  e.span(),
                                  e.confidence(),
                                  e.flags(),
                                  Optional.empty())
                              : e)
                  .toList(),
              now.facts(),
              noCue.warnings(),
              noCue.partyCues());

      add(store, doc, noCue);

      assertThat(store.ledger().roleEvidence(ghost)).isEmpty();
      assertThat(role(store, ghost)).isEqualTo("victim"); // victim first: still withheld
      CustodyEntry last =
          store.custody().stream()
              .filter(e -> e.action().equals("ledger-extracted"))
              .reduce((a, b) -> b)
              .orElseThrow();
      String pseudonym =
          store.ledger().people().stream()
              .filter(p -> p.entityId() == ghost)
              .findFirst()
              .orElseThrow()
              .pseudonym();
      assertThat(new ObjectMapper().readTree(last.parametersJson()).path("victimsKept").toString())
          .contains("\"" + pseudonym + "\"");
    }
  }

  private static String role(CaseStore store, long entityId) {
    return store.ledger().people().stream()
        .filter(p -> p.entityId() == entityId)
        .findFirst()
        .orElseThrow()
        .role();
  }

  @Test
  void theCustodyLogCountsTheReReadByIdsOnly() throws Exception {
    DocumentText doc = DocumentText.of("diary.txt", DIARY);
    Extraction now = extractor.extract(doc);
    try (CaseStore store = open("custody")) {
      add(store, doc, older(now));
      long ghost = entity(store, GHOST);
      add(store, doc, now);
      List<CustodyEntry> entries =
          store.custody().stream().filter(e -> e.action().equals("ledger-extracted")).toList();
      assertThat(entries).hasSize(2);
      JsonNode second = new ObjectMapper().readTree(entries.get(1).parametersJson());
      assertThat(second.path("reread").asBoolean(false)).isTrue();
      assertThat(second.path("mentionsRemoved").asInt()).isPositive();
      assertThat(second.path("factsRemoved").asInt()).isEqualTo(1);
      assertThat(second.path("entitiesRetired").toString()).contains("\"E" + ghost + "\"");
      assertThat(second.path("mentionsAdded").isInt()).isTrue();
      for (CustodyEntry e : entries) {
        for (String name : List.of(GHOST, "Minji", "Marco")) {
          assertThat(e.parametersJson()).doesNotContain(name);
        }
      }
      JsonNode first = new ObjectMapper().readTree(entries.get(0).parametersJson());
      assertThat(first.path("reread").asBoolean(true)).isFalse();
    }
  }

  @Test
  void aReReadInterruptedMidDocumentLeavesThePreviousReadingAndTheSameCommandFinishesIt()
      throws Exception {
    DocumentText doc = DocumentText.of("diary.txt", DIARY);
    Extraction now = extractor.extract(doc);
    try (CaseStore fresh = open("fresh");
        CaseStore reread = open("interrupted")) {
      add(fresh, doc, now);
      add(reread, doc, older(now));
      List<String> beforeCrash = snapshot(reread);
      long custodyBefore = reread.custody().stream().count();
      // A reading that fails after its first writes (the previous reading forgotten, mentions
      // stored): the last mention's text is missing, as if the process died there.
      List<EntityMention> broken = new ArrayList<>(now.entities());
      EntityMention last = broken.get(broken.size() - 1);
      broken.add(
          new EntityMention(
              EntityType.PLACE,
              null,
              null,
              Optional.empty(),
              Optional.empty(),
              last.span(),
              0.5,
              List.of(),
              Optional.empty()));
      Extraction dying =
          new Extraction(now.document(), broken, now.facts(), now.warnings(), now.partyCues());
      assertThatThrownBy(() -> add(reread, doc, dying)).isInstanceOf(RuntimeException.class);

      assertThat(snapshot(reread)).isEqualTo(beforeCrash); // one transaction: nothing half-done
      assertThat(reread.custody().stream().count()).isEqualTo(custodyBefore);
      add(reread, doc, now); // the same command again
      assertThat(snapshot(reread)).isEqualTo(snapshot(fresh));
    }
  }

  @Test
  void ofTwoFactsOfOneLineWithTheSameKeyTheFirstIsStoredWholeInEveryReading() throws Exception {
    DocumentText doc = DocumentText.of("diary.txt", DIARY);
    Extraction now = extractor.extract(doc);
    SuggestedFact meeting =
        now.facts().stream().filter(f -> f.type() == FactType.MEETING).findFirst().orElseThrow();
    List<SuggestedFact> facts = new ArrayList<>(now.facts());
    facts.add(
        new SuggestedFact(
            meeting.type(),
            meeting.subject(),
            meeting.object(),
            meeting.amount(),
            meeting.percent(),
            Optional.of("2024-06-01"),
            Optional.of("Mapo"),
            meeting.span(),
            0.1,
            List.of("year-assumed")));
    Extraction twice =
        new Extraction(now.document(), now.entities(), facts, now.warnings(), now.partyCues());
    try (CaseStore store = open("twice")) {
      for (int reading = 0; reading < 2; reading++) {
        add(store, doc, twice);
        assertThat(
                LedgerView.load(store.ledger()).facts().stream()
                    .filter(f -> f.type() == FactType.MEETING))
            .singleElement()
            .satisfies(
                f -> {
                  assertThat(f.place()).isEqualTo(meeting.place());
                  assertThat(f.date()).isEqualTo(meeting.date());
                  assertThat(f.confidence()).isEqualTo(meeting.confidence());
                });
      }
    }
  }

  /**
   * What an older reader made of the diary: the last line's {@code Harbour} a person with a
   * victim's cue and a payment to him, and the payment to Marco with other flags and confidence.
   */
  private static Extraction older(Extraction now) {
    int line = DIARY.split("\n", -1).length; // the last line
    int start = DIARY.lastIndexOf(GHOST);
    Span ghostSpan = new Span(1, line, start, start + GHOST.length(), GHOST);
    List<EntityMention> entities = new ArrayList<>(now.entities());
    entities.add(
        new EntityMention(
            EntityType.PERSON,
            GHOST,
            GHOST,
            Optional.empty(),
            Optional.empty(),
            ghostSpan,
            0.6,
            List.of(),
            Optional.of(new RoleCue(PersonRole.VICTIM, "met"))));
    List<SuggestedFact> facts = new ArrayList<>();
    for (SuggestedFact f : now.facts()) {
      boolean toMarco = f.object().filter("Marco"::equals).isPresent();
      facts.add(
          toMarco
              ? new SuggestedFact(
                  f.type(),
                  f.subject(),
                  f.object(),
                  f.amount(),
                  f.percent(),
                  f.date(),
                  f.place(),
                  f.span(),
                  0.3,
                  List.of("year-assumed", "currency-assumed"))
              : f);
    }
    int lineStart = DIARY.lastIndexOf('\n') + 1;
    facts.add(
        new SuggestedFact(
            FactType.PAYMENT,
            Optional.of(SuggestedFact.AUTHOR),
            Optional.of(GHOST),
            Optional.of(new Money(new BigDecimal("50000"), "KRW")),
            Optional.empty(),
            Optional.of("2024-05-03"),
            Optional.empty(),
            new Span(1, line, lineStart, DIARY.length(), DIARY.substring(lineStart)),
            0.5,
            List.of()));
    return new Extraction(now.document(), entities, facts, now.warnings(), now.partyCues());
  }

  /**
   * The ledger as every output shows it ({@link LedgerView}), with pseudonyms replaced by the names
   * they stand for (a case read again keeps the numbers it gave, a fresh one numbers anew) and ids
   * left out.
   */
  private static List<String> snapshot(CaseStore store) {
    LedgerView view = LedgerView.load(store.ledger());
    Map<String, String> names = store.ledger().identities();
    List<String> out = new ArrayList<>();
    for (LedgerView.EntityView e : view.entities()) {
      out.add(
          named(
              names,
              "entity "
                  + e.type()
                  + " "
                  + e.value()
                  + " "
                  + e.normalized()
                  + " "
                  + e.role()
                  + " "
                  + e.currency()
                  + " doubtful="
                  + view.doubtful(e.id())
                  + " "
                  + e.mentions()));
      for (LedgerView.EvidenceView x : view.evidence(e.id())) {
        out.add(named(names, "evidence " + e.value() + " " + x));
      }
    }
    for (var p : view.people()) {
      out.add(named(names, "person " + p.label() + " " + p.role() + " " + p.confirmed()));
    }
    for (LedgerView.FactView f : view.facts()) {
      out.add(
          named(
              names,
              "fact "
                  + f.type()
                  + " "
                  + f.status()
                  + " "
                  + f.subject()
                  + " "
                  + f.object()
                  + " "
                  + f.amount()
                  + " "
                  + f.percent()
                  + " "
                  + f.date()
                  + " "
                  + f.place()
                  + " "
                  + f.confidence()
                  + " "
                  + f.flags()
                  + " "
                  + f.provenance()));
    }
    out.sort(String::compareTo);
    return out;
  }

  private static final Pattern PSEUDONYM = Pattern.compile("V-\\d{3,}");

  private static String named(Map<String, String> names, String text) {
    Matcher m = PSEUDONYM.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(names.getOrDefault(m.group(), m.group())));
    }
    m.appendTail(out);
    return out.toString();
  }

  private CaseStore open(String name) {
    return CaseStore.open(CaseLocation.directory(tmp.resolve(name)));
  }

  private static LedgerRows.Fact factTo(CaseStore store, long entityId) {
    return store.ledger().facts().stream()
        .filter(f -> f.content().object().filter(o -> o == entityId).isPresent())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no fact to E" + entityId));
  }

  private static JsonNode entityJson(JsonNode root, long entityId) {
    return StreamSupport.stream(root.path("entities").spliterator(), false)
        .filter(n -> n.path("id").asText().equals("E" + entityId))
        .findFirst()
        .orElseThrow(() -> new AssertionError("E" + entityId + " is not in the JSON"));
  }
}
