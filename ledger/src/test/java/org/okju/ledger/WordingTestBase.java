package org.okju.ledger;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;

/**
 * What the wording tests share: one extractor for the class (loading its models is the slow part),
 * a document read from lines, the distinct normalised entities of one type, the people the filter
 * does not doubt, and the facts of one type as short strings to compare.
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

  /** The distinct people the person filter does not doubt. */
  static List<String> undoubtedPeople(Extraction x) {
    return x.entities().stream()
        .filter(e -> e.type() == EntityType.PERSON)
        .filter(e -> !e.flags().contains(PersonFilter.DOUBTFUL))
        .map(EntityMention::normalized)
        .distinct()
        .toList();
  }

  /** The facts of one type as "subject|object" (a meeting's object is its place). */
  static List<String> facts(Extraction x, FactType type) {
    return facts(x, type, f -> (type == FactType.MEETING ? f.place() : f.object()).orElse("?"));
  }

  /** The payments as "payer|payee|amount". */
  static List<String> payments(Extraction x) {
    return facts(
        x,
        FactType.PAYMENT,
        f ->
            f.object().orElse("?")
                + "|"
                + f.amount().map(m -> m.value().toPlainString()).orElse("?"));
  }

  /** The shares as "subject|percent". */
  static List<String> shares(Extraction x) {
    return facts(x, FactType.SHARE, f -> f.percent().map(p -> p.toPlainString()).orElse("?"));
  }

  private static List<String> facts(
      Extraction x, FactType type, Function<SuggestedFact, String> rest) {
    return x.facts().stream()
        .filter(f -> f.type() == type)
        .map(f -> f.subject().orElse("?") + "|" + rest.apply(f))
        .toList();
  }
}
