package org.okju.casefile;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** {@link ItemTexts} in SQL: item_text. */
final class SqlItemTexts implements ItemTexts {
  private static final String COLUMNS =
      "id, item_id, method, charset, body, status, message, extracted_at, ledger_read_at";

  private final Scope scope;

  SqlItemTexts(Scope scope) {
    this.scope = scope;
  }

  @Override
  public void put(NewItemText t) {
    String body = String.join("\f", t.pages());
    scope.write(
        "store item text",
        c -> {
          // Delete and insert (not update): a new text gets a new id, which a search index sees.
          try (PreparedStatement d = c.prepareStatement("DELETE FROM item_text WHERE item_id = ?");
              PreparedStatement s =
                  c.prepareStatement(
                      "INSERT INTO item_text (item_id, method, charset, pages, characters, body,"
                          + " body_sha256, status, message, extracted_at)"
                          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            d.setLong(1, t.item().value());
            d.executeUpdate();
            s.setLong(1, t.item().value());
            s.setString(2, t.method());
            Columns.setText(s, 3, t.charset());
            s.setInt(4, t.pages().size());
            s.setLong(5, body.length());
            s.setString(6, body);
            s.setString(7, sha256(body));
            s.setString(8, t.status());
            Columns.setText(s, 9, t.message());
            s.setString(10, StoredTime.format(t.extractedAt()));
            s.executeUpdate();
            return null;
          }
        });
  }

  @Override
  public void remove(ItemId item) {
    scope.write(
        "remove item text",
        c -> {
          try (PreparedStatement d =
              c.prepareStatement("DELETE FROM item_text WHERE item_id = ?")) {
            d.setLong(1, item.value());
            d.executeUpdate();
            return null;
          }
        });
  }

  @Override
  public Optional<ItemText> of(ItemId item) {
    return one("read item text", "item_id", item.value());
  }

  @Override
  public Optional<ItemText> find(long id) {
    return one("find item text", "id", id);
  }

  private Optional<ItemText> one(String operation, String column, long value) {
    return scope.read(
        operation,
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT " + COLUMNS + " FROM item_text WHERE " + column + " = ?")) {
            s.setLong(1, value);
            try (ResultSet r = s.executeQuery()) {
              return r.next() ? Optional.of(map(r)) : Optional.empty();
            }
          }
        });
  }

  @Override
  public Stream<ItemText> after(long afterId) {
    return scope.stream(
        "stream item texts",
        "SELECT " + COLUMNS + " FROM item_text WHERE id > ? ORDER BY id",
        s -> s.setLong(1, afterId),
        SqlItemTexts::map);
  }

  @Override
  public Stream<Long> ids() {
    return scope.stream(
        "stream item text ids", "SELECT id FROM item_text ORDER BY id", s -> {}, r -> r.getLong(1));
  }

  @Override
  public Stream<ItemText> unreadByLedger() {
    return scope.stream(
        "stream texts the ledger has not read",
        "SELECT " + COLUMNS + " FROM item_text WHERE ledger_read_at IS NULL ORDER BY id",
        s -> {},
        SqlItemTexts::map);
  }

  @Override
  public void ledgerRead(long id, Instant when) {
    scope.write(
        "mark item text read by the ledger",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement("UPDATE item_text SET ledger_read_at = ? WHERE id = ?")) {
            s.setString(1, StoredTime.format(when));
            s.setLong(2, id);
            s.executeUpdate();
            return null;
          }
        });
  }

  @Override
  public Extent extent() {
    return scope.read(
        "count item texts",
        c -> {
          try (PreparedStatement s =
                  c.prepareStatement("SELECT COALESCE(MAX(id), 0), COUNT(*) FROM item_text");
              ResultSet r = s.executeQuery()) {
            r.next();
            return new Extent(r.getLong(1), r.getLong(2));
          }
        });
  }

  private static ItemText map(ResultSet r) throws SQLException {
    String body = r.getString("body");
    return new ItemText(
        r.getLong("id"),
        new ItemId(r.getLong("item_id")),
        r.getString("method"),
        Columns.text(r, "charset"),
        List.of(body.split("\f", -1)),
        r.getString("status"),
        Columns.text(r, "message"),
        StoredTime.parse(r.getString("extracted_at")),
        Columns.time(r, "ledger_read_at"));
  }

  private static String sha256(String body) {
    try {
      return Hex.encode(
          MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
