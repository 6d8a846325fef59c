package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.okju.ledger.StoredReadings.add;
import static org.okju.ledger.StoredReadings.entity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.casefile.CaseLocation;
import org.okju.casefile.CaseStore;

/**
 * The learnt person doubt reaches the stored case: a fictional note in which the rules take
 * "Backup" and "Sushi" for people is stored with their mentions flagged, the view and the ledger
 * JSON call them doubtful, the names beside them and the party to a payment are not, and reading
 * the document again replaces the flags.
 */
class DoubtfulPersonStoredTest {
  private static final String NOTE =
      """
      2024-05-03
      Note to self - Backup everything.
      Dinner with Minji later, she likes Sushi.
      Invoice sent to Marco, 300k.\
      """;

  private static LedgerExtractor extractor;

  @TempDir Path tmp;

  @BeforeAll
  static void load() {
    extractor = new LedgerExtractor();
  }

  @Test
  void theDoubtedWordsAreStoredListedAndWrittenAsDoubtfulAndTheOthersAreNot() throws Exception {
    try (CaseStore store = CaseStore.open(CaseLocation.directory(tmp.resolve("case")))) {
      DocumentText doc = DocumentText.of("note.txt", NOTE);
      add(store, doc, extractor.extract(doc));

      long backup = entity(store, "Backup");
      assertThat(store.ledger().mentions())
          .filteredOn(m -> m.entityId() == backup)
          .isNotEmpty()
          .allSatisfy(m -> assertThat(m.flags()).contains(PersonFilter.DOUBTFUL));

      LedgerView view = LedgerView.load(store.ledger());
      assertThat(view.doubtful(backup)).isTrue();
      assertThat(view.doubtful(entity(store, "Sushi"))).isTrue();
      assertThat(view.doubtful(entity(store, "Minji"))).isFalse();
      assertThat(view.doubtful(entity(store, "Marco"))).isFalse(); // paid: a party to a fact
      // Doubted, not dropped: still a person of the case, shown by pseudonym.
      assertThat(view.people()).anyMatch(p -> p.entityId() == backup);

      JsonNode entities = new ObjectMapper().readTree(LedgerJson.write(view, view.facts()));
      assertThat(json(entities, backup).path("doubtful").asBoolean(false)).isTrue();
      assertThat(json(entities, backup).path("value").asText()).doesNotContain("Backup");
      assertThat(json(entities, entity(store, "Marco")).path("doubtful").isBoolean()).isTrue();
      assertThat(json(entities, entity(store, "Marco")).path("doubtful").asBoolean(true)).isFalse();
    }
  }

  @Test
  void readingTheDocumentAgainReplacesItsMentionsFlags() throws Exception {
    try (CaseStore store = CaseStore.open(CaseLocation.directory(tmp.resolve("case")))) {
      DocumentText doc = DocumentText.of("note.txt", NOTE);
      Extraction x = extractor.extract(doc);
      add(store, doc, x);
      long backup = entity(store, "Backup");
      assertThat(LedgerView.load(store.ledger()).doubtful(backup)).isTrue();

      // A later reader no longer doubts anyone.
      Extraction trusted =
          new Extraction(
              x.document(),
              x.entities().stream()
                  .map(
                      e ->
                          e.withFlags(
                              e.flags().stream()
                                  .filter(f -> !f.equals(PersonFilter.DOUBTFUL))
                                  .toList()))
                  .toList(),
              x.facts(),
              x.warnings(),
              x.partyCues());
      add(store, doc, trusted);
      assertThat(LedgerView.load(store.ledger()).doubtful(backup)).isFalse();
    }
  }

  @Test
  void aPersonWhoseRoleAReviewerConfirmedIsNoLongerDoubtful() throws Exception {
    try (CaseStore store = CaseStore.open(CaseLocation.directory(tmp.resolve("case")))) {
      DocumentText doc = DocumentText.of("note.txt", NOTE);
      add(store, doc, extractor.extract(doc));
      long backup = entity(store, "Backup");
      assertThat(LedgerView.load(store.ledger()).doubtful(backup)).isTrue();

      new LedgerCase(store, "test", Clock.systemUTC())
          .role(backup, PersonRole.WITNESS, false, "reviewer");

      LedgerView view = LedgerView.load(store.ledger());
      assertThat(view.doubtful(backup)).isFalse();
      assertThat(view.doubtful(entity(store, "Sushi"))).isTrue();
    }
  }

  private static JsonNode json(JsonNode root, long entityId) {
    return StreamSupport.stream(root.path("entities").spliterator(), false)
        .filter(n -> n.path("id").asText().equals("E" + entityId))
        .findFirst()
        .orElseThrow(() -> new AssertionError("E" + entityId + " is not in the JSON"));
  }
}
