package org.okju.casefile;

import java.util.List;
import java.util.Optional;

/**
 * A page of a catalogue listing.
 *
 * @param rows the rows, in the query's order
 * @param next the cursor of the page after this one; empty on the last page
 */
public record CatalogueRows(List<CatalogueRow> rows, Optional<String> next) {
  public CatalogueRows {
    rows = List.copyOf(rows);
  }
}
