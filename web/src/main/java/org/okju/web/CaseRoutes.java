package org.okju.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.okju.casefile.CaseStore;
import org.okju.casefile.CustodyEntry;
import org.okju.casefile.Source;
import org.okju.web.auth.Permission;
import org.okju.web.pages.CasesPage;
import org.okju.web.pages.DashboardPage;
import org.okju.web.store.Cases;
import org.okju.web.store.ServerStore;

/** The list of one's cases and each case's dashboard (page and API). */
final class CaseRoutes {
  private final ServerStore store;
  private final Pages pages;
  private final JobViews jobs;

  CaseRoutes(ServerStore store, Pages pages, JobViews jobs) {
    this.store = store;
    this.pages = pages;
    this.jobs = jobs;
  }

  void register(Router router) {
    router.page("GET", "/cases", this::list);
    router.api("GET", "/api/cases", this::listJson);
    router.casePage("GET", "/cases/{name}", Permission.READ, this::dashboard);
  }

  /** The cases a caller may open: all for an admin, else their memberships. */
  List<Cases.Registered> casesOf(Caller caller) {
    List<Cases.Registered> all = store.cases().all();
    if (caller.admin()) {
      return all;
    }
    List<Long> member = store.cases().membershipsOf(caller.account().id());
    return all.stream().filter(c -> member.contains(c.id())).toList();
  }

  private void list(Context ctx, Caller caller) {
    List<CasesPage.Row> rows =
        casesOf(caller).stream()
            .map(c -> new CasesPage.Row(c.name(), Display.time(c.added())))
            .toList();
    pages.render(ctx, "cases.jte", new CasesPage(pages.chrome(caller, "Cases"), rows));
  }

  private void listJson(Context ctx, Caller caller) {
    Json.send(ctx, casesOf(caller).stream().map(c -> Map.of("name", c.name())).toList());
  }

  private void dashboard(Context ctx, CaseScope scope) {
    CaseStore cs = scope.store();
    List<DashboardPage.SourceRow> sources = new ArrayList<>();
    for (Source s : cs.sources().all()) {
      sources.add(
          new DashboardPage.SourceRow(
              s.id().value(),
              s.givenPath().display(),
              s.status().name().toLowerCase(java.util.Locale.ROOT),
              s.itemCount().isPresent() ? String.valueOf(s.itemCount().getAsLong()) : "",
              Display.time(s.started()),
              s.user()));
    }
    Map<String, Long> types = cs.catalogue().countsByType();
    Map<String, Long> statuses = cs.catalogue().countsByStatus();
    long items = statuses.values().stream().mapToLong(Long::longValue).sum();
    List<DashboardPage.Count> byType = new ArrayList<>();
    types.forEach(
        (t, n) ->
            byType.add(
                new DashboardPage.Count(
                    t.isEmpty() ? "(unknown)" : t, n, t.isEmpty() ? "" : "type=" + t)));
    List<DashboardPage.Count> byStatus = new ArrayList<>();
    statuses.forEach((s, n) -> byStatus.add(new DashboardPage.Count(s, n, "status=" + s)));
    var tapes = cs.copies().tapes();
    long copies = tapes.stream().mapToLong(t -> t.members().size() - 1L).sum();
    pages.render(
        ctx,
        "dashboard.jte",
        new DashboardPage(
            pages.chrome(scope, scope.name(), "dashboard"),
            sources,
            byType,
            byStatus,
            items,
            statuses.getOrDefault("error", 0L),
            tapes.size(),
            copies,
            cs.hashSets().matches().size(),
            verification(cs),
            jobs.rows(scope, 5)));
  }

  // The last verification, from the custody log (okju verify and the page both log one).
  private static String verification(CaseStore cs) {
    List<CustodyEntry> last =
        cs.custody().pageBefore(Long.MAX_VALUE, 1, Optional.of("case-verified"), Optional.empty());
    if (last.isEmpty()) {
      return "Never verified.";
    }
    CustodyEntry e = last.get(0);
    boolean holds = false;
    try {
      JsonNode p = Json.MAPPER.readTree(e.parametersJson());
      holds = p.path("holds").asBoolean(false);
    } catch (java.io.IOException ex) {
      // An unreadable entry: shown as not holding.
    }
    return (holds ? "Everything held" : "Something did NOT hold")
        + " at the last verification, "
        + Display.time(e.time())
        + " by "
        + e.user()
        + " (custody entry "
        + e.seq()
        + ").";
  }
}
