package org.okju.casefile;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** {@link HashSets} in SQL: hash_set, hash_set_entry and hash_set_match. */
final class SqlHashSets implements HashSets {
  private static final String SET_COLUMNS =
      "id, name, kind, format, file_sha256, imported_at, username, entry_count, problem_count";

  private final Scope scope;

  SqlHashSets(Scope scope) {
    this.scope = scope;
  }

  @Override
  public long create(
      String name, String kind, String format, String fileSha256, Instant importedAt, String user) {
    if (find(name).isPresent()) {
      throw new IllegalArgumentException("a hash set named '" + name + "' is already imported");
    }
    return scope.write(
        "register hash set",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO hash_set (name, kind, format, file_sha256, imported_at, username)"
                      + " VALUES (?, ?, ?, ?, ?, ?) RETURNING id")) {
            s.setString(1, name);
            s.setString(2, kind);
            s.setString(3, format);
            s.setString(4, fileSha256);
            s.setString(5, StoredTime.format(importedAt));
            s.setString(6, user);
            try (ResultSet r = s.executeQuery()) {
              r.next();
              return r.getLong(1);
            }
          }
        });
  }

  @Override
  public void addEntries(long hashSet, List<Entry> entries) {
    scope.write(
        "add hash set entries",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO hash_set_entry (hash_set_id, hash_kind, hash, label)"
                      + " VALUES (?, ?, ?, ?)")) {
            for (Entry e : entries) {
              s.setLong(1, hashSet);
              s.setString(2, e.hashKind());
              s.setString(3, e.hash());
              s.setString(4, e.label().orElse(null));
              s.addBatch();
            }
            s.executeBatch();
          }
          return null;
        });
  }

  @Override
  public void finish(long hashSet, long entries, long problems) {
    scope.write(
        "finish hash set import",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "UPDATE hash_set SET entry_count = ?, problem_count = ? WHERE id = ?")) {
            s.setLong(1, entries);
            s.setLong(2, problems);
            s.setLong(3, hashSet);
            s.executeUpdate();
          }
          return null;
        });
  }

  @Override
  public boolean remove(long hashSet) {
    return scope.write(
        "remove hash set",
        c -> {
          for (String table : List.of("hash_set_match", "hash_set_entry")) {
            try (PreparedStatement s =
                c.prepareStatement("DELETE FROM " + table + " WHERE hash_set_id = ?")) {
              s.setLong(1, hashSet);
              s.executeUpdate();
            }
          }
          try (PreparedStatement s = c.prepareStatement("DELETE FROM hash_set WHERE id = ?")) {
            s.setLong(1, hashSet);
            return s.executeUpdate() == 1;
          }
        });
  }

  @Override
  public List<HashSet> list() {
    return scope.read("list hash sets", c -> sets(c, "ORDER BY id", null));
  }

  @Override
  public Optional<HashSet> find(String name) {
    return scope.read("find hash set", c -> sets(c, "WHERE name = ?", name).stream().findFirst());
  }

  private static List<HashSet> sets(Connection c, String where, String name) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT " + SET_COLUMNS + " FROM hash_set " + where)) {
      if (name != null) {
        s.setString(1, name);
      }
      List<HashSet> out = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          long entries = r.getLong(8);
          boolean counted = !r.wasNull();
          long problems = r.getLong(9);
          out.add(
              new HashSet(
                  r.getLong(1),
                  r.getString(2),
                  r.getString(3),
                  r.getString(4),
                  r.getString(5),
                  StoredTime.parse(r.getString(6)),
                  r.getString(7),
                  counted ? Optional.of(entries) : Optional.empty(),
                  counted ? Optional.of(problems) : Optional.empty()));
        }
      }
      return out;
    }
  }

  @Override
  public Stream<SetEntry> pdqEntries() {
    return scope.stream(
        "stream PDQ entries",
        "SELECT hash_set_id, hash, label FROM hash_set_entry WHERE hash_kind = 'pdq'"
            + " ORDER BY hash_set_id, hash",
        s -> {},
        r ->
            new SetEntry(
                r.getLong(1),
                new Entry("pdq", r.getString(2), Optional.ofNullable(r.getString(3)))));
  }

  @Override
  public List<Match> exactMatches() {
    return scope.read(
        "match digests",
        c -> {
          List<Match> out = new ArrayList<>();
          for (String kind : List.of("md5", "sha1", "sha256")) {
            // One indexed join per digest: an OR over three columns would defeat the indexes.
            try (PreparedStatement s =
                c.prepareStatement(
                    "SELECT DISTINCT i.id, e.hash_set_id, e.hash FROM hash_set_entry e"
                        + " JOIN item i ON i."
                        + kind
                        + " = e.hash WHERE e.hash_kind = ? ORDER BY i.id, e.hash_set_id")) {
              s.setString(1, kind);
              try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                  out.add(
                      new Match(new ItemId(r.getLong(1)), r.getLong(2), kind, r.getString(3), 0));
                }
              }
            }
          }
          return out;
        });
  }

  @Override
  public void replaceMatches(List<Match> matches) {
    scope.write(
        "store hash set matches",
        c -> {
          try (PreparedStatement s = c.prepareStatement("DELETE FROM hash_set_match")) {
            s.executeUpdate();
          }
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO hash_set_match (item_id, hash_set_id, hash_kind, hash, distance)"
                      + " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            for (Match m : matches) {
              s.setLong(1, m.item().value());
              s.setLong(2, m.hashSet());
              s.setString(3, m.hashKind());
              s.setString(4, m.hash());
              s.setInt(5, m.distance());
              s.addBatch();
            }
            s.executeBatch();
          }
          return null;
        });
  }

  @Override
  public List<Match> matches() {
    return scope.read(
        "read hash set matches",
        c -> {
          try (PreparedStatement s =
                  c.prepareStatement(
                      "SELECT item_id, hash_set_id, hash_kind, hash, distance FROM hash_set_match"
                          + " ORDER BY item_id, hash_set_id, hash_kind, hash");
              ResultSet r = s.executeQuery()) {
            List<Match> out = new ArrayList<>();
            while (r.next()) {
              out.add(
                  new Match(
                      new ItemId(r.getLong(1)),
                      r.getLong(2),
                      r.getString(3),
                      r.getString(4),
                      r.getInt(5)));
            }
            return out;
          }
        });
  }
}
