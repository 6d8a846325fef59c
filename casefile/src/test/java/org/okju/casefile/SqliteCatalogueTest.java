package org.okju.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The catalogue contract on SQLite. */
class SqliteCatalogueTest extends CatalogueContract {
  @Override
  Backend backend() {
    return new SqliteBackend();
  }

  /**
   * A page after a cursor searches the sort's index from the cursor, in every sort and direction: a
   * plan that scans the index (or the table) reads every entry before the page, which on a
   * million-item case under 50 clients made each page cost seconds.
   */
  @Test
  void aPageAfterACursorSearchesTheSortsIndexFromTheCursor() throws Exception {
    CaseLocation location = backend().freshLocation(tmp);
    try (CaseStore store = CaseStore.open(location)) {
      fillForty(store, source(store));
      Path db = ((CaseLocation.Directory) location).database();
      List<String> scans = new ArrayList<>();
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
        for (CatalogueQuery.Sort sort : CatalogueQuery.Sort.values()) {
          for (boolean desc : new boolean[] {false, true}) {
            CatalogueQuery first = query(sort, desc, Optional.empty());
            String cursor = store.catalogue().page(first).next().orElseThrow();
            SqlCatalogue.Select select =
                SqlCatalogue.select(
                    Dialect.SQLITE,
                    query(sort, desc, Optional.of(cursor)),
                    SqlCatalogue.Indexed.PLAIN);
            for (String step : plan(c, select)) {
              if (!step.startsWith("SEARCH")) {
                scans.add(sort + (desc ? " desc" : "") + ": " + step);
              }
            }
            // A common status (unindexed, as page() decides by its probe) is tested on the rows of
            // the sort's index, not collected through the status index and sorted.
            if (sort != CatalogueQuery.Sort.ID) {
              SqlCatalogue.Select withStatus =
                  SqlCatalogue.select(
                      Dialect.SQLITE,
                      withOk(query(sort, desc, Optional.of(cursor))),
                      new SqlCatalogue.Indexed(true, false, false));
              for (String step : plan(c, withStatus)) {
                if (!step.startsWith("SEARCH") || !step.contains("_sort")) {
                  scans.add(sort + (desc ? " desc" : "") + " status=ok: " + step);
                }
              }
            }
          }
        }
      }
      assertThat(scans).isEmpty();
    }
  }

  /**
   * A rare path text is looked up in the trigram index and its candidates read by id, in every sort
   * and direction, first page or after a cursor: never a scan of the catalogue (905 ms a page on a
   * million rows).
   */
  @Test
  void aRarePathTextIsLookedUpInTheTrigramIndexInEverySort() throws Exception {
    CaseLocation location = backend().freshLocation(tmp);
    try (CaseStore store = CaseStore.open(location)) {
      fillForty(store, source(store));
      Path db = ((CaseLocation.Directory) location).database();
      List<String> wrong = new ArrayList<>();
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
        for (CatalogueQuery.Sort sort : CatalogueQuery.Sort.values()) {
          for (boolean desc : new boolean[] {false, true}) {
            CatalogueQuery first = withText(query(sort, desc, Optional.empty()), "ile-1");
            String cursor = store.catalogue().page(first).next().orElseThrow();
            for (CatalogueQuery q : List.of(first, first.after(Optional.of(cursor)))) {
              List<String> steps =
                  plan(
                      c,
                      SqlCatalogue.select(
                          Dialect.SQLITE, q, new SqlCatalogue.Indexed(true, true, true)));
              boolean viaTrigrams = steps.stream().anyMatch(st -> st.contains("item_path_text"));
              boolean scansItems = steps.stream().anyMatch(st -> st.startsWith("SCAN item "));
              if (!viaTrigrams || scansItems) {
                wrong.add(sort + (desc ? " desc" : "") + ": " + steps);
              }
            }
          }
        }
      }
      assertThat(wrong).isEmpty();
    }
  }

  /**
   * The trigram index follows every write to the catalogue (FTS5's integrity check compares it with
   * the rows), and a case that had items before the index existed gets them all indexed when it is
   * opened by this version.
   */
  @Test
  void theTrigramIndexStaysInStepWithTheCatalogue() throws Exception {
    CaseLocation location = backend().freshLocation(tmp);
    Path db = ((CaseLocation.Directory) location).database();
    try (CaseStore store = CaseStore.open(location)) {
      SourceId s = source(store);
      fillForty(store, s);
      fillForty(store, s); // the same paths again: ingest's upsert updates the rows
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        java.sql.Statement st = c.createStatement()) {
      st.execute("INSERT INTO item_path_text (item_path_text, rank) VALUES ('integrity-check', 1)");
      // A case from before V76: no index, no triggers, rows already there.
      st.execute("DROP TABLE item_path_text");
      for (String t : List.of("insert", "update", "delete")) {
        st.execute("DROP TRIGGER IF EXISTS item_path_text_" + t);
      }
      st.execute("DELETE FROM flyway_schema_history WHERE version = '76'");
    }
    try (CaseStore store = CaseStore.open(location)) {
      assertThat(
              store
                  .catalogue()
                  .page(withText(query(CatalogueQuery.Sort.ID, false, Optional.empty()), "FILE-3"))
                  .items())
          .extracting(i -> i.path().display())
          .containsExactly(
              "dir/file-3",
              "dir/file-30",
              "dir/file-31",
              "dir/file-32",
              "dir/file-33",
              "dir/file-34",
              "dir/file-35");
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        java.sql.Statement st = c.createStatement()) {
      st.execute("INSERT INTO item_path_text (item_path_text, rank) VALUES ('integrity-check', 1)");
      try (ResultSet r = st.executeQuery("SELECT COUNT(*) FROM item_path_text('\"file-3\"')")) {
        assertThat(r.next()).isTrue();
        assertThat(r.getLong(1)).isEqualTo(11);
      }
    }
  }

  private static SourceId source(CaseStore store) {
    return store.sources().start(new NewSource(ItemPath.of("/ev"), T0, "t", "u", "okju ingest"));
  }

  private static void fillForty(CaseStore store, SourceId s) {
    for (int i = 0; i < 40; i++) {
      store
          .items()
          .upsert(
              NewItem.listed(s, Optional.empty(), ItemPath.of("dir/file-" + i))
                  .withDigests(CaseStoreContract.digests(i + 1))
                  .withState(ItemStatus.OK, ItemProgress.DONE)
                  .withFileInfo(
                      i * 10L,
                      new FileTimes(
                          Optional.of(T0.plusSeconds(i)),
                          Optional.empty(),
                          Optional.empty(),
                          Optional.empty()))
                  .withMediaType(i % 2 == 0 ? "image/jpeg" : "video/mp4", false));
    }
  }

  private static CatalogueQuery withText(CatalogueQuery a, String text) {
    return a.toBuilder().pathContains(Optional.of(text)).build();
  }

  private static CatalogueQuery query(
      CatalogueQuery.Sort sort, boolean desc, Optional<String> after) {
    return new CatalogueQuery.Builder(7).sort(sort, desc).after(after).build();
  }

  private static CatalogueQuery withOk(CatalogueQuery a) {
    return a.toBuilder().status(Optional.of(ItemStatus.OK)).build();
  }

  private static List<String> plan(Connection c, SqlCatalogue.Select select) throws Exception {
    List<String> steps = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("EXPLAIN QUERY PLAN " + select.sql())) {
      for (int i = 0; i < select.args().size(); i++) {
        s.setObject(i + 1, select.args().get(i));
      }
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          steps.add(r.getString("detail"));
        }
      }
    }
    return steps;
  }
}
