package org.okju.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.casefile.CaseLocation;
import org.okju.casefile.CaseStore;
import org.okju.casefile.ItemId;
import org.okju.report.Privacy;

/**
 * The identity table and the sensitive-name flags are in force from the very next response, however
 * the workbench keeps what it read: a name added by another process (another store on the same
 * case, as {@code okju ledger} would write it) is withheld from the catalogue page, the item API
 * and the item page at once, and so is a file name marked sensitive meanwhile.
 */
class IdentityWithholdingTest {
  @TempDir Path tmp;

  @Test
  void aNameOrFlagWrittenByAnotherProcessIsWithheldFromTheNextResponse() throws Exception {
    try (Fixture f = Fixture.start(tmp)) {
      Api api = new Api(f.base(), f.tokens.get("investigator"));
      Browser browser = f.signedIn("investigator");
      ItemId seven = f.alphaItems.get(7);
      ItemId eight = f.alphaItems.get(8);
      String page = "/api/cases/alpha/items?limit=50";
      String item = "/api/cases/alpha/items/" + seven.value();
      String itemPage = "/cases/alpha/items/" + seven.value();
      // Read twice: whatever the workbench keeps of the identity table, it has kept it by now.
      for (int i = 0; i < 2; i++) {
        assertThat(api.get(page).body()).contains("file-0007.txt").contains("file-0008.txt");
        assertThat(api.get(item).body()).contains("file-0007.txt");
        assertThat(browser.get(itemPage).body()).contains("file-0007.txt");
      }

      try (CaseStore other = CaseStore.open(CaseLocation.directory(tmp.resolve("alpha")))) {
        other.ledger().person("file-0007", "name", Optional.empty());
        other.metadata().put(eight, Map.of(Privacy.SENSITIVE_NAME, "true"));
      }

      String listing = api.get(page).body();
      assertThat(listing)
          .doesNotContain("file-0007")
          .doesNotContain("file-0008")
          .contains("[name withheld: item " + eight.value() + ", .txt]");
      assertThat(listing).containsPattern("\"V-\\d{3}\\.txt\"");
      assertThat(api.get(item).body())
          .doesNotContain("file-0007")
          .containsPattern("V-\\d{3}\\.txt");
      assertThat(api.get("/api/cases/alpha/items/" + eight.value()).body())
          .doesNotContain("file-0008")
          .contains("[name withheld: item " + eight.value() + ", .txt]");
      assertThat(browser.get(itemPage).body()).doesNotContain("file-0007");
    }
  }
}
