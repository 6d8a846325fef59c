package org.okju.casefile;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** {@link ItemErrors} in SQL. */
final class SqlItemErrors implements ItemErrors {
  private static final String COLUMNS = "item_id, stage, kind, severity, message, recorded_at";

  private final Scope scope;

  SqlItemErrors(Scope scope) {
    this.scope = scope;
  }

  @Override
  public void record(ItemError error) {
    scope.write(
        "record item error",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO item_error ("
                      + COLUMNS
                      + ") VALUES (?, ?, ?, ?, ?, ?)"
                      + " ON CONFLICT (item_id, stage, kind) DO UPDATE SET"
                      + " severity = excluded.severity, message = excluded.message,"
                      + " recorded_at = excluded.recorded_at")) {
            s.setLong(1, error.item().value());
            s.setString(2, error.stage());
            s.setString(3, error.kind());
            s.setString(4, error.severity().code());
            s.setString(5, error.message());
            s.setString(6, StoredTime.format(error.recorded()));
            s.executeUpdate();
            return null;
          }
        });
  }

  @Override
  public void clear(ItemId item, String stage) {
    scope.write(
        "clear item errors",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement("DELETE FROM item_error WHERE item_id = ? AND stage = ?")) {
            s.setLong(1, item.value());
            s.setString(2, stage);
            s.executeUpdate();
            return null;
          }
        });
  }

  @Override
  public List<ItemError> of(ItemId item) {
    return scope.read(
        "read item errors",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT "
                      + COLUMNS
                      + " FROM item_error WHERE item_id = ? ORDER BY stage, kind")) {
            s.setLong(1, item.value());
            List<ItemError> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                out.add(map(r));
              }
            }
            return out;
          }
        });
  }

  @Override
  public long count(ErrorSeverity severity) {
    return scope.read(
        "count item errors",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement("SELECT COUNT(*) FROM item_error WHERE severity = ?")) {
            s.setString(1, severity.code());
            try (ResultSet r = s.executeQuery()) {
              r.next();
              return r.getLong(1);
            }
          }
        });
  }

  @Override
  public Stream<ItemError> streamAll() {
    return scope.stream(
        "stream item errors",
        "SELECT " + COLUMNS + " FROM item_error ORDER BY item_id, stage, kind",
        s -> {},
        SqlItemErrors::map);
  }

  private static ItemError map(ResultSet r) throws SQLException {
    return new ItemError(
        new ItemId(r.getLong("item_id")),
        r.getString("stage"),
        r.getString("kind"),
        ErrorSeverity.ofCode(r.getString("severity")),
        r.getString("message"),
        StoredTime.parse(r.getString("recorded_at")));
  }
}
