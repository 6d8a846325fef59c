package org.okju.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.okju.casefile.Sha256;

/**
 * A table {@code okju spark match} wrote ({@link MatchSchema}), read file by file on the driver
 * (rows in each file's order, so a bad row is named by file and row number). Each row is checked
 * before use: a bad one becomes a {@link BadMatchRow} and the rest is read; a file that is not
 * Parquet, or lacks a column, fails the whole table ({@link MatchTableException}).
 */
final class MatchTable {
  /** A checked row: the hashes are lower-case hex of their kind's length. */
  record Pair(
      String queryPath,
      String querySha256,
      String queryHash,
      String referencePath,
      String referenceSha256,
      String referenceSet,
      String referenceLabel,
      String referenceHash,
      String tape,
      int distance,
      String match,
      String view) {}

  private static final Set<String> KINDS = Set.of("md5", "sha1", "sha256", "pdq");

  private final SparkSession spark;
  private final Path dir;
  private final List<Path> files;

  /**
   * The table at {@code dir} (a directory of Parquet files, or one file).
   *
   * @throws MatchTableException when there is no Parquet file there
   */
  MatchTable(SparkSession spark, Path dir) throws IOException {
    this.spark = spark;
    this.dir = dir.toAbsolutePath().normalize();
    if (Files.isRegularFile(this.dir)) {
      files = List.of(this.dir);
    } else if (Files.isDirectory(this.dir)) {
      try (Stream<Path> s = Files.list(this.dir)) {
        files = s.filter(p -> p.getFileName().toString().endsWith(".parquet")).sorted().toList();
      }
    } else {
      throw new MatchTableException(this.dir, "no such file or directory", null);
    }
    if (files.isEmpty()) {
      throw new MatchTableException(this.dir, "no .parquet file in it", null);
    }
  }

  /**
   * The table's identity: SHA-256 over its Parquet files' names and SHA-256s in name order, so the
   * same table copied elsewhere is known as the same import.
   */
  Sha256 sha256() throws IOException {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (Path f : files) {
        String line = f.getFileName() + " " + CaseParquetExport.sha256(f).toHex() + "\n";
        md.update(line.getBytes(StandardCharsets.UTF_8));
      }
      return Sha256.of(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /**
   * Reads every row: good ones to {@code pairs}, bad ones to {@code bad}.
   *
   * @throws MatchTableException when a file cannot be read as a match table
   */
  void read(Consumer<Pair> pairs, Consumer<BadMatchRow> bad) {
    for (Path f : files) {
      Iterator<Row> rows;
      try {
        var table = spark.read().parquet(f.toString());
        checkColumns(f, table.schema());
        rows = table.toLocalIterator();
      } catch (MatchTableException e) {
        throw e;
      } catch (Exception e) { // Spark's SparkException is checked for Java, thrown unchecked
        throw new MatchTableException(f, "not a readable Parquet file: " + e.getMessage(), e);
      }
      long n = 0;
      try {
        while (rows.hasNext()) {
          Row r = rows.next();
          n++;
          BadMatchRow problem = check(f, n, r);
          if (problem != null) {
            bad.accept(problem);
          } else {
            pairs.accept(pair(r));
          }
        }
      } catch (Exception e) { // as above
        throw new MatchTableException(f, "unreadable after row " + n + ": " + e.getMessage(), e);
      }
    }
  }

  private static void checkColumns(Path f, StructType actual) {
    for (StructField want : MatchSchema.SCHEMA.fields()) {
      int i;
      try {
        i = actual.fieldIndex(want.name());
      } catch (IllegalArgumentException e) {
        throw new MatchTableException(
            f, "not an okju spark match table: no column " + want.name(), null);
      }
      if (!actual.fields()[i].dataType().equals(want.dataType())) {
        throw new MatchTableException(
            f,
            "column "
                + want.name()
                + " is "
                + actual.fields()[i].dataType().simpleString()
                + ", not "
                + want.dataType().simpleString(),
            null);
      }
    }
  }

  private BadMatchRow check(Path f, long n, Row r) {
    String file = dir.equals(f) ? f.toString() : dir.relativize(f).toString();
    String match = r.getAs("match");
    if (match == null || !KINDS.contains(match)) {
      return new BadMatchRow(file, n, "match", "not md5, sha1, sha256 or pdq: " + match);
    }
    if (r.getAs("query_path") == null || r.<String>getAs("query_path").isEmpty()) {
      return new BadMatchRow(file, n, "query_path", "empty");
    }
    if (r.isNullAt(r.fieldIndex("distance"))) {
      return new BadMatchRow(file, n, "distance", "empty");
    }
    int distance = r.<Integer>getAs("distance");
    if (distance < 0 || distance > 256 || (!match.equals("pdq") && distance != 0)) {
      return new BadMatchRow(file, n, "distance", "out of range for " + match + ": " + distance);
    }
    if (r.getAs("view") == null) {
      return new BadMatchRow(file, n, "view", "empty");
    }
    int length = length(match);
    for (String column : List.of("query_hash", "reference_hash")) {
      String bad = hexProblem(r.getAs(column), length);
      if (bad != null) {
        return new BadMatchRow(file, n, column, bad);
      }
    }
    for (String column : List.of("query_sha256", "reference_sha256")) {
      String v = r.getAs(column);
      if (v != null && hexProblem(v, 64) != null) {
        return new BadMatchRow(file, n, column, hexProblem(v, 64));
      }
    }
    if (r.getAs("reference_set") == null && r.getAs("reference_path") == null) {
      return new BadMatchRow(file, n, "reference_path", "neither a file nor a hash set");
    }
    return null;
  }

  private static int length(String kind) {
    return switch (kind) {
      case "md5" -> 32;
      case "sha1" -> 40;
      default -> 64;
    };
  }

  private static String hexProblem(String v, int length) {
    if (v == null) {
      return "empty";
    }
    if (v.length() != length
        || !v.equals(v.toLowerCase(Locale.ROOT))
        || !v.chars().allMatch(HexFormat::isHexDigit)) {
      return "not " + length + " lower-case hex digits: " + v;
    }
    return null;
  }

  private static Pair pair(Row r) {
    return new Pair(
        r.getAs("query_path"),
        r.getAs("query_sha256"),
        r.getAs("query_hash"),
        r.getAs("reference_path"),
        r.getAs("reference_sha256"),
        r.getAs("reference_set"),
        r.getAs("reference_label"),
        r.getAs("reference_hash"),
        r.getAs("tape"),
        r.<Integer>getAs("distance"),
        r.getAs("match"),
        r.getAs("view"));
  }

  /** Where the table is. */
  Path dir() {
    return dir;
  }

  /** The Parquet files read, in name order. */
  List<Path> files() {
    return new ArrayList<>(files);
  }
}
