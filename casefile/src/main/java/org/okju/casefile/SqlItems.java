package org.okju.casefile;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@link Items} in SQL.
 *
 * <p>The unique key is (source_id, parent_key, path_sha256) rather than (source_id, parent_id,
 * path): NULL parents would never conflict (SQL treats NULLs as distinct), and a path can be longer
 * than a PostgreSQL b-tree entry allows. parent_key is the parent id or 0.
 */
final class SqlItems implements Items {
  static final String COLUMNS =
      "id, source_id, parent_id, path, size, modified_at, changed_at, accessed_at, created_at,"
          + " media_type, extension_mismatch, md5, sha1, sha256, status, progress";

  private static final String UPSERT =
      "INSERT INTO item (source_id, parent_id, parent_key, path, path_sha256, path_display, size,"
          + " modified_at, changed_at, accessed_at, created_at, media_type, extension_mismatch,"
          + " md5, sha1, sha256, status, progress)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
          + " ON CONFLICT (source_id, parent_key, path_sha256) DO UPDATE SET"
          + " size = excluded.size, modified_at = excluded.modified_at,"
          + " changed_at = excluded.changed_at, accessed_at = excluded.accessed_at,"
          + " created_at = excluded.created_at, media_type = excluded.media_type,"
          + " extension_mismatch = excluded.extension_mismatch, md5 = excluded.md5,"
          + " sha1 = excluded.sha1, sha256 = excluded.sha256, status = excluded.status,"
          + " progress = excluded.progress"
          + " RETURNING id";

  private final Scope scope;

  SqlItems(Scope scope) {
    this.scope = scope;
  }

  @Override
  public ItemId upsert(NewItem item) {
    return scope.write(
        "upsert item",
        c -> {
          try (PreparedStatement s = c.prepareStatement(UPSERT)) {
            byte[] path = item.path().bytes();
            s.setLong(1, item.source().value());
            if (item.parent().isPresent()) {
              s.setLong(2, item.parent().get().value());
            } else {
              s.setNull(2, java.sql.Types.BIGINT);
            }
            s.setLong(3, parentKey(item.parent()));
            s.setBytes(4, path);
            s.setBytes(5, sha256(path));
            s.setString(6, item.path().display());
            Columns.setLong(s, 7, item.size());
            Columns.setTime(s, 8, item.times().modified());
            Columns.setTime(s, 9, item.times().changed());
            Columns.setTime(s, 10, item.times().accessed());
            Columns.setTime(s, 11, item.times().created());
            Columns.setText(s, 12, item.mediaType());
            s.setBoolean(13, item.extensionMismatch());
            Columns.setText(s, 14, item.digests().md5().map(Md5::toHex));
            Columns.setText(s, 15, item.digests().sha1().map(Sha1::toHex));
            Columns.setText(s, 16, item.digests().sha256().map(Sha256::toHex));
            s.setString(17, item.status().code());
            s.setString(18, item.progress().code());
            try (ResultSet r = s.executeQuery()) {
              r.next();
              return new ItemId(r.getLong(1));
            }
          }
        });
  }

  @Override
  public void markProgress(ItemId id, ItemProgress progress) {
    scope.write(
        "mark item progress",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement("UPDATE item SET progress = ? WHERE id = ?")) {
            s.setString(1, progress.code());
            s.setLong(2, id.value());
            if (s.executeUpdate() != 1) {
              throw new SQLException("no item " + id.value());
            }
            return null;
          }
        });
  }

  @Override
  public Optional<Item> find(ItemId id) {
    return list("find item", "WHERE id = ?", s -> s.setLong(1, id.value())).stream().findFirst();
  }

  @Override
  public Optional<Item> find(SourceId source, Optional<ItemId> parent, ItemPath path) {
    return list(
            "find item by path",
            "WHERE source_id = ? AND parent_key = ? AND path_sha256 = ?",
            s -> {
              s.setLong(1, source.value());
              s.setLong(2, parentKey(parent));
              s.setBytes(3, sha256(path.bytes()));
            })
        .stream()
        .findFirst();
  }

  @Override
  public List<Item> findBySha256(Sha256 sha256) {
    return list("find items by SHA-256", "WHERE sha256 = ?", s -> s.setString(1, sha256.toHex()));
  }

  @Override
  public long count(SourceId source) {
    return scope.read(
        "count items",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement("SELECT COUNT(*) FROM item WHERE source_id = ?")) {
            s.setLong(1, source.value());
            try (ResultSet r = s.executeQuery()) {
              r.next();
              return r.getLong(1);
            }
          }
        });
  }

  @Override
  public Set<ItemId> containers(SourceId source) {
    return scope.read(
        "find archives with members",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT DISTINCT parent_key FROM item WHERE source_id = ? AND parent_key <> 0")) {
            s.setLong(1, source.value());
            Set<ItemId> out = new HashSet<>();
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                out.add(new ItemId(r.getLong(1)));
              }
            }
            return out;
          }
        });
  }

  @Override
  public Stream<Item> stream(SourceId source) {
    return scope.stream(
        "stream items",
        "SELECT " + COLUMNS + " FROM item WHERE source_id = ? ORDER BY id",
        s -> s.setLong(1, source.value()),
        SqlItems::map);
  }

  @Override
  public Stream<Item> children(SourceId source, Optional<ItemId> parent) {
    // Both databases order BLOB/BYTEA by unsigned bytes (memcmp), so the order is the same.
    return scope.stream(
        "stream child items",
        "SELECT " + COLUMNS + " FROM item WHERE source_id = ? AND parent_key = ? ORDER BY path",
        s -> {
          s.setLong(1, source.value());
          s.setLong(2, parentKey(parent));
        },
        SqlItems::map);
  }

  @Override
  public Stream<Item> streamAll() {
    return scope.stream(
        "stream items", "SELECT " + COLUMNS + " FROM item ORDER BY id", s -> {}, SqlItems::map);
  }

  private List<Item> list(String operation, String where, Scope.Binder binder) {
    return scope.read(
        operation,
        c -> {
          try (PreparedStatement s =
              c.prepareStatement("SELECT " + COLUMNS + " FROM item " + where + " ORDER BY id")) {
            binder.bind(s);
            List<Item> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                out.add(map(r));
              }
            }
            return out;
          }
        });
  }

  static Item map(ResultSet r) throws SQLException {
    return new Item(
        new ItemId(r.getLong("id")),
        new SourceId(r.getLong("source_id")),
        Columns.longValue(r, "parent_id").stream().mapToObj(ItemId::new).findFirst(),
        ItemPath.ofBytes(r.getBytes("path")),
        Columns.longValue(r, "size"),
        new FileTimes(
            Columns.time(r, "modified_at"),
            Columns.time(r, "changed_at"),
            Columns.time(r, "accessed_at"),
            Columns.time(r, "created_at")),
        Columns.text(r, "media_type"),
        r.getBoolean("extension_mismatch"),
        new Digests(
            Columns.text(r, "md5").map(Md5::parse),
            Columns.text(r, "sha1").map(Sha1::parse),
            Columns.text(r, "sha256").map(Sha256::parse)),
        ItemStatus.ofCode(r.getString("status")),
        ItemProgress.ofCode(r.getString("progress")));
  }

  private static long parentKey(Optional<ItemId> parent) {
    return parent.map(ItemId::value).orElse(0L);
  }

  static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
  }
}
