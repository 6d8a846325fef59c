package org.okju.ledger;

import java.util.List;

/**
 * What one document yielded.
 *
 * @param document the document's name
 * @param entities every entity mention, in reading order
 * @param facts every suggested fact, in reading order
 */
public record Extraction(
    String document,
    List<EntityMention> entities,
    List<SuggestedFact> facts,
    List<String> warnings) {
  public Extraction {
    entities = List.copyOf(entities);
    facts = List.copyOf(facts);
    warnings = List.copyOf(warnings);
  }
}
