package org.okju.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The copy-signal, tape and hash-set aggregates on a real database, run by the SQLite and
 * PostgreSQL subclasses.
 */
abstract class CopiesContract {
  static final Instant T0 = Instant.parse("2025-03-01T10:15:30.123456789Z");
  static final PdqHex A = PdqHex.parse("a".repeat(64));
  static final PdqHex B = PdqHex.parse("b".repeat(64));

  @TempDir Path tmp;

  abstract Backend backend();

  CaseStore open() throws Exception {
    CaseLocation location = backend().freshLocation(tmp);
    return CaseStore.open(c -> c.location(location).keyDirectory(tmp));
  }

  static ItemId item(CaseStore store, String name, int n) {
    SourceId src =
        store
            .sources()
            .start(new NewSource(ItemPath.of("/evidence/" + name), T0, "0.1", "inv1", "okju"));
    return store
        .items()
        .upsert(
            NewItem.listed(src, Optional.empty(), ItemPath.of(name))
                .withDigests(CaseStoreContract.digests(n)));
  }

  @Test
  void storedSignalsComeBackInFrameOrderAndReplaceTheItemsEarlierOnes() throws Exception {
    try (CaseStore store = open()) {
      ItemId video = item(store, "v.mp4", 1);
      ItemId image = item(store, "i.jpg", 2);
      store.copies().putSignals(video, List.of(new Copies.Signal(0, 0, "full", "orig", A, 90)));
      store
          .copies()
          .putSignals(
              video,
              List.of(
                  new Copies.Signal(30, 1.0, "full", "orig", B, 80),
                  new Copies.Signal(0, 0.0, "content", "flipx", A, 70)));
      store
          .copies()
          .putSignals(image, List.of(new Copies.Signal(Copies.IMAGE, 0, "full", "orig", B, 100)));

      assertThat(store.copies().signals(video))
          .containsExactly(
              new Copies.Signal(0, 0.0, "content", "flipx", A, 70),
              new Copies.Signal(30, 1.0, "full", "orig", B, 80));
      try (Stream<Copies.ItemSignal> all = store.copies().streamSignals()) {
        assertThat(all.map(Copies.ItemSignal::item)).containsExactly(video, video, image);
      }
    }
  }

  /**
   * The views ingest writes for a photo (8 orientations of the whole and of the content, the six
   * fixed crops, the crop grid's 121 anchors and 11 probes) or for one video frame (no grid), each
   * with its own hash.
   */
  static List<Copies.Signal> views(long frame, double seconds, boolean grid, int seed) {
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    List<String> kinds = new java.util.ArrayList<>();
    List<String> orientations = new java.util.ArrayList<>();
    for (String kind : List.of("full", "content")) {
      for (Dihedral d : Dihedral.values()) {
        kinds.add(kind);
        orientations.add(d.label());
      }
    }
    for (String kind :
        List.of("center-90", "center-80", "top-90", "bottom-90", "left-90", "right-90")) {
      kinds.add(kind);
      orientations.add("orig");
    }
    if (grid) {
      for (int a = 0; a < 121; a++) {
        kinds.add(String.format(java.util.Locale.ROOT, "crop-anchor-%03d", a));
        orientations.add("orig");
      }
      for (int p = 0; p < 11; p++) {
        kinds.add(String.format(java.util.Locale.ROOT, "crop-probe-%02d", p));
        orientations.add("orig");
      }
    }
    List<Copies.Signal> out = new java.util.ArrayList<>();
    for (int i = 0; i < kinds.size(); i++) {
      out.add(
          new Copies.Signal(
              frame,
              seconds,
              kinds.get(i),
              orientations.get(i),
              PdqHex.parse(
                  String.format(
                      "%016x%016x%016x%016x",
                      random.nextLong(), random.nextLong(), random.nextLong(), random.nextLong())),
              random.nextInt(101)));
    }
    return out;
  }

  @Test
  void aCaseWrittenWithCopySignalRowsHasThemPackedOnOpeningInTheOrderGroupingReadThem()
      throws Exception {
    CaseLocation location = backend().freshLocation(tmp);
    ItemId photo;
    ItemId video;
    ItemId bare;
    try (CaseStore store = CaseStore.open(c -> c.location(location).keyDirectory(tmp))) {
      photo = item(store, "photo.jpg", 1);
      video = item(store, "clip.mp4", 2);
      bare = item(store, "notes.txt", 3);
    }
    // The case as the version before packed signals left it: the row table of V20, no pack table,
    // no V50/V51 in Flyway's history while later versions (V75) are there, so the migrations run
    // out of order, as they do on a real case.
    List<Copies.Signal> photoRows = views(Copies.IMAGE, 0, true, 1);
    List<Copies.Signal> videoRows = new java.util.ArrayList<>();
    for (int f = 0; f < 4; f++) {
      videoRows.addAll(views(30L * f, f * 1.001, false, 10 + f));
    }
    videoRows.add(new Copies.Signal(15, 0.5005, "full", "orig", A, 77));
    try (java.sql.Connection c = backend().raw(location);
        java.sql.Statement s = c.createStatement()) {
      s.execute("DROP TABLE copy_signal_pack");
      s.execute("DELETE FROM flyway_schema_history WHERE version IN ('50', '51')");
      s.execute(
          "CREATE TABLE copy_signal (item_id BIGINT NOT NULL REFERENCES item (id),"
              + " frame_number BIGINT NOT NULL, timestamp_seconds DOUBLE PRECISION NOT NULL,"
              + " kind TEXT NOT NULL, orientation TEXT NOT NULL, pdq TEXT NOT NULL,"
              + " quality INTEGER NOT NULL,"
              + " PRIMARY KEY (item_id, frame_number, kind, orientation))");
      try (java.sql.PreparedStatement insert =
          c.prepareStatement(
              "INSERT INTO copy_signal (item_id, frame_number, timestamp_seconds, kind,"
                  + " orientation, pdq, quality) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        // Video rows first and shuffled: the order they were written in must not matter.
        List<Object[]> rows = new java.util.ArrayList<>();
        videoRows.forEach(g -> rows.add(new Object[] {video, g}));
        photoRows.forEach(g -> rows.add(new Object[] {photo, g}));
        java.util.Collections.shuffle(rows, new java.util.Random(7));
        for (Object[] row : rows) {
          Copies.Signal g = (Copies.Signal) row[1];
          insert.setLong(1, ((ItemId) row[0]).value());
          insert.setLong(2, g.frameNumber());
          insert.setDouble(3, g.timestampSeconds());
          insert.setString(4, g.kind());
          insert.setString(5, g.orientation());
          insert.setString(6, g.pdq().toHex());
          insert.setInt(7, g.quality());
          insert.executeUpdate();
        }
      }
    }
    java.util.Comparator<Copies.Signal> rowOrder =
        java.util.Comparator.comparingLong(Copies.Signal::frameNumber)
            .thenComparing(Copies.Signal::kind)
            .thenComparing(Copies.Signal::orientation);
    try (CaseStore store = CaseStore.open(c -> c.location(location).keyDirectory(tmp))) {
      assertThat(store.schemaVersion()).isEqualTo(CaseStoreContract.newestMigration());
      assertThat(store.copies().signals(photo))
          .hasSize(154)
          .containsExactlyElementsOf(photoRows.stream().sorted(rowOrder).toList());
      assertThat(store.copies().signals(video))
          .hasSize(4 * 22 + 1)
          .containsExactlyElementsOf(videoRows.stream().sorted(rowOrder).toList());
      assertThat(store.copies().signals(bare)).isEmpty();
      try (Stream<Copies.ItemSignalPack> packs = store.copies().streamSignalPacks()) {
        assertThat(packs.map(p -> p.item() + ":" + p.pack().size() + ":" + p.pack().frames()))
            .containsExactly(photo + ":154:1", video + ":89:5");
      }
    }
    try (java.sql.Connection c = backend().raw(location);
        java.sql.Statement s = c.createStatement();
        java.sql.ResultSet r =
            s.executeQuery(
                "SELECT item_id, format, views FROM copy_signal_pack ORDER BY item_id")) {
      assertThat(r.next()).isTrue();
      assertThat(r.getLong(1)).isEqualTo(photo.value());
      assertThat(r.getInt(2)).isEqualTo(CopySignalPack.VERSION);
      assertThat(r.getInt(3)).isEqualTo(154);
      assertThatThrownBy(() -> s.executeQuery("SELECT COUNT(*) FROM copy_signal").next())
          .isInstanceOf(java.sql.SQLException.class);
    }
  }

  @Test
  void aDamagedRecordIsReportedWithItsItemAndTheOthersStillRead() throws Exception {
    CaseLocation location = backend().freshLocation(tmp);
    ItemId a;
    ItemId b;
    try (CaseStore store = CaseStore.open(c -> c.location(location).keyDirectory(tmp))) {
      a = item(store, "a.jpg", 1);
      b = item(store, "b.jpg", 2);
      store.copies().putSignals(a, views(Copies.IMAGE, 0, true, 1));
      store.copies().putSignals(b, views(Copies.IMAGE, 0, true, 2));
    }
    byte[] damaged = CopySignalPack.encode(views(Copies.IMAGE, 0, true, 1));
    damaged[100] ^= 4;
    try (java.sql.Connection c = backend().raw(location);
        java.sql.PreparedStatement s =
            c.prepareStatement("UPDATE copy_signal_pack SET pack = ? WHERE item_id = ?")) {
      s.setBytes(1, damaged);
      s.setLong(2, a.value());
      s.executeUpdate();
    }
    try (CaseStore store = CaseStore.open(c -> c.location(location).keyDirectory(tmp))) {
      assertThatThrownBy(() -> store.copies().signals(a))
          .isInstanceOf(CorruptSignalPackException.class)
          .hasMessageContaining("item " + a.value())
          .hasMessageContaining("checksum");
      assertThat(store.copies().signals(b)).hasSize(154);
      try (Stream<Copies.ItemSignalPack> packs = store.copies().streamSignalPacks()) {
        assertThat(packs.map(Copies.ItemSignalPack::item)).containsExactly(a, b);
      }
    }
  }

  @Test
  void tapesAreReplacedAsAWholeAndKeepTheirMembersOrder() throws Exception {
    try (CaseStore store = open()) {
      ItemId a = item(store, "a.mp4", 1);
      ItemId b = item(store, "b.mp4", 2);
      ItemId c = item(store, "c.jpg", 3);
      store
          .copies()
          .replaceTapes(
              List.of(
                  new Copies.Tape(
                      "T-001", "video", a, List.of(new Copies.Member(a, "representative", "{}")))));
      Copies.Tape tape =
          new Copies.Tape(
              "T-001",
              "video",
              b,
              List.of(
                  new Copies.Member(b, "representative", "{}"),
                  new Copies.Member(c, "still", "{\"distance\":3}"),
                  new Copies.Member(a, "excerpt", "{\"offset\":4}")));
      store.copies().replaceTapes(List.of(tape));

      assertThat(store.copies().tapes()).containsExactly(tape);
      assertThatThrownBy(
              () ->
                  store
                      .copies()
                      .replaceTapes(
                          List.of(
                              new Copies.Tape(
                                  "T-002",
                                  "video",
                                  a,
                                  List.of(new Copies.Member(a, "cousin", "{}"))))))
          .isInstanceOf(CaseStoreException.class);
      assertThat(store.copies().tapes()).containsExactly(tape);
    }
  }

  @Test
  void picturesComeBackWholeByItemAndAsProfilesWithoutThumbnailsInItemOrder() throws Exception {
    try (CaseStore store = open()) {
      ItemId icon = item(store, "icon.png", 1);
      ItemId photo = item(store, "photo.jpg", 2);
      byte[] luma = new byte[4096];
      byte[] alpha = new byte[4096];
      for (int i = 0; i < 4096; i++) {
        luma[i] = (byte) i;
        alpha[i] = (byte) (255 - i);
      }
      byte[] chroma = new byte[512];
      for (int i = 0; i < chroma.length; i++) {
        chroma[i] = (byte) (i * 7);
      }
      Copies.Picture iconPicture =
          new Copies.Picture(
              48, 48, 7, 0.62, 0.91, 0.4, new double[] {0, 0, 1, 1}, luma, alpha, chroma, false);
      Copies.Picture photoPicture =
          new Copies.Picture(
              640,
              480,
              900,
              0.05,
              0.01,
              0,
              new double[] {0, 0.1, 1, 0.9},
              luma,
              new byte[0],
              new byte[0],
              true);
      store.copies().putPicture(photo, photoPicture);
      store.copies().putPicture(icon, photoPicture);
      store.copies().putPicture(icon, iconPicture);

      assertThat(store.copies().pictures(List.of(icon, photo, new ItemId(999))))
          .containsOnlyKeys(icon, photo)
          .containsEntry(icon, iconPicture)
          .containsEntry(photo, photoPicture);
      assertThat(store.copies().pictures(List.of(icon)).get(icon).chroma()).isEqualTo(chroma);
      assertThat(store.copies().pictures(List.of(photo)).get(photo).chroma()).isEmpty();
      try (Stream<Copies.ItemPicture> profiles = store.copies().streamProfiles()) {
        List<Copies.ItemPicture> all = profiles.toList();
        assertThat(all).extracting(Copies.ItemPicture::item).containsExactly(icon, photo);
        assertThat(all.get(0).picture().luma()).isEmpty();
        assertThat(all.get(1).picture().content()).containsExactly(0, 0.1, 1, 0.9);
        assertThat(all.get(1).picture().framed()).isTrue();
        assertThat(all.get(0).picture().framed()).isFalse();
        assertThat(all.get(0).picture().transparentShare()).isEqualTo(0.4);
      }
    }
  }

  @Test
  void membersKeepHowTheyJoinedAndTapesTheirRelatedItems() throws Exception {
    try (CaseStore store = open()) {
      ItemId a = item(store, "a.png", 1);
      ItemId b = item(store, "b.png", 2);
      ItemId c = item(store, "c.png", 3);
      ItemId d = item(store, "d.png", 4);
      Copies.Tape first =
          new Copies.Tape(
              "T-001",
              "image",
              a,
              List.of(
                  new Copies.Member(a, "representative", "representative", "{}"),
                  new Copies.Member(b, "re-encoded", "direct", "{\"distance\":4}"),
                  new Copies.Member(c, "transformed", "via-member", "{\"chainDistance\":20}")),
              List.of(new Copies.Related(d, b, "T-002", "transformed", "{\"distance\":22}")));
      Copies.Tape second =
          new Copies.Tape(
              "T-002",
              "image",
              d,
              List.of(new Copies.Member(d, "representative", "{}")),
              List.of(new Copies.Related(b, d, "T-001", "transformed", "{\"distance\":22}")));
      store.copies().replaceTapes(List.of(first, second));
      assertThat(store.copies().tapes()).containsExactly(first, second);
      assertThat(new Copies.Member(a, "representative", "{}").joined()).isEqualTo("representative");
      assertThatThrownBy(
              () ->
                  store
                      .copies()
                      .replaceTapes(
                          List.of(
                              new Copies.Tape(
                                  "T-003",
                                  "image",
                                  a,
                                  List.of(new Copies.Member(a, "re-encoded", "chained", "{}"))))))
          .isInstanceOf(CaseStoreException.class);
      assertThat(store.copies().tapes()).containsExactly(first, second);
    }
  }

  @Test
  void splitsAreKeptWithTheirSidesInTheOrderTheyWereDecided() throws Exception {
    try (CaseStore store = open()) {
      ItemId a = item(store, "a.png", 1);
      ItemId b = item(store, "b.png", 2);
      ItemId c = item(store, "c.png", 3);
      long first =
          store
              .copies()
              .addSplit(
                  new Copies.Split(
                      0, "T-004", "rev1", T0, "different icons", Set.of(c), Set.of(a, b)));
      long second =
          store
              .copies()
              .addSplit(new Copies.Split(0, "T-001", "rev2", T0, "no", Set.of(b), Set.of(a)));
      assertThat(second).isGreaterThan(first);
      List<Copies.Split> splits = store.copies().splits();
      assertThat(splits)
          .containsExactly(
              new Copies.Split(
                  first, "T-004", "rev1", T0, "different icons", Set.of(c), Set.of(a, b)),
              new Copies.Split(second, "T-001", "rev2", T0, "no", Set.of(b), Set.of(a)));
    }
  }

  @Test
  void digestsOfCatalogueItemsMatchImportedEntriesExactly() throws Exception {
    try (CaseStore store = open()) {
      ItemId one = item(store, "one.jpg", 1);
      item(store, "two.jpg", 2);
      Digests d = CaseStoreContract.digests(1);
      long set =
          store.hashSets().create("known", "known-bad", "md5sum", "0".repeat(64), T0, "inv1");
      store
          .hashSets()
          .addEntries(
              set,
              List.of(
                  new HashSets.Entry("md5", d.md5().orElseThrow().toHex(), Optional.empty()),
                  new HashSets.Entry("sha256", d.sha256().orElseThrow().toHex(), Optional.of("x")),
                  new HashSets.Entry("md5", "f".repeat(32), Optional.empty()),
                  new HashSets.Entry("pdq", A.toHex(), Optional.of("collab"))));
      store.hashSets().finish(set, 4, 1);

      List<HashSets.Match> exact = store.hashSets().exactMatches();
      assertThat(exact)
          .extracting(HashSets.Match::item, HashSets.Match::hashKind)
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple(one, "md5"),
              org.assertj.core.groups.Tuple.tuple(one, "sha256"));
      store.hashSets().replaceMatches(exact);
      store.hashSets().replaceMatches(exact);
      assertThat(store.hashSets().matches()).hasSize(2);
      try (Stream<HashSets.SetEntry> pdq = store.hashSets().pdqEntries()) {
        assertThat(pdq.map(e -> e.entry().label())).containsExactly(Optional.of("collab"));
      }
      HashSets.HashSet stored = store.hashSets().find("known").orElseThrow();
      assertThat(stored.entries()).contains(4L);
      assertThat(stored.problems()).contains(1L);
      assertThat(stored.importedAt()).isEqualTo(T0);
    }
  }

  @Test
  void aSecondSetOfTheSameNameIsRefusedAndAnUnknownKindIsRejectedByTheSchema() throws Exception {
    try (CaseStore store = open()) {
      store.hashSets().create("nsrl", "ignorable", "nsrl-v3", "0".repeat(64), T0, "inv1");
      assertThatThrownBy(
              () ->
                  store.hashSets().create("nsrl", "ignorable", "nsrl-v3", "0".repeat(64), T0, "x"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("nsrl");
      assertThatThrownBy(
              () -> store.hashSets().create("other", "maybe", "x", "0".repeat(64), T0, "inv1"))
          .isInstanceOf(CaseStoreException.class);
      assertThat(store.hashSets().list())
          .extracting(HashSets.HashSet::name)
          .containsExactly("nsrl");
      assertThat(store.hashSets().list().get(0).entries()).isEmpty();
    }
  }
}
