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
    CatalogueQuery a = CatalogueQuery.all(limit);
    return new CatalogueQuery(
        a.type(),
        a.status(),
        a.minSize(),
        a.maxSize(),
        a.modifiedFrom(),
        a.modifiedBefore(),
        a.tape(),
        a.hashSet(),
        a.pathContains(),
        a.hashPrefix(),
        sort,
        desc,
        Optional.empty(),
        limit);
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
          new CatalogueQuery(
              Optional.empty(),
              Optional.empty(),
              OptionalLong.of(5),
              OptionalLong.of(9),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              CatalogueQuery.Sort.SIZE,
              false,
              Optional.empty(),
              1000);
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
    return new CatalogueQuery(
        Optional.ofNullable(type),
        Optional.ofNullable(status),
        b.minSize(),
        b.maxSize(),
        b.modifiedFrom(),
        b.modifiedBefore(),
        b.tape(),
        b.hashSet(),
        Optional.ofNullable(path),
        Optional.ofNullable(hash),
        b.sort(),
        b.descending(),
        b.after(),
        b.limit());
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
