package org.okju.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Walks every route the workbench serves as each role, as a member of another case only, and signed
 * out, and compares what happens with the table below: what each role may do. A route the table
 * does not list fails the test, so a new route cannot ship unreviewed.
 */
class AuthorisationTableTest {
  /** Everyone signed in (routes outside a case, or any member inside one). */
  private static final Set<String> ALL =
      Set.of("admin", "investigator", "reviewer", "takedown", "auditor");

  /** Who may use each route (per-case routes: as a member of the case). */
  private static final Map<String, Set<String>> TABLE = new LinkedHashMap<>();

  static {
    TABLE.put("GET /", ALL);
    TABLE.put("GET /login", ALL);
    TABLE.put("POST /login", ALL);
    TABLE.put("POST /logout", ALL);
    TABLE.put("GET /static/{file}", ALL);
    TABLE.put("GET /cases", ALL);
    TABLE.put("GET /api/cases", ALL);
    TABLE.put("GET /cases/{name}", ALL);
    TABLE.put("GET /cases/{name}/items", ALL);
    TABLE.put("GET /cases/{name}/items/{id}", ALL);
    TABLE.put("GET /api/cases/{name}/items", ALL);
    TABLE.put("GET /api/cases/{name}/items/{id}", ALL);
    TABLE.put("GET /cases/{name}/tapes", ALL);
    TABLE.put("GET /cases/{name}/tapes/{tape}", ALL);
    TABLE.put("POST /cases/{name}/takedown", Set.of("admin", "investigator", "takedown"));
    TABLE.put("POST /cases/{name}/tapes/{tape}/split", Set.of("admin", "investigator", "takedown"));
    TABLE.put("GET /api/cases/{name}/tapes", ALL);
    TABLE.put("GET /cases/{name}/ledger", ALL);
    TABLE.put("GET /cases/{name}/ledger/network.svg", ALL);
    TABLE.put("GET /cases/{name}/ledger/timeline.svg", ALL);
    TABLE.put("POST /cases/{name}/ledger/facts/{fact}/confirm", Set.of("admin", "reviewer"));
    TABLE.put("POST /cases/{name}/ledger/facts/{fact}/reject", Set.of("admin", "reviewer"));
    TABLE.put("POST /cases/{name}/ledger/facts/{fact}/edit", Set.of("admin", "reviewer"));
    TABLE.put("POST /cases/{name}/ledger/merge", Set.of("admin", "reviewer"));
    TABLE.put("GET /cases/{name}/custody", ALL);
    TABLE.put("POST /cases/{name}/verify", ALL);
    TABLE.put("GET /api/cases/{name}/custody", ALL);
    TABLE.put("GET /cases/{name}/jobs", ALL);
    TABLE.put("POST /cases/{name}/jobs/ingest", Set.of("admin", "investigator"));
    TABLE.put("POST /cases/{name}/jobs/copies", Set.of("admin", "investigator"));
    TABLE.put("POST /cases/{name}/jobs/match", Set.of("admin", "investigator"));
    TABLE.put("POST /cases/{name}/jobs/ledger", Set.of("admin", "investigator"));
    TABLE.put("POST /cases/{name}/jobs/hashset", Set.of("admin", "investigator"));
    TABLE.put("POST /cases/{name}/jobs/report", Set.of("admin", "investigator"));
    TABLE.put("POST /cases/{name}/jobs/export", Set.of("admin", "investigator"));
    TABLE.put("GET /cases/{name}/jobs/{job}", ALL);
    TABLE.put("GET /cases/{name}/jobs/{job}/events", ALL);
    TABLE.put("POST /cases/{name}/jobs/{job}/cancel", ALL);
    TABLE.put("GET /cases/{name}/jobs/{job}/result", ALL);
    // Any member may ask to see media; what they get depends on the mode (MediaTest).
    TABLE.put("POST /cases/{name}/items/{id}/view", ALL);
    TABLE.put("GET /cases/{name}/media/{ticket}", ALL);
    TABLE.put("POST /api/cases/{name}/items/{id}/view", ALL);
  }

  /** Routes whose resource belongs to one user: everyone else gets 404 for it. */
  private static final Set<String> OWN_TICKETS =
      Set.of(
          "GET /cases/{name}/media/{ticket}",
          // No job 1 exists in the fixture: every member gets the same 404.
          "GET /cases/{name}/jobs/{job}",
          "GET /cases/{name}/jobs/{job}/events",
          "POST /cases/{name}/jobs/{job}/cancel",
          "GET /cases/{name}/jobs/{job}/result");

  @TempDir static Path tmp;
  static Fixture fixture;

  @BeforeAll
  static void start() throws Exception {
    fixture = Fixture.start(tmp);
  }

  @AfterAll
  static void stop() {
    fixture.close();
  }

  @Test
  void everyRouteIsInTheTable() {
    List<String> served =
        fixture.workbench.routes().stream().map(r -> r.method() + " " + r.path()).toList();
    assertThat(TABLE.keySet()).containsExactlyInAnyOrderElementsOf(served);
  }

  @Test
  void everyRouteAnswersEachRoleAsTheTableSays() throws Exception {
    List<String> wrong = new ArrayList<>();
    Map<String, Browser> browsers = new LinkedHashMap<>();
    for (String user : Fixture.USERS.keySet()) {
      browsers.put(user, fixture.signedIn(user));
    }
    for (RouteSpec route : fixture.workbench.routes()) {
      if (route.kind() == RouteSpec.Kind.PUBLIC || route.path().equals("/logout")) {
        continue;
      }
      String key = route.method() + " " + route.path();
      String path = concrete(route.path());
      for (String user : Fixture.USERS.keySet()) {
        boolean outsider = user.equals("outsider");
        int status = call(route, path, user, browsers.get(user));
        String expected;
        if (route.perCase() && outsider) {
          expected = "404";
        } else if (OWN_TICKETS.contains(key)) {
          // A ticket is its maker's alone: a member with another's (here: none) sees 404.
          expected = "404";
        } else if (outsider || TABLE.get(key).contains(user)) {
          expected = "allowed";
        } else {
          expected = "403";
        }
        String got =
            status == 403 || status == 404 || status == 401 ? String.valueOf(status) : "allowed";
        if (!got.equals(expected)) {
          wrong.add(key + " as " + user + ": expected " + expected + ", got " + status);
        }
      }
      int anonymous = call(route, path, null, fixture.browser());
      int expectedAnonymous = route.kind() == RouteSpec.Kind.API ? 401 : 303;
      if (anonymous != expectedAnonymous) {
        wrong.add(key + " signed out: expected " + expectedAnonymous + ", got " + anonymous);
      }
      if (route.perCase()) {
        // A case that does not exist looks exactly like one the caller is not in.
        int missing =
            call(
                route,
                concrete(route.path()).replace("/alpha", "/nope"),
                "admin",
                browsers.get("admin"));
        if (missing != 404) {
          wrong.add(key + " on a case that does not exist: expected 404, got " + missing);
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  private static String concrete(String path) {
    return path.replace("{name}", "alpha")
        .replace("{id}", String.valueOf(fixture.alphaItems.get(0).value()))
        .replace("{file}", "okju.css")
        .replace("{tape}", "T-001")
        .replace("{ticket}", "A".repeat(43))
        .replace("{fact}", "1")
        .replace("{job}", "999999");
  }

  private static int call(RouteSpec route, String path, String user, Browser browser)
      throws Exception {
    if (route.kind() == RouteSpec.Kind.API) {
      Api api = new Api(fixture.base(), user == null ? null : fixture.tokens.get(user));
      HttpResponse<?> r = route.method().equals("GET") ? api.get(path) : api.postBytes(path, "{}");
      return r.statusCode();
    }
    HttpResponse<String> r =
        route.method().equals("GET") ? browser.get(path) : browser.submit(path, Map.of());
    if (r.statusCode() == 303 && r.headers().firstValue("Location").orElse("").equals("/login")) {
      return user == null ? 303 : 401;
    }
    return r.statusCode();
  }
}
