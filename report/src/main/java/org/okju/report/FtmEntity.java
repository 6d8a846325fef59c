package org.okju.report;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A FollowTheMoney entity: id, schema ({@code Document}, {@code Person}, {@code Payment}…) and
 * properties, each a list of strings, as the followthemoney model defines them.
 *
 * @param id unique within the export
 * @param schema the FtM schema name
 * @param properties property name to values (copied, sorted)
 */
public record FtmEntity(String id, String schema, SortedMap<String, List<String>> properties) {
  public FtmEntity {
    TreeMap<String, List<String>> copy = new TreeMap<>();
    properties.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    properties = Collections.unmodifiableSortedMap(copy);
  }

  /** An entity from a plain map. */
  public static FtmEntity of(String id, String schema, Map<String, List<String>> properties) {
    return new FtmEntity(id, schema, new TreeMap<>(properties));
  }
}
