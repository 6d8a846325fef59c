package org.okju.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalogue as people read it (filtered, sorted, keyset-paged) and the custody log's pages and
 * counts, on a real database; run by the SQLite and PostgreSQL subclasses.
 */
abstract class CatalogueContract {
  static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

  @TempDir Path tmp;

  abstract Backend backend();

  private static final String[] TYPES = {"image/jpeg", "video/mp4", "text/plain; charset=UTF-8"};

  /** 120 items with random sizes, types, statuses and times (seed printed on failure). */
  private List<ItemId> fill(CaseStore store, long seed) {
    Random r = new Random(seed);
    SourceId s =
        store.sources().start(new NewSource(ItemPath.of("/ev"), T0, "t", "u", "okju ingest"));
    List<ItemId> ids = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      NewItem item =
          NewItem.listed(s, Optional.empty(), ItemPath.of("dir/File-" + r.nextInt(50) + "-" + i))
              .withDigests(CaseStoreContract.digests(i + 1))
              .withState(i % 7 == 0 ? ItemStatus.ERROR : ItemStatus.OK, ItemProgress.DONE);
      if (i % 5 != 0) {
        item =
            item.withFileInfo(
                    r.nextInt(20),
                    new FileTimes(
                        Optional.of(T0.plusSeconds(r.nextInt(1000))),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()))
                .withMediaType(TYPES[i % 3], false);
      }
      ids.add(store.items().upsert(item));
    }
    return ids;
  }

  private static List<Item> all(CaseStore store, CatalogueQuery q) {
    List<Item> out = new ArrayList<>();
    Optional<String> cursor = Optional.empty();
    for (int pages = 0; pages < 1000; pages++) {
      CataloguePage p = store.catalogue().page(q.after(cursor));
      out.addAll(p.items());
      if (p.next().isEmpty()) {
        return out;
      }
      cursor = p.next();
    }
    throw new AssertionError("paging did not end");
  }

  private static CatalogueQuery sorted(CatalogueQuery.Sort sort, boolean desc, int limit) {
    return new CatalogueQuery.Builder(limit).sort(sort, desc).build();
  }

  @Test
  void aListingPageIsTheItemPageItsColumnsAndFlagsShow() throws Exception {
    long seed = System.nanoTime();
    try (CaseStore store = CaseStore.open(backend().freshLocation(tmp))) {
      List<ItemId> ids = fill(store, seed);
      store.metadata().put(ids.get(3), Map.of("case.flag", "true", "other", "x"));
      store.metadata().put(ids.get(40), Map.of("case.flag", "false"));
      store.metadata().put(ids.get(41), Map.of("other", "y"));
      for (CatalogueQuery.Sort sort : CatalogueQuery.Sort.values()) {
        for (boolean desc : new boolean[] {false, true}) {
          Optional<String> cursor = Optional.empty();
          int rows = 0;
          do {
            CatalogueQuery q = sorted(sort, desc, 11).after(cursor);
            CataloguePage page = store.catalogue().page(q);
            CatalogueRows listing = store.catalogue().rows(q, "case.flag");
            assertThat(listing.next()).as("sort %s seed %d", sort, seed).isEqualTo(page.next());
            List<CatalogueRow> expected = new ArrayList<>();
            for (Item i : page.items()) {
              expected.add(
                  new CatalogueRow(
                      i.id(),
                      i.path().display(),
                      i.mediaType(),
                      i.size(),
                      i.digests().sha256().map(Object::toString),
                      i.status(),
                      i.times().modified(),
                      i.id().equals(ids.get(3))
                          ? Optional.of("true")
                          : i.id().equals(ids.get(40)) ? Optional.of("false") : Optional.empty()));
            }
            assertThat(listing.rows()).as("sort %s seed %d", sort, seed).isEqualTo(expected);
            rows += listing.rows().size();
            cursor = listing.next();
          } while (cursor.isPresent());
          assertThat(rows).isEqualTo(120);
        }
      }
    }
  }

  /** An item's card holds what the separate reads of its item, flag, PDQ, frames and tape give. */
  @Test
  void anItemCardIsWhatTheSeparateReadsGive() throws Exception {
    try (CaseStore store = CaseStore.open(backend().freshLocation(tmp))) {
      List<ItemId> ids = fill(store, 7);
      ItemId image = ids.get(1);
      ItemId video = ids.get(2);
      ItemId plain = ids.get(3);
      PdqHex hash = PdqHex.parse("f".repeat(64));
      store.fingerprints().putImage(image, new ImagePdq(hash, 90, Map.of()));
      store
          .fingerprints()
          .putVideo(
              video, List.of(new VideoFrame(0, 80, hash, 0.0), new VideoFrame(30, 70, hash, 1.0)));
      store.metadata().put(image, Map.of("case.flag", "true"));
      store
          .copies()
          .replaceTapes(
              List.of(
                  new Copies.Tape(
                      "T-002",
                      "video",
                      video,
                      List.of(new Copies.Member(video, "representative", "{}"))),
                  new Copies.Tape(
                      "T-001",
                      "video",
                      image,
                      List.of(
                          new Copies.Member(image, "representative", "{}"),
                          new Copies.Member(video, "re-encoded", "{\"distance\":3}")))));
      for (ItemId id : List.of(image, video, plain)) {
        ItemCard card = store.catalogue().card(id, "case.flag").orElseThrow();
        assertThat(card.item()).isEqualTo(store.items().find(id).orElseThrow());
        assertThat(card.flag())
            .isEqualTo(
                Optional.ofNullable(
                    store.catalogue().metadataValue("case.flag", List.of(id)).get(id)));
        assertThat(card.pdq().map(p -> p.pdq().toHex() + " " + p.quality()))
            .isEqualTo(
                store.fingerprints().image(id).map(p -> p.pdq().toHex() + " " + p.quality()));
        assertThat(card.videoFrames()).isEqualTo(store.fingerprints().video(id).size());
        assertThat(card.tape())
            .isEqualTo(Optional.ofNullable(store.catalogue().memberships(List.of(id)).get(id)));
      }
      assertThat(store.catalogue().card(image, "case.flag").orElseThrow().flag()).contains("true");
      assertThat(store.catalogue().card(video, "case.flag").orElseThrow().tape())
          .map(Catalogue.Membership::tape)
          .contains("T-001");
      assertThat(store.catalogue().card(new ItemId(999_999), "case.flag")).isEmpty();
    }
  }

  @Test
  void pagingInEverySortVisitsEveryItemOnceInOrder() throws Exception {
    long seed = System.nanoTime();
    try (CaseStore store = CaseStore.open(backend().freshLocation(tmp))) {
      fill(store, seed);
      List<Item> everything = all(store, CatalogueQuery.all(1000));
      assertThat(everything).as("seed %d", seed).hasSize(120);
      for (CatalogueQuery.Sort sort : CatalogueQuery.Sort.values()) {
        for (boolean desc : new boolean[] {false, true}) {
          List<Item> paged = all(store, sorted(sort, desc, 7));
          Comparator<Item> order = comparator(sort);
          order = desc ? order.reversed() : order;
          List<Item> expected = everything.stream().sorted(order).toList();
          assertThat(paged).as("sort %s desc %s seed %d", sort, desc, seed).isEqualTo(expected);
        }
      }
    }
  }

  private static Comparator<Item> comparator(CatalogueQuery.Sort sort) {
    Comparator<Item> byId = Comparator.comparingLong(i -> i.id().value());
    return switch (sort) {
      case ID -> byId;
      case PATH -> Comparator.comparing((Item i) -> i.path().display()).thenComparing(byId);
      case SIZE -> Comparator.comparingLong((Item i) -> i.size().orElse(-1)).thenComparing(byId);
      case MODIFIED ->
          Comparator.comparing((Item i) -> i.times().modified().map(Instant::toString).orElse(""))
              .thenComparing(byId);
      case TYPE -> Comparator.comparing((Item i) -> i.mediaType().orElse("")).thenComparing(byId);
    };
  }

  @Test
  void filtersSelectExactlyTheMatchingItems() throws Exception {
    try (CaseStore store = CaseStore.open(backend().freshLocation(tmp))) {
      fill(store, 7);
      List<Item> everything = all(store, CatalogueQuery.all(1000));
      CatalogueQuery base = CatalogueQuery.all(1000);
      assertThat(all(store, with(base, "image", null, null, null)))
          .containsExactlyElementsOf(
              everything.stream()
                  .filter(i -> i.mediaType().orElse("").startsWith("image/"))
                  .toList());
      assertThat(all(store, with(base, "text/plain", null, null, null)))
          .hasSize(
              (int)
                  everything.stream()
                      .filter(i -> i.mediaType().orElse("").startsWith("text/plain"))
                      .count())
          .isNotEmpty();
      assertThat(all(store, with(base, null, ItemStatus.ERROR, null, null)))
          .allMatch(i -> i.status() == ItemStatus.ERROR)
          .hasSize(18);
      assertThat(all(store, with(base, null, null, "FILE-1", null)))
          .allMatch(i -> i.path().display().toLowerCase(Locale.ROOT).contains("file-1"))
          .isNotEmpty();
      Item some = everything.get(33);
      String prefix = some.digests().sha256().orElseThrow().toHex().substring(0, 10);
      assertThat(all(store, with(base, null, null, null, prefix))).containsExactly(some);
      assertThat(all(store, with(base, null, null, "100%_", null))).isEmpty();
      CatalogueQuery sized =
          new CatalogueQuery.Builder(1000)
              .size(OptionalLong.of(5), OptionalLong.of(9))
              .sort(CatalogueQuery.Sort.SIZE, false)
              .build();
      assertThat(all(store, sized))
          .allMatch(i -> i.size().orElse(-1) >= 5 && i.size().orElse(-1) <= 9)
          .isNotEmpty();
      Map<String, Long> byStatus = store.catalogue().countsByStatus();
      assertThat(byStatus).containsEntry("error", 18L).containsEntry("ok", 102L);
      assertThat(store.catalogue().countsByType()).containsEntry("", 24L);
    }
  }

  private static CatalogueQuery with(
      CatalogueQuery b, String type, ItemStatus status, String path, String hash) {
    return b.toBuilder()
        .type(Optional.ofNullable(type))
        .status(Optional.ofNullable(status))
        .pathContains(Optional.ofNullable(path))
        .hashPrefix(Optional.ofNullable(hash))
        .build();
  }

  /** Paths with LIKE's wildcards, quotes, backslashes, non-ASCII letters and emoji. */
  static final List<String> ODD_PATHS =
      List.of(
          "DCIM/100/VID_00099.mp4",
          "DCIM/100/vid-00099.mp4",
          "DCIM/100/VIDX00099.mp4",
          "Beach 100%_final.JPG",
          "Beach 100 final.jpg",
          "a_b/x%y/z.txt",
          "aXb/xy/z.txt",
          "Ünïcödé/Straße/문서-사진.png",
          "ünïcödé/strasse/문서 사진.png",
          "emoji 😀 clip.mp4",
          "quote\"d 'name'.txt",
          "back\\slash\\file.bin",
          "Documents/Notes-2024.TXT");

  /**
   * Path texts to look for: wildcards and escapes taken literally, case folded for ASCII, texts
   * shorter than a trigram, and texts that match nothing.
   */
  static final List<String> PATH_TEXTS =
      List.of(
          "vid_00099",
          "VID_0009",
          "100%_",
          "%",
          "_",
          "a_b",
          "x%y",
          "straße",
          "문서-사",
          "😀 c",
          "\"d '",
          "\\sl",
          "ünï",
          "ÜNÏ",
          "notes-2024.txt",
          "di",
          "zzz-none",
          "\"");

  /**
   * The path text filter (through the trigram index where the database has one) finds exactly what
   * a scan with the same LIKE finds, in every sort and across pages; for texts whose case folds in
   * ASCII alone, exactly the paths that contain the text.
   */
  @Test
  void pathTextFindsExactlyWhatTheScanFinds() throws Exception {
    CaseLocation location = backend().freshLocation(tmp);
    try (CaseStore store = CaseStore.open(location)) {
      SourceId s =
          store.sources().start(new NewSource(ItemPath.of("/ev"), T0, "t", "u", "okju ingest"));
      for (int round = 0; round < 3; round++) {
        for (int i = 0; i < ODD_PATHS.size(); i++) {
          store
              .items()
              .upsert(
                  NewItem.listed(s, Optional.empty(), ItemPath.of(round + "/" + ODD_PATHS.get(i)))
                      .withDigests(CaseStoreContract.digests(round * 100 + i + 1))
                      .withState(ItemStatus.OK, ItemProgress.DONE)
                      .withFileInfo(
                          (i * 7L) % 5,
                          new FileTimes(
                              Optional.of(T0.plusSeconds(i)),
                              Optional.empty(),
                              Optional.empty(),
                              Optional.empty()))
                      .withMediaType("image/jpeg", false));
        }
      }
      List<Item> everything = all(store, CatalogueQuery.all(1000));
      try (java.sql.Connection raw = backend().raw(location)) {
        for (String text : PATH_TEXTS) {
          List<ItemId> scanned = scan(raw, text);
          if (!text.equalsIgnoreCase("ünï")) {
            // Beside paths with Ü and ü, LOWER differs: ASCII only in SQLite, the locale's in
            // PostgreSQL. For the other texts both databases agree with Java.
            List<ItemId> containing =
                everything.stream()
                    .filter(i -> asciiLower(i.path().display()).contains(lower(text)))
                    .map(Item::id)
                    .toList();
            assertThat(scanned).as("scan for %s", text).isEqualTo(containing);
          }
          for (CatalogueQuery.Sort sort : CatalogueQuery.Sort.values()) {
            for (boolean desc : new boolean[] {false, true}) {
              List<ItemId> found =
                  all(store, withPath(sorted(sort, desc, 2), text)).stream()
                      .map(Item::id)
                      .sorted(Comparator.comparingLong(ItemId::value))
                      .toList();
              assertThat(found).as("%s sorted %s desc %s", text, sort, desc).isEqualTo(scanned);
            }
          }
        }
        assertThat(scan(raw, "straße")).hasSize(3);
        assertThat(scan(raw, "100%_")).hasSize(3);
        assertThat(scan(raw, "ÜNÏ")).hasSize(3);
      }
    }
  }

  // The filter's LIKE run with every index out of the way (the reference: what a scan finds).
  private List<ItemId> scan(java.sql.Connection raw, String text) throws Exception {
    if (backend().dialect() == Dialect.POSTGRESQL) {
      try (java.sql.Statement st = raw.createStatement()) {
        st.execute("SET enable_indexscan = off");
        st.execute("SET enable_bitmapscan = off");
      }
    }
    SqlCatalogue.Select select =
        SqlCatalogue.select(
            backend().dialect(),
            withPath(CatalogueQuery.all(1000), text),
            SqlCatalogue.Indexed.PLAIN);
    List<ItemId> out = new ArrayList<>();
    try (java.sql.PreparedStatement st = raw.prepareStatement(select.sql())) {
      for (int i = 0; i < select.args().size(); i++) {
        st.setObject(i + 1, select.args().get(i));
      }
      try (java.sql.ResultSet r = st.executeQuery()) {
        while (r.next()) {
          out.add(new ItemId(r.getLong("id")));
        }
      }
    }
    return out;
  }

  private static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }

  private static String asciiLower(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      b.append(ch >= 'A' && ch <= 'Z' ? (char) (ch + 32) : ch);
    }
    return b.toString();
  }

  private static CatalogueQuery withPath(CatalogueQuery a, String text) {
    return a.toBuilder().pathContains(Optional.of(text)).build();
  }

  @Test
  void aCursorOfAnotherSortOrGarbageIsRefused() throws Exception {
    try (CaseStore store = CaseStore.open(backend().freshLocation(tmp))) {
      fill(store, 3);
      String cursor = store.catalogue().page(CatalogueQuery.all(5)).next().orElseThrow();
      assertThatThrownBy(
              () ->
                  store
                      .catalogue()
                      .page(sorted(CatalogueQuery.Sort.PATH, false, 5).after(Optional.of(cursor))))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(
              () -> store.catalogue().page(CatalogueQuery.all(5).after(Optional.of("%%%"))))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void custodyPagesAndCountsFilterByActionUserAndTime() throws Exception {
    try (CaseStore store = CaseStore.open(backend().freshLocation(tmp))) {
      for (int i = 0; i < 10; i++) {
        store
            .custody()
            .append(
                NewCustodyEntry.of(
                    i % 2 == 0 ? "kim" : "lee",
                    i % 3 == 0 ? "media-viewed" : "other",
                    "{}",
                    Map.of(),
                    Map.of(),
                    "t"));
      }
      assertThat(store.custody().page(0, 3, Optional.empty(), Optional.empty()))
          .extracting(CustodyEntry::seq)
          .containsExactly(1L, 2L, 3L);
      assertThat(store.custody().page(3, 100, Optional.of("media-viewed"), Optional.empty()))
          .extracting(CustodyEntry::seq)
          .containsExactly(4L, 7L, 10L);
      assertThat(
              store.custody().pageBefore(Long.MAX_VALUE, 2, Optional.empty(), Optional.of("kim")))
          .extracting(CustodyEntry::seq)
          .containsExactly(9L, 7L);
      assertThat(store.custody().count("media-viewed", Optional.of("kim"), Optional.empty()))
          .isEqualTo(2);
      assertThat(
              store
                  .custody()
                  .count(
                      "media-viewed", Optional.empty(), Optional.of(Instant.now().plusSeconds(60))))
          .isZero();
      assertThat(store.custody().countByUser("media-viewed", Optional.empty()))
          .containsEntry("kim", 2L)
          .containsEntry("lee", 2L);
    }
  }
}
