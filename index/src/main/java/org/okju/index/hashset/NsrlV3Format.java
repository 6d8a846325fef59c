package org.okju.index.hashset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.sqlite.SQLiteConfig;

/**
 * NSRL RDS v3: an SQLite database. Reads the {@code FILE} view NIST publishes for RDS v2-like
 * access (columns {@code sha256, sha1, md5, crc32, file_name, file_size, package_id}; the same view
 * is what community tools export {@code NSRLFile.txt} from), opened read-only and streamed row by
 * row through one cursor, so the ~200M-row modern set never sits in memory. Entries carry SHA-256,
 * SHA-1 and MD5 (upper case in the database, normalised), file name, size, and the package id as
 * label; problems are reported by row number.
 */
public final class NsrlV3Format implements HashSetFormat {
  private static final byte[] SQLITE_MAGIC =
      "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
  private static final String QUERY =
      "SELECT sha256, sha1, md5, file_name, file_size, package_id FROM FILE";

  @Override
  public String name() {
    return "nsrl-v3";
  }

  @Override
  public boolean sniff(byte[] head) {
    if (head.length < SQLITE_MAGIC.length) {
      return false;
    }
    for (int i = 0; i < SQLITE_MAGIC.length; i++) {
      if (head[i] != SQLITE_MAGIC[i]) {
        return false;
      }
    }
    return true;
  }

  @Override
  public Stream<HashSetEntry> read(Path file, Consumer<ParseProblem> problems) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new java.nio.file.NoSuchFileException(file.toString());
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    Connection connection;
    PreparedStatement statement;
    ResultSet rows;
    try {
      connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    } catch (SQLException e) {
      throw new IOException(file + ": cannot open as SQLite: " + e.getMessage(), e);
    }
    try {
      statement = connection.prepareStatement(QUERY);
      statement.setFetchSize(10_000);
      rows = statement.executeQuery();
    } catch (SQLException e) {
      close(connection);
      throw new IOException(
          file + ": not an NSRL RDS v3 database (no readable FILE view): " + e.getMessage(), e);
    }
    Spliterator<HashSetEntry> spliterator =
        new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED) {
          private long row;

          @Override
          public boolean tryAdvance(Consumer<? super HashSetEntry> action) {
            try {
              while (rows.next()) {
                row++;
                try {
                  action.accept(entry(rows, row));
                  return true;
                } catch (MalformedRecordException e) {
                  problems.accept(new ParseProblem(row, e.getMessage()));
                }
              }
              return false;
            } catch (SQLException e) {
              throw new UncheckedIOException(
                  new IOException(file + ": reading row " + row + ": " + e.getMessage(), e));
            }
          }
        };
    return StreamSupport.stream(spliterator, false).onClose(() -> close(connection));
  }

  private static HashSetEntry entry(ResultSet rows, long row)
      throws SQLException, MalformedRecordException {
    List<HashValue> hashes = new ArrayList<>(3);
    add(hashes, HashKind.SHA256, rows.getString(1));
    add(hashes, HashKind.SHA1, rows.getString(2));
    add(hashes, HashKind.MD5, rows.getString(3));
    if (hashes.isEmpty()) {
      throw new MalformedRecordException("no sha256, sha1 or md5");
    }
    String name = rows.getString(4);
    long size = rows.getLong(5);
    OptionalLong fileSize = rows.wasNull() ? OptionalLong.empty() : OptionalLong.of(size);
    String packageId = rows.getString(6);
    return new HashSetEntry(
        hashes,
        Optional.ofNullable(name),
        fileSize,
        Optional.empty(),
        Optional.ofNullable(packageId),
        row);
  }

  private static void add(List<HashValue> hashes, HashKind kind, String hex)
      throws MalformedRecordException {
    if (hex != null && !hex.isEmpty()) {
      hashes.add(TextLines.hash(kind, hex.trim()));
    }
  }

  private static void close(Connection connection) {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new UncheckedIOException(new IOException(e.getMessage(), e));
    }
  }
}
