package org.okju.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.okju.casefile.CustodyEntry;
import org.okju.report.CaseVerifier;
import org.okju.report.Privacy;
import org.okju.report.Verification;
import org.okju.web.auth.Permission;
import org.okju.web.pages.CustodyPage;
import org.okju.web.pages.CustodyRow;

/** The custody log (page and API) and verification from the page. Any member may read the log. */
final class CustodyRoutes {
  /** Actions offered in the filter (any other may still be typed into the URL). */
  static final List<String> KNOWN_ACTIONS =
      List.of(
          "case-created",
          "ingest-started",
          "ingest-resumed",
          "source-ingested",
          "copies-grouped",
          "hashset-imported",
          "hash-sets-matched",
          "takedown-exported",
          "ledger-confirm",
          "ledger-reject",
          "ledger-edit",
          "ledger-merge",
          "report-generated",
          "export-written",
          "case-verified",
          Pages.MEDIA_VIEWED);

  private static final java.util.regex.Pattern WORD =
      java.util.regex.Pattern.compile("[A-Za-z0-9._@-]{1,100}");

  private final Pages pages;
  private final String okjuVersion;

  CustodyRoutes(Pages pages, String okjuVersion) {
    this.pages = pages;
    this.okjuVersion = okjuVersion;
  }

  void register(Router router) {
    router.casePage("GET", "/cases/{name}/custody", Permission.READ, this::page);
    router.casePage("POST", "/cases/{name}/verify", Permission.VERIFY, this::verify);
    router.caseApi("GET", "/api/cases/{name}/custody", Permission.READ, this::json);
  }

  static CustodyRow row(CustodyEntry e, Privacy privacy) {
    return new CustodyRow(
        e.seq(),
        Display.time(e.time()),
        e.user(),
        e.action(),
        privacy.record(e.parametersJson()),
        e.hash().toHex());
  }

  private static Optional<String> word(Context ctx, String name) {
    Optional<String> v = CatalogueRequest.param(ctx, name);
    if (v.isPresent() && !WORD.matcher(v.get()).matches()) {
      throw WebError.badRequest(name + " is a single word");
    }
    return v;
  }

  private static long seq(Context ctx, String name, long absent) {
    Optional<String> v = CatalogueRequest.param(ctx, name);
    if (v.isEmpty()) {
      return absent;
    }
    try {
      long n = Long.parseLong(v.get());
      if (n < 0) {
        throw WebError.badRequest(name + " is a sequence number");
      }
      return n;
    } catch (NumberFormatException e) {
      throw WebError.badRequest(name + " is a sequence number");
    }
  }

  private void page(Context ctx, CaseScope scope) {
    render(ctx, scope, List.of());
  }

  private void render(Context ctx, CaseScope scope, List<String> verification) {
    Optional<String> action = word(ctx, "action");
    Optional<String> user = word(ctx, "user");
    long before = seq(ctx, "before", Long.MAX_VALUE);
    int limit = CatalogueRequest.limit(ctx);
    List<CustodyEntry> entries =
        scope.store().custody().pageBefore(before, limit + 1, action, user);
    Privacy privacy = CasePrivacy.forItems(scope.store(), List.of());
    boolean more = entries.size() > limit;
    List<CustodyEntry> shown = more ? entries.subList(0, limit) : entries;
    String base =
        "/cases/"
            + scope.name()
            + "/custody?"
            + action.map(a -> "action=" + enc(a) + "&").orElse("")
            + user.map(u -> "user=" + enc(u) + "&").orElse("");
    Optional<String> older =
        more ? Optional.of(base + "before=" + shown.get(shown.size() - 1).seq()) : Optional.empty();
    Optional<String> newest =
        before == Long.MAX_VALUE
            ? Optional.empty()
            : Optional.of(base.substring(0, base.length() - 1));
    List<CustodyPage.ViewerCount> viewers = new ArrayList<>();
    if (scope.may(Permission.VIEW_COUNTS_ALL)) {
      Map<String, Long> today =
          scope
              .store()
              .custody()
              .countByUser(Pages.MEDIA_VIEWED, Optional.of(pages.startOfToday()));
      Map<String, Long> ever =
          scope.store().custody().countByUser(Pages.MEDIA_VIEWED, Optional.empty());
      ever.forEach(
          (u, n) -> viewers.add(new CustodyPage.ViewerCount(u, today.getOrDefault(u, 0L), n)));
    }
    TreeSet<String> actions = new TreeSet<>(KNOWN_ACTIONS);
    action.ifPresent(actions::add);
    pages.render(
        ctx,
        "custody.jte",
        new CustodyPage(
            pages.chrome(scope, "Custody log", "custody"),
            action.orElse(""),
            user.orElse(""),
            new ArrayList<>(actions),
            shown.stream().map(e -> row(e, privacy)).toList(),
            older,
            newest,
            scope.may(Permission.VERIFY),
            verification,
            viewers));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  // Verification re-hashes the evidence still reachable (read-only) and logs its outcome.
  private void verify(Context ctx, CaseScope scope) {
    Verification v =
        new CaseVerifier(scope.store()).checkAndLog(scope.caller().name(), okjuVersion);
    render(ctx, scope, v.statements());
  }

  private void json(Context ctx, CaseScope scope) {
    long after = seq(ctx, "after", 0);
    int limit = CatalogueRequest.limit(ctx);
    List<CustodyEntry> entries =
        scope.store().custody().page(after, limit + 1, word(ctx, "action"), word(ctx, "user"));
    boolean more = entries.size() > limit;
    List<CustodyEntry> shown = more ? entries.subList(0, limit) : entries;
    Privacy privacy = CasePrivacy.forItems(scope.store(), List.of());
    List<Map<String, Object>> out = new ArrayList<>();
    for (CustodyEntry e : shown) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("seq", e.seq());
      o.put("time", e.time().toString());
      o.put("user", e.user());
      o.put("action", e.action());
      o.put("parameters", parameters(privacy.record(e.parametersJson())));
      o.put("inputs", hexes(e.inputs()));
      o.put("outputs", hexes(e.outputs()));
      o.put("okjuVersion", e.okjuVersion());
      o.put("previous", e.previous().toHex());
      o.put("hash", e.hash().toHex());
      o.put("signature", e.signature().orElse(null));
      out.add(o);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("entries", out);
    body.put("next", more ? shown.get(shown.size() - 1).seq() : null);
    Json.send(ctx, body);
  }

  private static Object parameters(String json) {
    try {
      return Json.MAPPER.readTree(json);
    } catch (java.io.IOException e) {
      return json;
    }
  }

  private static Map<String, String> hexes(Map<String, org.okju.casefile.Sha256> hashes) {
    Map<String, String> out = new LinkedHashMap<>();
    hashes.forEach((k, v) -> out.put(k, v.toHex()));
    return out;
  }
}
