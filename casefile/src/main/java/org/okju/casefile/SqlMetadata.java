package org.okju.casefile;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** {@link Metadata} in SQL: item_metadata. */
final class SqlMetadata implements Metadata {
  private final Scope scope;

  SqlMetadata(Scope scope) {
    this.scope = scope;
  }

  @Override
  public void put(ItemId item, Map<String, String> entries) {
    scope.write(
        "store metadata",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO item_metadata (item_id, name, value) VALUES (?, ?, ?)"
                      + " ON CONFLICT (item_id, name) DO UPDATE SET value = excluded.value")) {
            for (Map.Entry<String, String> e : new TreeMap<>(entries).entrySet()) {
              s.setLong(1, item.value());
              s.setString(2, e.getKey());
              s.setString(3, e.getValue());
              s.addBatch();
            }
            s.executeBatch();
            return null;
          }
        });
  }

  @Override
  public SortedMap<String, String> of(ItemId item) {
    return scope.read(
        "read metadata",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement("SELECT name, value FROM item_metadata WHERE item_id = ?")) {
            s.setLong(1, item.value());
            SortedMap<String, String> out = new TreeMap<>();
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                out.put(r.getString(1), r.getString(2));
              }
            }
            return out;
          }
        });
  }
}
