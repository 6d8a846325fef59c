package org.okju.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.okju.casefile.CaseStore;
import org.okju.casefile.CustodyEntry;
import org.okju.casefile.NewCustodyEntry;
import org.okju.casefile.Sha256;

/**
 * {@code okju export --format parquet}: a case's catalogue, fingerprints (PDQ with quality and
 * dihedrals, vPDQ frames, copy views), metadata, problems and tapes as one Parquet table of {@link
 * FingerprintSchema}, the table {@code okju spark fingerprint} writes, so a case exported on a
 * workstation is the reference or query side of {@code okju spark match} on a cluster and is read
 * by any Parquet reader (Spark, DuckDB, pyarrow). Written by Spark's own Parquet writer on {@code
 * local[1]} into a hidden directory beside {@code out}, fsynced, then renamed into place: a killed
 * export leaves nothing at {@code out}. Then logged in the custody log ({@value #EXPORT_WRITTEN},
 * as the other exports) with each file's SHA-256. Names as {@link CaseRows} gives them.
 */
final class CaseParquetExport {
  /** The custody action of a written export (as report's CaseExporter). */
  static final String EXPORT_WRITTEN = "export-written";

  /**
   * What was written.
   *
   * @param dir the table's directory
   * @param rows its rows (items)
   * @param files each file of the table with its SHA-256, as logged
   */
  record Result(Path dir, long rows, SortedMap<String, Sha256> files) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final SparkSession spark;

  CaseParquetExport(SparkSession spark) {
    this.spark = spark;
  }

  /**
   * Exports the case to {@code out}, which must not exist, and logs it.
   *
   * @throws FileAlreadyExistsException when {@code out} exists
   * @throws IOException when the table cannot be written (nothing is logged then)
   */
  Result export(CaseStore store, Path out, String user, String okjuVersion) throws IOException {
    Path target = out.toAbsolutePath().normalize();
    if (Files.exists(target)) {
      throw new FileAlreadyExistsException(target.toString(), null, "already exists");
    }
    List<Row> rows = new CaseRows(store).all();
    Path parent = target.getParent();
    Files.createDirectories(parent);
    Path partial = parent.resolve("." + target.getFileName() + ".partial-" + UUID.randomUUID());
    try {
      // One file: a case is a workstation's size, and one file is what a user copies and hashes.
      spark
          .createDataFrame(rows, FingerprintSchema.SCHEMA)
          .coalesce(1)
          .write()
          .parquet(partial.toString());
      SortedMap<String, Sha256> files = digestAndSync(partial);
      try {
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        throw new IOException("cannot rename " + partial + " to " + target + " atomically", e);
      }
      log(store, target, rows.size(), files, user, okjuVersion);
      return new Result(target, rows.size(), files);
    } finally {
      deleteTree(partial);
    }
  }

  /** The SHA-256 of every file of the table (Spark's checksum files left out), each fsynced. */
  static SortedMap<String, Sha256> digestAndSync(Path dir) throws IOException {
    SortedMap<String, Sha256> out = new TreeMap<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path f : files) {
      String name = f.getFileName().toString();
      if (name.endsWith(".crc")) {
        // Hadoop's local checksums of each file: not part of the table.
        Files.delete(f);
        continue;
      }
      out.put(name, sha256(f));
      try (var ch = java.nio.channels.FileChannel.open(f, java.nio.file.StandardOpenOption.WRITE)) {
        ch.force(true);
      }
    }
    return out;
  }

  static Sha256 sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; ) {
        md.update(buffer, 0, n);
      }
      return Sha256.of(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  private static void log(
      CaseStore store,
      Path dir,
      long rows,
      SortedMap<String, Sha256> files,
      String user,
      String okjuVersion) {
    ObjectNode params = JSON.createObjectNode();
    params.put("format", "parquet");
    params.put("file", dir.toString());
    params.put("records", rows);
    Map<String, Sha256> inputs = new TreeMap<>();
    store.custody().head().map(CustodyEntry::hash).ifPresent(h -> inputs.put("custody-head", h));
    store
        .custody()
        .append(
            NewCustodyEntry.of(
                user, EXPORT_WRITTEN, params.toString(), inputs, files, okjuVersion));
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
