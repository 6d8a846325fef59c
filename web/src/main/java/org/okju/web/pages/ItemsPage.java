package org.okju.web.pages;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue: the filter form with its current values, and a page of rows (no pixels).
 *
 * @param filters the current filter values by parameter name
 * @param sets the case's hash sets, for the filter
 */
public record ItemsPage(
    Chrome chrome, Map<String, String> filters, List<String> sets, Results results) {
  public ItemsPage {
    filters = Map.copyOf(filters);
    sets = List.copyOf(sets);
  }

  /** The value of a filter, or {@code ""}. */
  public String filter(String name) {
    return filters.getOrDefault(name, "");
  }

  /** Whether a select's option is the current value. */
  public boolean selected(String name, String value) {
    return filter(name).equals(value);
  }

  /**
   * A page of rows.
   *
   * @param next the link to the next page; empty on the last
   * @param first the link back to the first page; empty on it
   */
  public record Results(
      String caseName, List<Row> rows, Optional<String> next, Optional<String> first) {
    public Results {
      rows = List.copyOf(rows);
    }
  }

  /** One catalogued item. */
  public record Row(
      long id,
      String path,
      String type,
      String size,
      String sha256,
      String status,
      String modified,
      String tape,
      String relation) {
    /** The first 16 hex digits (the whole one is on the item's page). */
    public String shortSha256() {
      return sha256.length() > 16 ? sha256.substring(0, 16) + "…" : sha256;
    }
  }
}
