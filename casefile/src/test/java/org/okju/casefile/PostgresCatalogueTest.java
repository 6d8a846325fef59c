package org.okju.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The catalogue contract on PostgreSQL. */
class PostgresCatalogueTest extends CatalogueContract {
  @Override
  Backend backend() {
    return new PostgresBackend();
  }

  /**
   * pg_trgm is available on this server, so V76 built the trigram GIN index, and the path text
   * filter's LIKE (with its escapes, as SqlCatalogue writes it) can be answered from it.
   */
  @Test
  void thePathTextFilterCanUseTheTrigramIndex() throws Exception {
    CaseLocation location = backend().freshLocation(tmp);
    CaseStore.open(location).close(); // creates the case: every migration
    try (Connection raw = backend().raw(location);
        Statement st = raw.createStatement()) {
      try (ResultSet r =
          st.executeQuery("SELECT indexdef FROM pg_indexes WHERE indexname = 'item_path_text'")) {
        assertThat(r.next()).as("the trigram index exists").isTrue();
        assertThat(r.getString(1)).contains("gin").contains("gin_trgm_ops");
      }
      // Plain scans out of the way: the plan may use the trigram index or nothing.
      st.execute("SET enable_seqscan = off");
      st.execute("SET enable_indexscan = off");
      CatalogueQuery q =
          new CatalogueQuery.Builder(50)
              .pathContains(Optional.of("VID_00099%"))
              .sort(CatalogueQuery.Sort.SIZE, false)
              .build();
      SqlCatalogue.Select select =
          SqlCatalogue.select(Dialect.POSTGRESQL, q, SqlCatalogue.Indexed.PLAIN);
      List<String> plan = new ArrayList<>();
      try (PreparedStatement p = raw.prepareStatement("EXPLAIN " + select.sql())) {
        for (int i = 0; i < select.args().size(); i++) {
          p.setObject(i + 1, select.args().get(i));
        }
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            plan.add(r.getString(1));
          }
        }
      }
      assertThat(String.join("\n", plan)).contains("item_path_text");
    }
  }
}
