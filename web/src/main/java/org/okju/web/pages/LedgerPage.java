package org.okju.web.pages;

import java.util.List;

/**
 * The ledger review queue: facts read from the diaries with their quoted line and document, decided
 * with buttons or keys (j/k to move, c confirm, r reject, e edit); the people to merge; the money
 * network and timeline of the confirmed facts.
 */
public record LedgerPage(
    Chrome chrome,
    String status,
    List<Count> counts,
    List<FactRow> facts,
    List<Entity> people,
    boolean mayReview) {
  public LedgerPage {
    counts = List.copyOf(counts);
    facts = List.copyOf(facts);
    people = List.copyOf(people);
  }

  /** Facts with a status. */
  public record Count(String status, long count) {}

  /** A person entity, for merging spellings. */
  public record Entity(long id, String name) {}
}
