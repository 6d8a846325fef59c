package org.okju.bench;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;
import java.util.SplittableRandom;
import org.okju.casefile.Batch;
import org.okju.casefile.CaseLocation;
import org.okju.casefile.CaseStore;
import org.okju.casefile.Digests;
import org.okju.casefile.FileTimes;
import org.okju.casefile.ItemPath;
import org.okju.casefile.ItemProgress;
import org.okju.casefile.ItemStatus;
import org.okju.casefile.Md5;
import org.okju.casefile.NewItem;
import org.okju.casefile.NewSource;
import org.okju.casefile.Sha1;
import org.okju.casefile.Sha256;
import org.okju.casefile.SourceId;
import org.sqlite.Function;

/**
 * A case whose catalogue is made of generated rows (no files behind them): a seized drive's mix of
 * photos, videos, documents and system files with random digests, sizes and dates, a few per cent
 * with warnings and errors. Written through the store's own batch API, as ingest writes, with a
 * page cache big enough to hold the indexes.
 */
final class SyntheticCatalogue {
  private static final String[][] TYPES = {
    {"image/jpeg", "DCIM/%d/IMG_%06d.jpg"},
    {"image/jpeg", "Pictures/%d/photo-%06d.jpg"},
    {"image/png", "Screenshots/%d/Screenshot_%06d.png"},
    {"video/mp4", "DCIM/%d/VID_%06d.mp4"},
    {"text/plain", "Documents/%d/notes-%06d.txt"},
    {"application/pdf", "Documents/%d/scan-%06d.pdf"},
    {"application/zip", "Downloads/%d/archive-%06d.zip"},
    {"application/octet-stream", "System/%d/cache-%06d.bin"},
  };
  // Weights of TYPES, in per cent.
  private static final int[] WEIGHTS = {30, 10, 10, 10, 10, 10, 5, 15};
  // With the indexes held in the page cache, a transaction's cost is its dirty pages, not its
  // rows: fewer, bigger commits.
  private static final int COMMIT_EVERY = 50_000;
  // The item table's ten indexes and the path trigram index of a million rows take ~700 MB; with
  // SQLite's default 2 MiB cache each row's random index inserts re-read pages evicted a moment
  // before (852 s for a million rows in session 3, before the trigram index).
  private static final int CACHE_MIB = 1024;

  private SyntheticCatalogue() {}

  // Rows written through the store's writer; the rest are copies of them made by SQLite itself.
  private static final int WRITTEN = 100_000;

  /**
   * Writes a case of {@code n} generated items at {@code dir}: up to {@value #WRITTEN} through the
   * store's batch writer, then copies of those rows under {@code copy-K/} folders by SQL ( {@link
   * #grow}), each with its own path, path hash and digests.
   */
  static void write(Path dir, int n, long seed) {
    write(dir, n, seed, WRITTEN);
  }

  /** As {@link #write(Path, int, long)}, with up to {@code throughStore} rows by the writer. */
  static void write(Path dir, int n, long seed, int throughStore) {
    int written = Math.min(n, throughStore);
    writeThroughStore(dir, written, seed);
    if (n > written) {
      grow(new CaseLocation.Directory(dir).database(), written, n);
    }
  }

  private static void writeThroughStore(Path dir, int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Instant start = Instant.parse("2019-01-01T00:00:00Z");
    long span = Instant.parse("2024-12-31T00:00:00Z").getEpochSecond() - start.getEpochSecond();
    try (CaseStore store =
        CaseStore.open(c -> c.location(CaseLocation.directory(dir)).cacheMiB(CACHE_MIB))) {
      SourceId source =
          store
              .sources()
              .start(
                  new NewSource(
                      ItemPath.of("/synthetic/SEIZED-DRIVE"),
                      Instant.now(),
                      "bench",
                      "okju-bench",
                      "okju bench web"));
      try (Batch batch = store.batch()) {
        for (int i = 0; i < n; i++) {
          String[] type = TYPES[pick(random.nextInt(100))];
          int year = 2019 + random.nextInt(6);
          Instant modified = start.plusSeconds(random.nextLong(span));
          long size =
              type[0].startsWith("video/")
                  ? 1_000_000 + random.nextLong(400_000_000)
                  : 200 + random.nextLong(8_000_000);
          int roll = random.nextInt(100);
          ItemStatus status =
              roll < 2 ? ItemStatus.ERROR : roll < 6 ? ItemStatus.WARNING : ItemStatus.OK;
          batch
              .items()
              .upsert(
                  NewItem.listed(
                          source, Optional.empty(), ItemPath.of(String.format(type[1], year, i)))
                      .withFileInfo(
                          size,
                          new FileTimes(
                              Optional.of(modified),
                              Optional.empty(),
                              Optional.empty(),
                              Optional.empty()))
                      .withMediaType(type[0], false)
                      .withDigests(
                          Digests.of(
                              Md5.of(bytes(random, Md5.BYTES)),
                              Sha1.of(bytes(random, Sha1.BYTES)),
                              Sha256.of(bytes(random, Sha256.BYTES))))
                      .withState(status, ItemProgress.DONE));
          if ((i + 1) % COMMIT_EVERY == 0) {
            batch.commit();
          }
        }
        batch.commit();
      }
    }
  }

  /**
   * Grows the catalogue from {@code have} rows to {@code n} by INSERT … SELECT of the first rows
   * under a new folder: one statement a round, run by SQLite without a Java call per row but the
   * path hash (the store's own SHA-256 of the path bytes, a registered function). The copies'
   * digests are derived from their paths, so a run is reproducible. On two loaded cores the
   * writer's 0.3 CPU-ms a row would take most of an hour for a million rows.
   */
  static void grow(Path database, int have, int n) {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath())) {
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA cache_size = -" + CACHE_MIB * 1024);
      }
      Function.create(
          c,
          "okju_sha256",
          new Function() {
            @Override
            protected void xFunc() throws SQLException {
              result(sha256(value_blob(0)));
            }
          });
      c.setAutoCommit(false);
      int written = have;
      for (int copy = 1; written < n; copy++) {
        int take = Math.min(have, n - written);
        try (PreparedStatement s = c.prepareStatement(GROW)) {
          s.setString(1, "copy-" + copy + "/");
          s.setInt(2, take);
          s.executeUpdate();
        }
        c.commit();
        written += take;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot grow the generated catalogue: " + e.getMessage(), e);
    }
  }

  private static final String GROW =
      "INSERT INTO item (source_id, parent_id, parent_key, path, path_sha256, path_display, size,"
          + " modified_at, changed_at, accessed_at, created_at, media_type, extension_mismatch,"
          + " md5, sha1, sha256, status, progress)"
          + " SELECT source_id, parent_id, parent_key, CAST(p AS BLOB),"
          + " okju_sha256(CAST(p AS BLOB)), p, size, modified_at, changed_at, accessed_at,"
          + " created_at, media_type, extension_mismatch,"
          + " substr(lower(hex(okju_sha256(CAST(p || '#md5' AS BLOB)))), 1, 32),"
          + " substr(lower(hex(okju_sha256(CAST(p || '#sha1' AS BLOB)))), 1, 40),"
          + " lower(hex(okju_sha256(CAST(p || '#sha256' AS BLOB)))), status, progress"
          + " FROM (SELECT ? || path_display AS p, * FROM item WHERE id <= ? ORDER BY id)";

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
  }

  private static int pick(int percent) {
    int sum = 0;
    for (int t = 0; t < WEIGHTS.length; t++) {
      sum += WEIGHTS[t];
      if (percent < sum) {
        return t;
      }
    }
    return WEIGHTS.length - 1;
  }

  private static byte[] bytes(SplittableRandom random, int n) {
    byte[] b = new byte[n];
    for (int i = 0; i < n; i += 8) {
      long v = random.nextLong();
      for (int j = 0; j < 8 && i + j < n; j++) {
        b[i + j] = (byte) (v >>> (8 * j));
      }
    }
    return b;
  }
}
