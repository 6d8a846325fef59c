package org.okju.casefile;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The reviewers' splits of {@link Copies} in SQL: tables tape_split and tape_split_item. */
final class SqlTapeSplits {
  private final Scope scope;

  SqlTapeSplits(Scope scope) {
    this.scope = scope;
  }

  long add(Copies.Split split) {
    return scope.write(
        "store tape split",
        c -> {
          long id;
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO tape_split (tape_id, username, decided_at, reason)"
                      + " VALUES (?, ?, ?, ?) RETURNING id")) {
            s.setString(1, split.tape());
            s.setString(2, split.user());
            s.setString(3, StoredTime.format(split.decidedAt()));
            s.setString(4, split.reason());
            try (ResultSet r = s.executeQuery()) {
              r.next();
              id = r.getLong(1);
            }
          }
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO tape_split_item (split_id, item_id, side) VALUES (?, ?, ?)")) {
            for (ItemId item : split.moved()) {
              s.setLong(1, id);
              s.setLong(2, item.value());
              s.setString(3, "moved");
              s.addBatch();
            }
            for (ItemId item : split.kept()) {
              s.setLong(1, id);
              s.setLong(2, item.value());
              s.setString(3, "kept");
              s.addBatch();
            }
            s.executeBatch();
          }
          return id;
        });
  }

  List<Copies.Split> all() {
    return scope.read(
        "read tape splits",
        c -> {
          Map<Long, String[]> heads = new LinkedHashMap<>();
          try (PreparedStatement s =
                  c.prepareStatement(
                      "SELECT id, tape_id, username, decided_at, reason FROM tape_split"
                          + " ORDER BY id");
              ResultSet r = s.executeQuery()) {
            while (r.next()) {
              heads.put(
                  r.getLong(1),
                  new String[] {r.getString(2), r.getString(3), r.getString(4), r.getString(5)});
            }
          }
          Map<Long, Set<ItemId>> moved = new LinkedHashMap<>();
          Map<Long, Set<ItemId>> kept = new LinkedHashMap<>();
          try (PreparedStatement s =
                  c.prepareStatement("SELECT split_id, item_id, side FROM tape_split_item");
              ResultSet r = s.executeQuery()) {
            while (r.next()) {
              (r.getString(3).equals("moved") ? moved : kept)
                  .computeIfAbsent(r.getLong(1), k -> new HashSet<>())
                  .add(new ItemId(r.getLong(2)));
            }
          }
          List<Copies.Split> out = new ArrayList<>();
          heads.forEach(
              (id, h) ->
                  out.add(
                      new Copies.Split(
                          id,
                          h[0],
                          h[1],
                          StoredTime.parse(h[2]),
                          h[3],
                          moved.getOrDefault(id, Set.of()),
                          kept.getOrDefault(id, Set.of()))));
          return out;
        });
  }
}
