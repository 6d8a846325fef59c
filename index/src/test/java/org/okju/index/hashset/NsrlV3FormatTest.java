package org.okju.index.hashset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** NSRL RDS v3 from an SQLite database made at test time with the FILE view's columns. */
class NsrlV3FormatTest {
  @TempDir Path dir;

  /** A database of {@code rows} files; every 1000th row has a broken MD5. */
  private Path database(int rows) throws SQLException {
    Path db = dir.resolve("RDS_test_modern_minimal.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute(
            "CREATE TABLE METADATA (sha256 TEXT, sha1 TEXT, md5 TEXT, crc32 TEXT,"
                + " file_name TEXT, file_size INTEGER, package_id INTEGER, extension TEXT)");
        // RDS v3 publishes FILE as a view for RDS v2-style access.
        s.execute(
            "CREATE VIEW FILE AS SELECT sha256, sha1, md5, crc32, file_name, file_size,"
                + " package_id FROM METADATA");
      }
      try (PreparedStatement p =
          c.prepareStatement("INSERT INTO METADATA VALUES (?, ?, ?, ?, ?, ?, ?, 'dll')")) {
        for (int i = 0; i < rows; i++) {
          p.setString(1, hex(i, 64));
          p.setString(2, hex(i, 40));
          p.setString(3, i % 1000 == 999 ? "XYZ" : hex(i, 32));
          p.setString(4, "00000000");
          p.setString(5, "file-" + i + ".dll");
          p.setLong(6, i);
          p.setInt(7, 100 + i % 7);
          p.addBatch();
        }
        p.executeBatch();
      }
      c.commit();
    }
    return db;
  }

  private static String hex(int i, int digits) {
    String s = String.format(Locale.ROOT, "%08X", i);
    return "A".repeat(digits - s.length()) + s;
  }

  @Test
  void aLargeDatabaseStreamsRowByRowWithBadRowsReportedByRowNumber() throws Exception {
    Path db = database(200_000);
    HashSetFormat nsrl = HashSetFormats.byName("nsrl-v3").orElseThrow();
    assertThat(HashSetFormats.detect(db).orElseThrow().name()).isEqualTo("nsrl-v3");
    List<ParseProblem> problems = new ArrayList<>();
    long[] count = {0};
    long[] sizes = {0};
    try (Stream<HashSetEntry> entries = nsrl.read(db, problems::add)) {
      // Consumed one at a time, never collected: the cursor streams.
      entries.forEach(
          e -> {
            count[0]++;
            sizes[0] += e.size().orElseThrow();
          });
    }
    assertThat(count[0]).isEqualTo(200_000 - 200);
    assertThat(problems).hasSize(200);
    assertThat(problems.get(0).line()).isEqualTo(1000);
    assertThat(problems.get(0).reason()).contains("XYZ");
    assertThat(sizes[0]).isPositive();
  }

  @Test
  void theFirstEntryArrivesBeforeTheRestIsRead() throws Exception {
    Path db = database(50_000);
    HashSetFormat nsrl = new NsrlV3Format();
    try (Stream<HashSetEntry> entries = nsrl.read(db, p -> {})) {
      HashSetEntry first = entries.findFirst().orElseThrow();
      assertThat(first.line()).isEqualTo(1);
      assertThat(first.hashes())
          .extracting(HashValue::kind)
          .containsExactly(HashKind.SHA256, HashKind.SHA1, HashKind.MD5);
      assertThat(first.hash(HashKind.MD5).orElseThrow().toHex())
          .isEqualTo(hex(0, 32).toLowerCase(Locale.ROOT));
      assertThat(first.name()).contains("file-0.dll");
      assertThat(first.label()).contains("100");
    }
  }

  @Test
  void anSqliteFileWithoutTheFileViewIsRefusedNamingThePath() throws Exception {
    Path db = dir.resolve("other.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE t (x INTEGER)");
    }
    assertThatThrownBy(() -> new NsrlV3Format().read(db, p -> {}))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(db.toString())
        .hasMessageContaining("FILE");
    assertThat(Files.exists(db)).isTrue();
  }
}
