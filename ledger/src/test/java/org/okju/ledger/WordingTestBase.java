package org.okju.ledger;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;

/**
 * What the wording tests share: one extractor for the class (loading its models is the slow part),
 * a document read from lines, and the distinct normalised entities of one type.
 */
abstract class WordingTestBase {
  private static LedgerExtractor extractor;

  @BeforeAll
  static void load() {
    extractor = new LedgerExtractor();
  }

  static Extraction read(String... lines) {
    return extractor.extract(DocumentText.of("t.txt", String.join("\n", lines)));
  }

  static List<String> normalized(Extraction x, EntityType type) {
    return x.entities().stream()
        .filter(e -> e.type() == type)
        .map(EntityMention::normalized)
        .distinct()
        .toList();
  }
}
