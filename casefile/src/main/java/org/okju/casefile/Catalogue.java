package org.okju.casefile;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The catalogue read by people: filtered, sorted, keyset-paged pages and the counts a dashboard
 * shows. Thread-safe.
 *
 * <p>Every method throws {@link CaseStoreException} when the database fails.
 */
public interface Catalogue {
  /**
   * One page of items.
   *
   * @throws IllegalArgumentException when the query's cursor is malformed or of another sort
   */
  CataloguePage page(CatalogueQuery query);

  /**
   * The same page as {@link #page} as a listing shows it: the rows' listed columns only, each with
   * the value of the metadata {@code flagName} (read on the same connection, so a listing is one
   * trip to the pool).
   *
   * @throws IllegalArgumentException when the query's cursor is malformed or of another sort
   */
  CatalogueRows rows(CatalogueQuery query, String flagName);

  /** Items per media type (no type: the key {@code ""}). */
  Map<String, Long> countsByType();

  /** Items per status word ({@code ok}, {@code warning}, {@code error}, {@code skipped}). */
  Map<String, Long> countsByStatus();

  /**
   * An item's place in a tape.
   *
   * @param tape the tape's id ({@code T-001})
   * @param relation its relation to the tape's representative
   * @param evidence why it is a copy, a JSON object
   */
  record Membership(String tape, String relation, String evidence) {}

  /**
   * The item's summary on one connection: the item, the value of its metadata {@code flagName}, its
   * image PDQ, its count of video frames and its tape. Empty: no such item.
   */
  java.util.Optional<ItemCard> card(ItemId item, String flagName);

  /** The tapes the items belong to (an item of a compilation may be in several; first by id). */
  Map<ItemId, Membership> memberships(Collection<ItemId> items);

  /** The value of one metadata name for each of the items that has it. */
  Map<ItemId, String> metadataValue(String name, Collection<ItemId> items);

  /** What an item matched in the imported hash sets, by set. */
  List<HashSets.Match> matchesOf(ItemId item);
}
