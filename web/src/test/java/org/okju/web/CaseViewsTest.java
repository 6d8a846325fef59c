package org.okju.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.casefile.CaseLocation;
import org.okju.casefile.CaseStore;
import org.okju.casefile.CustodyEntry;

/** The catalogue, item, tapes, ledger and custody pages and their API, on a real case. */
class CaseViewsTest {
  @TempDir static Path tmp;
  static Fixture f;

  @BeforeAll
  static void start() throws Exception {
    f = Fixture.start(tmp);
  }

  @AfterAll
  static void stop() {
    f.close();
  }

  private static Api api(String user) {
    return new Api(f.base(), f.tokens.get(user));
  }

  private static List<CustodyEntry> custody(String action) {
    try (CaseStore store = CaseStore.open(CaseLocation.directory(tmp.resolve("alpha")))) {
      return store.custody().page(0, 1000, Optional.of(action), Optional.empty());
    }
  }

  @Test
  void theItemsApiPagesWithACursorUntilNextIsNull() throws Exception {
    List<String> ids = new ArrayList<>();
    String after = null;
    for (int pages = 0; pages < 10; pages++) {
      HttpResponse<String> r =
          api("takedown")
              .get("/api/cases/alpha/items?limit=7" + (after == null ? "" : "&after=" + after));
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
      JsonNode body = Json.MAPPER.readTree(r.body());
      for (JsonNode item : body.get("items")) {
        assertThat(item.fieldNames())
            .toIterable()
            .containsExactly("id", "path", "type", "size", "sha256", "status");
        assertThat(item.get("id").asText()).matches("[A-Za-z0-9_-]+");
        ids.add(item.get("id").asText());
      }
      if (body.get("next").isNull()) {
        break;
      }
      after = body.get("next").asText();
      assertThat(after).matches("[A-Za-z0-9_-]+");
    }
    assertThat(ids).hasSize(f.alphaCatalogueSize()).doesNotHaveDuplicates();
    JsonNode first = Json.MAPPER.readTree(api("admin").get("/api/cases/alpha/items").body());
    assertThat(first.get("items")).hasSize(f.alphaCatalogueSize());
    assertThat(first.get("next").isNull()).isTrue();
    assertThat(api("admin").get("/api/cases/alpha/items?limit=100000").statusCode()).isEqualTo(200);
  }

  @Test
  void theApiListsOnlyTheCallersCases() throws Exception {
    assertThat(api("reviewer").get("/api/cases").body()).isEqualTo("[{\"name\":\"alpha\"}]");
    assertThat(api("admin").get("/api/cases").body())
        .isEqualTo("[{\"name\":\"alpha\"},{\"name\":\"beta\"}]");
    assertThat(api("outsider").get("/api/cases/alpha/items").statusCode()).isEqualTo(404);
    assertThat(new Api(f.base(), null).get("/api/cases").statusCode()).isEqualTo(401);
    assertThat(new Api(f.base(), "x".repeat(43)).get("/api/cases").statusCode()).isEqualTo(401);
  }

  @Test
  void theCatalogueFiltersAndTheItemPageShowNoPixels() throws Exception {
    Browser b = f.signedIn("investigator");
    Document all = Jsoup.parse(b.get("/cases/alpha/items").body());
    assertThat(all.select("tr.item-row")).hasSize(f.alphaCatalogueSize());
    Document one = Jsoup.parse(b.get("/cases/alpha/items?q=FILE-0007").body());
    assertThat(one.select("tr.item-row")).hasSize(1);
    assertThat(one.select("tr.item-row").text()).contains("file-0007.txt");
    Document tape = Jsoup.parse(b.get("/cases/alpha/items?tape=T-001").body());
    assertThat(tape.select("tr.item-row")).hasSize(3);
    long id = f.alphaItems.get(1).value();
    HttpResponse<String> item = b.get("/cases/alpha/items/" + id);
    assertThat(item.statusCode()).isEqualTo(200);
    Document d = Jsoup.parse(item.body());
    assertThat(d.select("#hashes").text()).contains("SHA-256");
    assertThat(d.text()).contains("T-001").contains("re-encoded");
    assertThat(d.select("img")).isEmpty();
  }

  @Test
  void malformedAndHostileRequestsGetAClear4xxWithoutATrace() throws Exception {
    Browser b = f.signedIn("investigator");
    for (String path :
        List.of(
            "/cases/alpha/items/..%2F..%2Fetc%2Fpasswd",
            "/cases/alpha/items/999999",
            "/cases/alpha/items/-1",
            "/cases/..%2Fbeta/items",
            "/cases/alpha%00/items",
            "/cases/alpha/tapes/..%2F..",
            "/static/..%2F..%2Fserver.db")) {
      HttpResponse<String> r = b.get(path);
      assertThat(r.statusCode()).as(path).isIn(400, 404);
      assertThat(r.body()).as(path).doesNotContain("Exception").doesNotContain("at org.");
    }
    for (String query :
        List.of(
            "limit=abc",
            "limit=0",
            "after=%25%25",
            "sort=bogus",
            "q=a%00b",
            "hash=xyz",
            "from=2024-13-45")) {
      HttpResponse<String> r = api("admin").get("/api/cases/alpha/items?" + query);
      assertThat(r.statusCode()).as(query).isEqualTo(400);
      assertThat(Json.MAPPER.readTree(r.body()).get("error").asText()).isNotBlank();
    }
    HttpResponse<String> huge =
        api("admin")
            .post(
                "/api/cases/alpha/items/" + f.alphaItems.get(0).value() + "/view",
                "{\"reason\":\"" + "x".repeat(200_000) + "\"}");
    assertThat(huge.statusCode()).isIn(400, 404, 413);
  }

  @Test
  void aReviewerConfirmsAFactWithHtmxAndTheDecisionIsLogged() throws Exception {
    Browser b = f.signedIn("reviewer");
    Document queue = Jsoup.parse(b.get("/cases/alpha/ledger").body());
    assertThat(queue.select("tr.fact.suggested")).isNotEmpty();
    String factId = queue.select("tr.fact.suggested").first().id().substring("fact-".length());
    Browser takedown = f.signedIn("takedown");
    assertThat(
            takedown
                .submit("/cases/alpha/ledger/facts/" + factId + "/confirm", Map.of())
                .statusCode())
        .isEqualTo(403);
    HttpResponse<String> r = b.submit("/cases/alpha/ledger/facts/" + factId + "/confirm", Map.of());
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(custody("ledger-confirm")).extracting(CustodyEntry::user).contains("reviewer");
    assertThat(
            b.get("/cases/alpha/ledger/network.svg")
                .headers()
                .firstValue("Content-Type")
                .orElse(""))
        .startsWith("image/svg+xml");
  }

  @Test
  void aTakedownOfficerDownloadsATapesListAndItIsLogged() throws Exception {
    Browser b = f.signedIn("takedown");
    Document tape = Jsoup.parse(b.get("/cases/alpha/tapes/T-001").body());
    assertThat(tape.select("#members tr")).hasSize(4);
    assertThat(tape.text())
        .contains("PDQ 4 of 256 bits apart")
        .contains("strong evidence")
        .doesNotContain("distance 4");
    HttpResponse<String> list =
        b.submit("/cases/alpha/takedown", Map.of("format", "md5", "tape", "T-001"));
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
    assertThat(custody("takedown-exported")).extracting(CustodyEntry::user).contains("takedown");
    assertThat(b.submit("/cases/alpha/takedown", Map.of("format", "nope")).statusCode())
        .isEqualTo(400);
  }

  @Test
  void theCustodyLogPagesAfterASequenceAndVerificationIsRunFromThePage() throws Exception {
    Browser b = f.signedIn("auditor");
    HttpResponse<String> verified = b.submit("/cases/alpha/verify", Map.of());
    assertThat(verified.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(verified.body()).select("#verification-result").text())
        .contains("Custody log");
    JsonNode all =
        Json.MAPPER.readTree(api("auditor").get("/api/cases/alpha/custody?limit=1000").body());
    assertThat(all.get("entries").size()).isGreaterThan(1);
    long firstSeq = all.get("entries").get(0).get("seq").asLong();
    JsonNode after =
        Json.MAPPER.readTree(
            api("takedown").get("/api/cases/alpha/custody?after=" + firstSeq).body());
    Set<Long> seqs = new HashSet<>();
    after.get("entries").forEach(e -> seqs.add(e.get("seq").asLong()));
    assertThat(seqs).allMatch(s -> s > firstSeq).isNotEmpty();
    JsonNode e = after.get("entries").get(0);
    assertThat(e.has("seq") && e.has("action") && e.has("user")).isTrue();
    assertThat(
            Jsoup.parse(b.get("/cases/alpha/custody?action=case-verified").body())
                .select("tr.custody-entry"))
        .isNotEmpty();
  }
}
