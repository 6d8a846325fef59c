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
      SourceId s =
          store.sources().start(new NewSource(ItemPath.of("/ev"), T0, "t", "u", "okju ingest"));
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
      Path db = ((CaseLocation.Directory) location).database();
      List<String> scans = new ArrayList<>();
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
        for (CatalogueQuery.Sort sort : CatalogueQuery.Sort.values()) {
          for (boolean desc : new boolean[] {false, true}) {
            CatalogueQuery first = query(sort, desc, Optional.empty());
            String cursor = store.catalogue().page(first).next().orElseThrow();
            SqlCatalogue.Select select =
                SqlCatalogue.select(
                    Dialect.SQLITE, query(sort, desc, Optional.of(cursor)), true, true);
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
                      Dialect.SQLITE, withOk(query(sort, desc, Optional.of(cursor))), true, false);
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

  private static CatalogueQuery query(
      CatalogueQuery.Sort sort, boolean desc, Optional<String> after) {
    CatalogueQuery a = CatalogueQuery.all(7);
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
        after,
        7);
  }

  private static CatalogueQuery withOk(CatalogueQuery a) {
    return new CatalogueQuery(
        a.type(),
        Optional.of(ItemStatus.OK),
        a.minSize(),
        a.maxSize(),
        a.modifiedFrom(),
        a.modifiedBefore(),
        a.tape(),
        a.hashSet(),
        a.pathContains(),
        a.hashPrefix(),
        a.sort(),
        a.descending(),
        a.after(),
        a.limit());
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
