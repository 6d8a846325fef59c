package org.okju.casefile;

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

  /** Items per media type (no type: the key {@code ""}). */
  Map<String, Long> countsByType();

  /** Items per status word ({@code ok}, {@code warning}, {@code error}, {@code skipped}). */
  Map<String, Long> countsByStatus();
}
