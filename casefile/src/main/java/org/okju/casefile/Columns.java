package org.okju.casefile;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/** Reading and writing optional values and times the same way in both dialects. */
final class Columns {
  private Columns() {}

  static void setText(PreparedStatement s, int i, Optional<String> v) throws SQLException {
    if (v.isPresent()) {
      s.setString(i, v.get());
    } else {
      s.setNull(i, Types.VARCHAR);
    }
  }

  static void setTime(PreparedStatement s, int i, Optional<Instant> v) throws SQLException {
    setText(s, i, v.map(StoredTime::format));
  }

  static void setLong(PreparedStatement s, int i, OptionalLong v) throws SQLException {
    if (v.isPresent()) {
      s.setLong(i, v.getAsLong());
    } else {
      s.setNull(i, Types.BIGINT);
    }
  }

  static Optional<String> text(ResultSet r, String column) throws SQLException {
    return Optional.ofNullable(r.getString(column));
  }

  static Optional<Instant> time(ResultSet r, String column) throws SQLException {
    return text(r, column).map(StoredTime::parse);
  }

  static OptionalLong longValue(ResultSet r, String column) throws SQLException {
    long v = r.getLong(column);
    return r.wasNull() ? OptionalLong.empty() : OptionalLong.of(v);
  }
}
