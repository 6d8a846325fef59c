package org.okju.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.casefile.ChainBreak;
import org.okju.casefile.TestDatabases;

/** okju verify on a real PostgreSQL 15 (casefile's throw-away test server). */
class PostgresVerifierTest {
  @TempDir Path tmp;

  @Test
  void anEditedEntryAndAChangedCatalogueRowAreFoundOnPostgresql() throws Exception {
    CaseFixture fixture = CaseFixture.on(TestDatabases.postgresql(), tmp, true);
    assertThat(CaseVerifierTest.verify(fixture).holds()).isTrue();
    fixture.tamper(
        "UPDATE custody_entry SET action = 'nothing-happened' WHERE seq = 1",
        "UPDATE item SET md5 = '" + "0".repeat(32) + "' WHERE path_display = 'beach.png'");
    Verification v = CaseVerifierTest.verify(fixture);
    assertThat(v.chain().breaks())
        .extracting(ChainBreak::seq, ChainBreak::kind)
        .containsExactly(tuple(1L, ChainBreak.Kind.EDITED));
    assertThat(v.sources().get(0).holds()).isFalse();
  }
}
