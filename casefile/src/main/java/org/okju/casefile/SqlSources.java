package org.okju.casefile;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link Sources} in SQL. */
final class SqlSources implements Sources {
  private static final String COLUMNS =
      "id, given_path, started_at, finished_at, okju_version, username, command_line,"
          + " manifest_sha256, item_count, status";

  private final Scope scope;

  SqlSources(Scope scope) {
    this.scope = scope;
  }

  @Override
  public SourceId start(NewSource source) {
    return scope.write(
        "start source",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO source (given_path, given_path_display, started_at, okju_version,"
                      + " username, command_line, status) VALUES (?, ?, ?, ?, ?, ?, ?)"
                      + " RETURNING id")) {
            s.setBytes(1, source.givenPath().bytes());
            s.setString(2, source.givenPath().display());
            s.setString(3, StoredTime.format(source.started()));
            s.setString(4, source.okjuVersion());
            s.setString(5, source.user());
            s.setString(6, source.commandLine());
            s.setString(7, SourceStatus.RUNNING.code());
            try (ResultSet r = s.executeQuery()) {
              r.next();
              return new SourceId(r.getLong(1));
            }
          }
        });
  }

  @Override
  public void finish(
      SourceId id, SourceStatus status, Sha256 manifest, long itemCount, Instant finished) {
    scope.write(
        "finish source " + id.value(),
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "UPDATE source SET status = ?, manifest_sha256 = ?, item_count = ?,"
                      + " finished_at = ? WHERE id = ?")) {
            s.setString(1, status.code());
            s.setString(2, manifest.toHex());
            s.setLong(3, itemCount);
            s.setString(4, StoredTime.format(finished));
            s.setLong(5, id.value());
            if (s.executeUpdate() != 1) {
              throw new SQLException("no source " + id.value());
            }
            return null;
          }
        });
  }

  @Override
  public Optional<Source> find(SourceId id) {
    List<Source> found = query("find source", "WHERE id = ?", s -> s.setLong(1, id.value()));
    return found.stream().findFirst();
  }

  @Override
  public List<Source> findByPath(ItemPath givenPath) {
    return query(
        "find sources by path", "WHERE given_path = ?", s -> s.setBytes(1, givenPath.bytes()));
  }

  @Override
  public List<Source> all() {
    return query("list sources", "", s -> {});
  }

  private List<Source> query(String operation, String where, Scope.Binder binder) {
    return scope.read(
        operation,
        c -> {
          try (PreparedStatement s =
              c.prepareStatement("SELECT " + COLUMNS + " FROM source " + where + " ORDER BY id")) {
            binder.bind(s);
            List<Source> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                out.add(map(r));
              }
            }
            return out;
          }
        });
  }

  private static Source map(ResultSet r) throws SQLException {
    return new Source(
        new SourceId(r.getLong("id")),
        ItemPath.ofBytes(r.getBytes("given_path")),
        StoredTime.parse(r.getString("started_at")),
        Columns.time(r, "finished_at"),
        r.getString("okju_version"),
        r.getString("username"),
        r.getString("command_line"),
        Columns.text(r, "manifest_sha256").map(Sha256::parse),
        Columns.longValue(r, "item_count"),
        SourceStatus.ofCode(r.getString("status")));
  }
}
