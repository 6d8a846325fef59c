package org.okju.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The behaviour every {@link CaseStore} backend must have, run against real databases by its
 * subclasses (SQLite in a temporary directory, PostgreSQL 15 started by the test).
 */
abstract class CaseStoreContract {
  static final Instant T0 = Instant.parse("2025-03-01T10:15:30.123456789Z");

  @TempDir Path keys;
  @TempDir Path tmp;

  /** The database under test. */
  abstract Backend backend();

  CaseLocation freshLocation() throws Exception {
    return backend().freshLocation(tmp);
  }

  CaseStore open(CaseLocation location) {
    return open(location, c -> {});
  }

  CaseStore open(CaseLocation location, Consumer<CaseStoreConfig> more) {
    return CaseStore.open(
        c -> {
          c.location(location).keyDirectory(keys);
          more.accept(c);
        });
  }

  static NewSource source() {
    return new NewSource(ItemPath.of("/evidence/pen-drive"), T0, "0.1.0", "inv1", "okju ingest x");
  }

  static Digests digests(int n) {
    byte[] md5 = new byte[16];
    byte[] sha1 = new byte[20];
    byte[] sha256 = new byte[32];
    md5[0] = (byte) n;
    sha1[0] = (byte) n;
    sha256[0] = (byte) n;
    sha256[31] = (byte) (n >> 8);
    return Digests.of(Md5.of(md5), Sha1.of(sha1), Sha256.of(sha256));
  }

  void exec(CaseLocation location, String... sql) throws SQLException {
    try (Connection c = backend().raw(location);
        Statement s = c.createStatement()) {
      for (String q : sql) {
        s.execute(q);
      }
    }
  }

  /**
   * The highest version among the migration scripts on the class path (several engineers add
   * scripts in their own version ranges; a literal here would be wrong after each).
   */
  static String newestMigration() throws Exception {
    int newest = 0;
    for (String folder : List.of("common", "sqlite", "postgresql")) {
      java.net.URL url =
          CaseStoreContract.class
              .getClassLoader()
              .getResource("org/okju/casefile/schema/" + folder);
      try (Stream<Path> files = java.nio.file.Files.list(Path.of(url.toURI()))) {
        for (Path f : files.toList()) {
          java.util.regex.Matcher m =
              java.util.regex.Pattern.compile("V(\\d+)__.*\\.sql")
                  .matcher(f.getFileName().toString());
          if (m.matches()) {
            newest = Math.max(newest, Integer.parseInt(m.group(1)));
          }
        }
      }
    }
    return String.valueOf(newest);
  }

  @Test
  void anEmptyDatabaseIsMigratedToTheNewestSchema() throws Exception {
    try (CaseStore store = open(freshLocation())) {
      assertThat(store.schemaVersion()).isEqualTo(newestMigration());
      assertThat(store.sources().all()).isEmpty();
      assertThat(store.custody().head()).isEmpty();
    }
  }

  @Test
  void reopeningACaseKeepsItsDataAndItsSchemaVersion() throws Exception {
    CaseLocation location = freshLocation();
    SourceId id;
    try (CaseStore store = open(location)) {
      id = store.sources().start(source());
    }
    try (CaseStore store = open(location)) {
      assertThat(store.schemaVersion()).isEqualTo(newestMigration());
      assertThat(store.sources().all()).extracting(Source::id).containsExactly(id);
      Source s = store.sources().find(id).orElseThrow();
      assertThat(s.started()).isEqualTo(T0);
      assertThat(s.status()).isEqualTo(SourceStatus.RUNNING);
      assertThat(s.finished()).isEmpty();
      assertThat(s.user()).isEqualTo("inv1");
    }
  }

  @Test
  void aCaseWrittenByANewerOkjuIsRefused() throws Exception {
    CaseLocation location = freshLocation();
    open(location).close();
    exec(
        location,
        "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
            + " checksum, installed_by, execution_time, success) VALUES (99, '99', 'future',"
            + " 'SQL', 'V99__future.sql', 0, 'test', 0, TRUE)");
    assertThatThrownBy(() -> open(location))
        .isInstanceOf(SchemaVersionException.class)
        .hasMessageContaining("99");
  }

  @Test
  void theMigrationsListedFromTheClassPathAreTheOnesFlywayApplies() throws Exception {
    CaseLocation location = freshLocation();
    open(location).close();
    java.util.Set<String> applied = new java.util.TreeSet<>();
    try (Connection c = backend().raw(location);
        Statement s = c.createStatement();
        java.sql.ResultSet rows =
            s.executeQuery("SELECT version FROM flyway_schema_history WHERE version IS NOT NULL")) {
      while (rows.next()) {
        applied.add(rows.getString(1));
      }
    }
    assertThat(applied)
        .containsExactlyInAnyOrderElementsOf(
            Migrations.known(backend().dialect()).stream()
                .map(org.flywaydb.core.api.MigrationVersion::getVersion)
                .toList());
  }

  @Test
  void aFailedMigrationInTheHistoryIsNotTakenForAnUpToDateCase() throws Exception {
    CaseLocation location = freshLocation();
    open(location).close();
    exec(
        location,
        "UPDATE flyway_schema_history SET success = FALSE WHERE version = '"
            + newestMigration()
            + "'");
    assertThatThrownBy(() -> open(location))
        .isInstanceOf(CaseStoreException.class)
        .hasMessageContaining("schema migration failed");
  }

  @Test
  void finishingASourceRecordsManifestCountAndStatus() throws Exception {
    try (CaseStore store = open(freshLocation())) {
      SourceId id = store.sources().start(source());
      Sha256 manifest = digests(7).sha256().orElseThrow();
      store.sources().finish(id, SourceStatus.PARTIAL, manifest, 42, T0.plusSeconds(60));
      Source s = store.sources().find(id).orElseThrow();
      assertThat(s.manifest()).contains(manifest);
      assertThat(s.itemCount()).hasValue(42);
      assertThat(s.status()).isEqualTo(SourceStatus.PARTIAL);
      assertThat(s.finished()).contains(T0.plusSeconds(60));
      assertThat(store.sources().findByPath(ItemPath.of("/evidence/pen-drive"))).hasSize(1);
    }
  }

  @Test
  void upsertingTheSameKeyAgainUpdatesTheOneRow() throws Exception {
    try (CaseStore store = open(freshLocation())) {
      SourceId src = store.sources().start(source());
      ItemPath path = ItemPath.of("DCIM/img001.jpg");
      ItemId first = store.items().upsert(NewItem.listed(src, Optional.empty(), path));
      FileTimes times =
          new FileTimes(Optional.of(T0), Optional.of(T0), Optional.empty(), Optional.empty());
      ItemId again =
          store
              .items()
              .upsert(
                  NewItem.listed(src, Optional.empty(), path)
                      .withFileInfo(1234, times)
                      .withMediaType("image/jpeg", true)
                      .withDigests(digests(1))
                      .withState(ItemStatus.WARNING, ItemProgress.HASHED));
      assertThat(again).isEqualTo(first);
      assertThat(store.items().count(src)).isEqualTo(1);
      Item item = store.items().find(first).orElseThrow();
      assertThat(item.size()).hasValue(1234);
      assertThat(item.times()).isEqualTo(times);
      assertThat(item.mediaType()).contains("image/jpeg");
      assertThat(item.extensionMismatch()).isTrue();
      assertThat(item.digests()).isEqualTo(digests(1));
      assertThat(item.status()).isEqualTo(ItemStatus.WARNING);
      assertThat(item.progress()).isEqualTo(ItemProgress.HASHED);
      assertThat(store.items().findBySha256(digests(1).sha256().orElseThrow()))
          .extracting(Item::id)
          .containsExactly(first);
      store.items().markProgress(first, ItemProgress.DONE);
      assertThat(store.items().find(first).orElseThrow().progress()).isEqualTo(ItemProgress.DONE);
    }
  }

  @Test
  void theSameNameInsideTwoArchivesIsTwoItems() throws Exception {
    try (CaseStore store = open(freshLocation())) {
      SourceId src = store.sources().start(source());
      ItemId zipA =
          store.items().upsert(NewItem.listed(src, Optional.empty(), ItemPath.of("a.zip")));
      ItemId zipB =
          store.items().upsert(NewItem.listed(src, Optional.empty(), ItemPath.of("b.zip")));
      ItemPath member = ItemPath.of("a.zip");
      ItemId inA = store.items().upsert(NewItem.listed(src, Optional.of(zipA), member));
      ItemId inB = store.items().upsert(NewItem.listed(src, Optional.of(zipB), member));
      assertThat(List.of(zipA, zipB, inA, inB)).doesNotHaveDuplicates();
      assertThat(store.items().upsert(NewItem.listed(src, Optional.of(zipA), member)))
          .isEqualTo(inA);
      assertThat(store.items().find(src, Optional.of(zipB), member).map(Item::id)).contains(inB);
      assertThat(store.items().find(inB).orElseThrow().parent()).contains(zipB);
      assertThat(store.items().count(src)).isEqualTo(4);
    }
  }

  @Test
  void childrenStreamInUnsignedByteOrderOfTheirPathsWhateverTheWriteOrder() throws Exception {
    byte[][] written = {
      {'b'}, {(byte) 0xff}, {'a', 'b'}, {'a'}, {(byte) 0x80, 'x'}, {'B'},
    };
    try (CaseStore store = open(freshLocation())) {
      SourceId src = store.sources().start(source());
      ItemId zip =
          store.items().upsert(NewItem.listed(src, Optional.empty(), ItemPath.of("z.zip")));
      for (byte[] p : written) {
        store.items().upsert(NewItem.listed(src, Optional.of(zip), ItemPath.ofBytes(p)));
      }
      store.items().upsert(NewItem.listed(src, Optional.empty(), ItemPath.of("a.txt")));
      List<byte[]> members;
      try (Stream<Item> s = store.items().children(src, Optional.of(zip))) {
        members = s.map(i -> i.path().bytes()).toList();
      }
      assertThat(members)
          .containsExactly(
              new byte[] {'B'},
              new byte[] {'a'},
              new byte[] {'a', 'b'},
              new byte[] {'b'},
              new byte[] {(byte) 0x80, 'x'},
              new byte[] {(byte) 0xff});
      try (Stream<Item> s = store.items().children(src, Optional.empty())) {
        assertThat(s.map(i -> i.path().display())).containsExactly("a.txt", "z.zip");
      }
    }
  }

  @Test
  void pathsThatAreNotUtf8RoundTripByteForByte() throws Exception {
    byte[] latin1 = "caf\u00e9/r\u00e9sum\u00e9.jpg".getBytes(StandardCharsets.ISO_8859_1);
    byte[] withNewline = "two\nlines.png".getBytes(StandardCharsets.UTF_8);
    byte[] longName = new byte[255];
    Arrays.fill(longName, (byte) 0xfe);
    byte[] truncatedUtf8 = {'a', (byte) 0xe2, (byte) 0x82, 'b'};
    try (CaseStore store = open(freshLocation())) {
      SourceId src = store.sources().start(source());
      for (byte[] raw : List.of(latin1, withNewline, longName, truncatedUtf8)) {
        ItemPath path = ItemPath.ofBytes(raw);
        ItemId id = store.items().upsert(NewItem.listed(src, Optional.empty(), path));
        Item back = store.items().find(id).orElseThrow();
        assertThat(back.path().bytes()).isEqualTo(raw);
        assertThat(store.items().find(src, Optional.empty(), path).map(Item::id)).contains(id);
      }
      assertThat(ItemPath.ofBytes(latin1).display()).isEqualTo("caf\\xe9/r\\xe9sum\\xe9.jpg");
      assertThat(ItemPath.ofBytes(truncatedUtf8).display()).isEqualTo("a\\xe2\\x82b");
      assertThat(store.items().count(src)).isEqualTo(4);
    }
  }

  @Test
  void manyItemsWrittenInBatchesStreamBackInIdOrder() throws Exception {
    int n = 20_000;
    try (CaseStore store = open(freshLocation())) {
      SourceId src = store.sources().start(source());
      try (Batch batch = store.batch()) {
        for (int i = 0; i < n; i++) {
          batch
              .items()
              .upsert(
                  NewItem.listed(src, Optional.empty(), ItemPath.of("f/" + i))
                      .withDigests(digests(i)));
          if (i % 500 == 499) {
            batch.commit();
          }
        }
        batch.commit();
      }
      long count = 0;
      long last = 0;
      try (Stream<Item> items = store.items().stream(src)) {
        for (Item item : (Iterable<Item>) items::iterator) {
          assertThat(item.id().value()).isGreaterThan(last);
          last = item.id().value();
          count++;
        }
      }
      assertThat(count).isEqualTo(n);
      try (Stream<Item> all = store.items().streamAll()) {
        assertThat(all.limit(10).count()).isEqualTo(10);
      }
    }
  }

  @Test
  void aBatchThatFailsKeepsOnlyWhatItCommitted() throws Exception {
    try (CaseStore store = open(freshLocation())) {
      SourceId src = store.sources().start(source());
      try (Batch batch = store.batch()) {
        batch.items().upsert(NewItem.listed(src, Optional.empty(), ItemPath.of("kept")));
        batch.commit();
        batch.items().upsert(NewItem.listed(src, Optional.empty(), ItemPath.of("lost")));
        ImagePdq pdq = new ImagePdq(PdqHex.parse("0".repeat(64)), 90, Map.of());
        assertThatThrownBy(() -> batch.fingerprints().putImage(new ItemId(999_999), pdq))
            .isInstanceOf(CaseStoreException.class);
      }
      try (Stream<Item> items = store.items().stream(src)) {
        assertThat(items.map(i -> i.path().display())).containsExactly("kept");
      }
      try (Batch batch = store.batch()) {
        batch.items().upsert(NewItem.listed(src, Optional.empty(), ItemPath.of("dropped")));
        batch.rollback();
        batch.items().upsert(NewItem.listed(src, Optional.empty(), ItemPath.of("closed")));
      }
      assertThat(store.items().count(src)).isEqualTo(1);
    }
  }

  @Test
  void errorsFingerprintsAndMetadataRoundTrip() throws Exception {
    try (CaseStore store = open(freshLocation())) {
      SourceId src = store.sources().start(source());
      ItemId img = store.items().upsert(NewItem.listed(src, Optional.empty(), ItemPath.of("i")));
      ItemId vid = store.items().upsert(NewItem.listed(src, Optional.empty(), ItemPath.of("v")));

      store
          .itemErrors()
          .record(new ItemError(img, "pdq", "truncated", ErrorSeverity.ERROR, "x", T0));
      store
          .itemErrors()
          .record(new ItemError(img, "pdq", "truncated", ErrorSeverity.ERROR, "y", T0));
      store.itemErrors().record(new ItemError(img, "exif", "odd", ErrorSeverity.WARNING, "z", T0));
      assertThat(store.itemErrors().of(img))
          .extracting(ItemError::stage, ItemError::message)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("exif", "z"),
              org.assertj.core.groups.Tuple.tuple("pdq", "y"));
      assertThat(store.itemErrors().count(ErrorSeverity.ERROR)).isEqualTo(1);
      store.itemErrors().clear(img, "pdq");
      try (Stream<ItemError> all = store.itemErrors().streamAll()) {
        assertThat(all.map(ItemError::kind)).containsExactly("odd");
      }

      Map<Dihedral, PdqHex> dihedrals = new EnumMap<>(Dihedral.class);
      int distinct = 0;
      for (Dihedral d : Dihedral.values()) {
        dihedrals.put(d, PdqHex.parse(String.format("%064x", ++distinct)));
      }
      ImagePdq pdq = new ImagePdq(PdqHex.parse("AB".repeat(32)), 87, dihedrals);
      store.fingerprints().putImage(img, pdq);
      store.fingerprints().putImage(img, pdq);
      assertThat(store.fingerprints().image(img)).contains(pdq);
      assertThat(store.fingerprints().image(vid)).isEmpty();
      try (Stream<Fingerprints.ItemImage> images = store.fingerprints().streamImages()) {
        assertThat(images.map(i -> i.pdq().pdq().toHex())).containsExactly("ab".repeat(32));
      }

      List<VideoFrame> frames = new ArrayList<>();
      for (int f = 0; f < 5; f++) {
        frames.add(new VideoFrame(f, 100 - f, PdqHex.parse(String.format("%064x", f)), f * 1.0));
      }
      store.fingerprints().putVideo(vid, frames);
      store.fingerprints().putVideo(vid, frames);
      assertThat(store.fingerprints().video(vid)).isEqualTo(frames);

      store.metadata().put(img, Map.of("exif.camera", "Canon", "exif.date-taken", "2024"));
      store.metadata().put(img, Map.of("exif.camera", "Nikon"));
      assertThat(store.metadata().of(img))
          .containsExactly(Map.entry("exif.camera", "Nikon"), Map.entry("exif.date-taken", "2024"));
    }
  }
}
