package org.okju.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

/**
 * A batch's statements are prepared once, reused after their callers close them, closed at the end.
 */
class StatementCacheTest {
  @Test
  void aClosedStatementComesBackClearedAndAStatementInUseIsNotShared() throws Exception {
    try (Connection real = DriverManager.getConnection("jdbc:sqlite::memory:")) {
      PreparedStatement first;
      try (StatementCache cache = new StatementCache(real)) {
        Connection c = cache.connection();
        c.createStatement().execute("CREATE TABLE t (v INTEGER)");
        try (PreparedStatement s = c.prepareStatement("INSERT INTO t VALUES (?)")) {
          first = s;
          s.setInt(1, 1);
          s.executeUpdate();
          try (PreparedStatement nested = c.prepareStatement("INSERT INTO t VALUES (?)")) {
            assertThat(nested).isNotSameAs(s);
            nested.setInt(1, 2);
            nested.executeUpdate();
          }
        }
        try (PreparedStatement again = c.prepareStatement("INSERT INTO t VALUES (?)")) {
          assertThat(again).isSameAs(first);
          again.setInt(1, 3);
          again.addBatch();
          again.setInt(1, 4);
          again.addBatch();
          again.executeBatch();
        }
        try (PreparedStatement q = c.prepareStatement("SELECT group_concat(v) FROM t");
            ResultSet r = q.executeQuery()) {
          r.next();
          assertThat(r.getString(1)).isEqualTo("1,2,3,4");
        }
        assertThat(first.isClosed()).as("kept for the batch's next item").isFalse();
      }
      assertThat(real.isClosed()).isFalse();
      assertThat(first.isClosed()).isTrue();
    }
  }
}
