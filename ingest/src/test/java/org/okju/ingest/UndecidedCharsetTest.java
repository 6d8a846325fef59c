package org.okju.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.casefile.CaseStore;
import org.okju.casefile.Item;
import org.okju.casefile.ItemStatus;
import org.okju.casefile.SourceStatus;
import org.okju.casefile.TestDatabases;

/** Text no encoding fits is still text: recorded as ISO-8859-1 and flagged, never dropped. */
class UndecidedCharsetTest {
  @TempDir Path tmp;

  @Test
  void textInNoKnownEncodingIsLatin1AndFlagged() throws Exception {
    Path drive = Files.createDirectories(tmp.resolve("drive"));
    // Mostly ASCII (so Tika calls it text), with bytes no code page okju knows makes sense of.
    Files.write(
        drive.resolve("totals.txt"),
        ("total for the week of the third: \u0080\u0080\u0080, and the same again next week,"
                + " as agreed: \u0080\u0080\u0080\n")
            .repeat(10)
            .getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(drive.resolve("plain.txt"), "nothing odd here\n");
    try (CaseStore store = CaseStore.open(TestDatabases.sqlite(tmp.resolve("case")))) {
      IngestSummary s = IngestCatalogueTest.ingest(store, drive);
      List<Item> items = IngestCatalogueTest.items(store);
      assertThat(s.status()).isEqualTo(SourceStatus.PARTIAL);
      Item odd = IngestCatalogueTest.find(items, "totals.txt");
      assertThat(odd.mediaType()).contains("text/plain");
      assertThat(odd.status()).isEqualTo(ItemStatus.WARNING);
      assertThat(odd.digests().sha256()).isPresent();
      assertThat(IngestCatalogueTest.kinds(store, odd)).containsExactly("undecided-charset");
      assertThat(store.metadata().of(odd.id())).containsEntry(ReadStage.CHARSET, "ISO-8859-1");
      Item plain = IngestCatalogueTest.find(items, "plain.txt");
      assertThat(plain.status()).isEqualTo(ItemStatus.OK);
      assertThat(store.metadata().of(plain.id())).containsEntry(ReadStage.CHARSET, "US-ASCII");
    }
  }
}
