package org.okju.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.casefile.CaseLocation;
import org.okju.casefile.CaseStore;
import org.okju.casefile.CatalogueQuery;
import org.okju.casefile.Item;
import org.okju.casefile.ItemId;
import org.okju.casefile.ItemProgress;
import org.okju.casefile.ItemStatus;
import org.okju.casefile.NewItem;

/**
 * The web bench on a small generated case against a real workbench: every load answers without
 * errors, every first page is read, and a second run reuses the generated case.
 */
class WebBenchTest {
  @TempDir Path tmp;

  @Test
  void latenciesAreNearestRankPercentiles() {
    long[] nanos = new long[100];
    for (int i = 0; i < 100; i++) {
      nanos[i] = (100 - i) * 1_000_000L;
    }
    Latencies l = Latencies.of(nanos);
    assertThat(l.p50()).isEqualTo(50.0);
    assertThat(l.p95()).isEqualTo(95.0);
    assertThat(l.p99()).isEqualTo(99.0);
    assertThat(Latencies.of(new long[0]).p50()).isNaN();
  }

  @Test
  void clientsPageTheCatalogueAndOpenItemsBesideTheStaticFloor() throws Exception {
    WebBench.Options o =
        new WebBench.Options(3_000, 3, Duration.ofSeconds(1), Duration.ZERO, 2, tmp, 5);
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    WebBench.Result r = new WebBench().run(o, new PrintStream(log, true, StandardCharsets.UTF_8));
    assertThat(r.generated()).isPresent();
    assertThat(r.loads())
        .extracting(WebBench.Load::what)
        .containsExactly("static file (the floor)", "catalogue page (API)", "item (API)");
    for (WebBench.Load l : r.loads()) {
      assertThat(l.requests()).as(l.what()).isPositive();
      assertThat(l.errors()).as(l.what()).isZero();
      assertThat(l.latency().p95()).as(l.what()).isGreaterThanOrEqualTo(l.latency().p50());
    }
    assertThat(r.firstPages()).hasSize(WebBench.FIRST_PAGES.size());
    WebBench.FirstPage images =
        r.firstPages().stream().filter(f -> f.query().equals("type=image")).findFirst().get();
    assertThat(images.rows()).isEqualTo(50);

    ByteArrayOutputStream table = new ByteArrayOutputStream();
    WebBench.print(r, new PrintStream(table, true, StandardCharsets.UTF_8));
    assertThat(table.toString(StandardCharsets.UTF_8))
        .contains("3,000 catalogue rows")
        .contains("catalogue page p95 / static file p95")
        .contains("CPU ms/req")
        .contains("type=image");

    WebBench.Result again =
        new WebBench().run(o, new PrintStream(log, true, StandardCharsets.UTF_8));
    assertThat(again.generated()).isEmpty();
  }

  @Test
  void aCatalogueGrownBySqlHoldsRowsAsTheWriterWritesThem() throws Exception {
    Path dir = tmp.resolve("grown");
    SyntheticCatalogue.write(dir, 250, 7, 100);
    try (CaseStore store =
        CaseStore.open(c -> c.location(CaseLocation.directory(dir)).existing())) {
      List<Item> items = store.items().streamAll().toList();
      assertThat(items).hasSize(250);
      assertThat(items.stream().map(i -> i.path().display()).distinct()).hasSize(250);
      Item copy = items.get(249);
      assertThat(copy.path().display()).startsWith("copy-2/");
      // The path hash is the writer's: an upsert of the same path finds the copied row.
      ItemId again =
          store
              .items()
              .upsert(
                  NewItem.listed(copy.source(), Optional.empty(), copy.path())
                      .withState(ItemStatus.OK, ItemProgress.DONE));
      assertThat(again).isEqualTo(copy.id());
      assertThat(copy.digests().sha256()).isPresent();
      assertThat(copy.digests().md5()).isPresent();
      CatalogueQuery q =
          new CatalogueQuery(
              Optional.empty(),
              Optional.empty(),
              java.util.OptionalLong.empty(),
              java.util.OptionalLong.empty(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              Optional.of("copy-1/"),
              Optional.empty(),
              CatalogueQuery.Sort.ID,
              false,
              Optional.empty(),
              1000);
      assertThat(store.catalogue().page(q).items()).hasSize(100);
    }
  }
}
