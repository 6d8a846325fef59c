package org.okju.casefile;

import java.util.List;
import java.util.Optional;

/**
 * A page of the catalogue.
 *
 * @param items the rows, in the query's order
 * @param next the cursor of the page after this one; empty on the last page
 */
public record CataloguePage(List<Item> items, Optional<String> next) {
  public CataloguePage {
    items = List.copyOf(items);
  }
}
