package org.okju.casefile;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Optional;

/** A nullable BIGINT column as an {@code Optional<Long>}, both ways. */
final class NullableLongs {
  private NullableLongs() {}

  static void set(PreparedStatement s, int i, Optional<Long> v) throws SQLException {
    if (v.isPresent()) {
      s.setLong(i, v.get());
    } else {
      s.setNull(i, Types.BIGINT);
    }
  }

  static Optional<Long> get(ResultSet r, int i) throws SQLException {
    long v = r.getLong(i);
    return r.wasNull() ? Optional.empty() : Optional.of(v);
  }

  static Optional<Long> get(ResultSet r, String column) throws SQLException {
    long v = r.getLong(column);
    return r.wasNull() ? Optional.empty() : Optional.of(v);
  }
}
