package org.okju.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.okju.casefile.CaseStore;
import org.okju.casefile.Catalogue;
import org.okju.casefile.Copies;
import org.okju.casefile.HashSets;
import org.okju.casefile.Item;
import org.okju.casefile.ItemId;
import org.okju.copies.CaseCopies;
import org.okju.copies.GroupingSettings;
import org.okju.copies.TakedownExport;
import org.okju.copies.TapeSplitter;
import org.okju.report.Privacy;
import org.okju.report.ReportLanguage;
import org.okju.report.TapeEvidence;
import org.okju.report.Words;
import org.okju.web.auth.Permission;
import org.okju.web.pages.TapePage;
import org.okju.web.pages.TapesPage;

/** The tapes (page and API), one tape's members and evidence, and takedown lists to download. */
final class TapeRoutes {
  private static final Words WORDS = Words.of(ReportLanguage.EN);
  private static final java.util.regex.Pattern TAPE =
      java.util.regex.Pattern.compile("T-[0-9]{1,9}");

  private final Pages pages;
  private final Path outputs;
  private final String okjuVersion;

  TapeRoutes(Pages pages, Path outputs, String okjuVersion) {
    this.pages = pages;
    this.outputs = outputs;
    this.okjuVersion = okjuVersion;
  }

  void register(Router router) {
    router.casePage("GET", "/cases/{name}/tapes", Permission.READ, this::list);
    router.casePage("GET", "/cases/{name}/tapes/{tape}", Permission.READ, this::detail);
    router.casePage("POST", "/cases/{name}/takedown", Permission.TAKEDOWN, this::takedown);
    router.casePage("POST", "/cases/{name}/tapes/{tape}/split", Permission.TAPE_SPLIT, this::split);
    router.caseApi("GET", "/api/cases/{name}/tapes", Permission.READ, this::json);
  }

  private static List<String> formats() {
    return new ArrayList<>(new TreeMap<>(TakedownExport.FORMATS).keySet());
  }

  private void list(Context ctx, CaseScope scope) {
    CaseStore store = scope.store();
    List<Copies.Tape> tapes = store.copies().tapes();
    Map<ItemId, Item> items = items(store, tapes);
    Privacy privacy = CasePrivacy.forItems(store, items.keySet());
    Map<Long, Long> matched =
        store.hashSets().matches().stream()
            .collect(Collectors.groupingBy(m -> m.item().value(), Collectors.counting()));
    List<TapesPage.Row> rows = new ArrayList<>();
    for (Copies.Tape t : tapes) {
      Map<String, Long> relations =
          t.members().stream()
              .collect(
                  Collectors.groupingBy(
                      Copies.Member::relation, TreeMap::new, Collectors.counting()));
      Item rep = items.get(t.representative());
      rows.add(
          new TapesPage.Row(
              t.id(),
              t.kind(),
              t.members().size(),
              rep == null ? "" : privacy.path(rep),
              relations.entrySet().stream()
                  .map(e -> e.getValue() + " " + e.getKey())
                  .collect(Collectors.joining(", ")),
              (int)
                  t.members().stream().filter(m -> matched.containsKey(m.item().value())).count()));
    }
    pages.render(
        ctx,
        "tapes.jte",
        new TapesPage(
            pages.chrome(scope, "Tapes", "tapes"),
            rows,
            formats(),
            scope.may(Permission.TAKEDOWN)));
  }

  private static Map<ItemId, Item> items(CaseStore store, List<Copies.Tape> tapes) {
    Map<ItemId, Item> out = new HashMap<>();
    for (Copies.Tape t : tapes) {
      for (Copies.Member m : t.members()) {
        store.items().find(m.item()).ifPresent(i -> out.put(i.id(), i));
      }
    }
    return out;
  }

  private static Copies.Tape tape(Context ctx, CaseScope scope) {
    String id = ctx.pathParam("tape");
    if (!TAPE.matcher(id).matches()) {
      throw WebError.notFound();
    }
    return scope.store().copies().tapes().stream()
        .filter(t -> t.id().equals(id))
        .findFirst()
        .orElseThrow(WebError::notFound);
  }

  private void detail(Context ctx, CaseScope scope) {
    CaseStore store = scope.store();
    Copies.Tape t = tape(ctx, scope);
    Map<ItemId, Item> items = items(store, List.of(t));
    Privacy privacy = CasePrivacy.forItems(store, items.keySet());
    Map<Long, String> setNames =
        store.hashSets().list().stream()
            .collect(Collectors.toMap(HashSets.HashSet::id, HashSets.HashSet::name));
    Map<Long, String> sources = new HashMap<>();
    store
        .sources()
        .all()
        .forEach(s -> sources.put(s.id().value(), privacy.text(s.givenPath().display())));
    List<TapePage.Member> members = new ArrayList<>();
    for (Copies.Member m : t.members()) {
      Item item = items.get(m.item());
      String matches =
          store.catalogue().matchesOf(m.item()).stream()
              .map(
                  x ->
                      setNames.getOrDefault(x.hashSet(), "?")
                          + " "
                          + x.hashKind()
                          + (x.distance() > 0 ? " d=" + x.distance() : ""))
              .collect(Collectors.joining("; "));
      members.add(
          new TapePage.Member(
              m.item().value(),
              item == null ? "?" : privacy.path(item),
              item == null ? "" : sources.getOrDefault(item.source().value(), ""),
              m.relation(),
              m.joined(),
              evidence(m.evidence()),
              MediaPolicy.strong(new Catalogue.Membership(t.id(), m.relation(), m.evidence())),
              matches,
              !m.joined().equals("compilation")));
    }
    Map<ItemId, Item> relatedItems = new HashMap<>();
    for (Copies.Related r : t.related()) {
      store.items().find(r.item()).ifPresent(i -> relatedItems.put(i.id(), i));
    }
    Privacy relatedPrivacy = CasePrivacy.forItems(store, relatedItems.keySet());
    List<TapePage.Related> related = new ArrayList<>();
    for (Copies.Related r : t.related()) {
      Item item = relatedItems.get(r.item());
      related.add(
          new TapePage.Related(
              r.item().value(),
              item == null ? "?" : relatedPrivacy.path(item),
              r.member().value(),
              r.inTape(),
              r.relation(),
              evidence(r.evidence())));
    }
    pages.render(
        ctx,
        "tape.jte",
        new TapePage(
            pages.chrome(scope, "Tape " + t.id(), "tapes"),
            t.id(),
            t.kind(),
            members,
            related,
            formats(),
            scope.may(Permission.TAKEDOWN),
            scope.may(Permission.TAPE_SPLIT)));
  }

  // A reviewer's split, in one action as okju copies split: stored, logged (tape-split, the
  // reason's SHA-256 only), and the case grouped again at once, so the page that follows shows the
  // new tapes.
  private void split(Context ctx, CaseScope scope) {
    Copies.Tape t = tape(ctx, scope);
    List<ItemId> moved = new ArrayList<>();
    for (String i : ctx.formParams("item")) {
      if (!i.matches("[1-9][0-9]{0,17}")) {
        throw WebError.badRequest("item is an item number");
      }
      moved.add(new ItemId(Long.parseLong(i)));
    }
    String reason = Optional.ofNullable(ctx.formParam("reason")).orElse("").strip();
    if (moved.isEmpty()) {
      throw WebError.badRequest("choose the members to take out of " + t.id());
    }
    if (reason.isEmpty()) {
      throw WebError.badRequest("a split needs a reason");
    }
    TapeSplitter.Result r;
    try {
      r =
          new TapeSplitter(scope.store(), new CaseCopies(scope.store(), GroupingSettings.DEFAULT))
              .split(t.id(), moved, reason, scope.caller().name(), okjuVersion);
    } catch (IllegalArgumentException e) {
      throw WebError.badRequest(e.getMessage());
    }
    // Where the first item taken out went: its new tape (the ids were given again by the grouping).
    String next =
        r.grouping().tapes().stream()
            .filter(
                x -> x.members().stream().anyMatch(m -> m.media().item() == moved.get(0).value()))
            .map(org.okju.copies.Tape::id)
            .findFirst()
            .map(id -> "/cases/" + scope.name() + "/tapes/" + id)
            .orElse("/cases/" + scope.name() + "/tapes");
    ctx.redirect(next, io.javalin.http.HttpStatus.SEE_OTHER);
  }

  // {"distance":3,"view":"full"} → "distance 3 · view full"
  // The workbench says what the court report says: words, not the stored JSON.
  static String evidence(String json) {
    return TapeEvidence.say(json, WORDS);
  }

  // The list is written by the copies module (atomically, logged with its SHA-256), then sent.
  private void takedown(Context ctx, CaseScope scope) throws IOException {
    String format = Optional.ofNullable(ctx.formParam("format")).orElse("");
    if (!TakedownExport.FORMATS.containsKey(format)) {
      throw WebError.badRequest("format is one of " + String.join(", ", formats()));
    }
    List<String> tapes = new ArrayList<>();
    for (String t : ctx.formParams("tape")) {
      if (!TAPE.matcher(t).matches()) {
        throw WebError.badRequest("tape is a tape id such as T-001");
      }
      tapes.add(t);
    }
    Path dir = outputs.resolve(scope.name());
    Files.createDirectories(dir);
    String stamp =
        DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(java.time.ZoneOffset.UTC)
            .format(java.time.Instant.now());
    String name =
        "takedown-"
            + (tapes.size() == 1 ? tapes.get(0) : "tapes")
            + "-"
            + stamp
            + "."
            + extension(format);
    Path out = dir.resolve(name);
    TakedownExport.Result r;
    try {
      r =
          new TakedownExport(scope.store())
              .export(tapes, format, out, scope.caller().name(), okjuVersion);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw WebError.badRequest(e.getMessage());
    }
    ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    ctx.header("X-Okju-Sha256", r.sha256().toHex());
    ctx.contentType(format.equals("vics2") ? "application/json" : "text/plain; charset=utf-8");
    try (InputStream in = Files.newInputStream(out)) {
      ctx.result(in.readAllBytes());
    }
  }

  private static String extension(String format) {
    return switch (format) {
      case "hma-csv" -> "csv";
      case "vics2" -> "json";
      default -> "txt";
    };
  }

  private void json(Context ctx, CaseScope scope) {
    CaseStore store = scope.store();
    List<Copies.Tape> tapes = store.copies().tapes();
    Map<ItemId, Item> items = items(store, tapes);
    Privacy privacy = CasePrivacy.forItems(store, items.keySet());
    List<Map<String, Object>> out = new ArrayList<>();
    for (Copies.Tape t : tapes) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("id", t.id());
      o.put("kind", t.kind());
      o.put("representative", String.valueOf(t.representative().value()));
      List<Map<String, Object>> members = new ArrayList<>();
      for (Copies.Member m : t.members()) {
        Map<String, Object> mo = new LinkedHashMap<>();
        Item item = items.get(m.item());
        mo.put("item", String.valueOf(m.item().value()));
        mo.put("path", item == null ? null : privacy.path(item));
        mo.put(
            "sha256",
            item == null ? null : item.digests().sha256().map(Object::toString).orElse(null));
        mo.put("relation", m.relation());
        mo.put("joined", m.joined());
        try {
          mo.put("evidence", Json.MAPPER.readTree(m.evidence()));
        } catch (IOException e) {
          mo.put("evidence", m.evidence());
        }
        members.add(mo);
      }
      o.put("members", members);
      List<Map<String, Object>> related = new ArrayList<>();
      for (Copies.Related r : t.related()) {
        Map<String, Object> ro = new LinkedHashMap<>();
        ro.put("item", String.valueOf(r.item().value()));
        ro.put("member", String.valueOf(r.member().value()));
        ro.put("tape", r.inTape());
        ro.put("relation", r.relation());
        try {
          ro.put("evidence", Json.MAPPER.readTree(r.evidence()));
        } catch (IOException e) {
          ro.put("evidence", r.evidence());
        }
        related.add(ro);
      }
      o.put("related", related);
      out.add(o);
    }
    Json.send(ctx, Map.of("tapes", out));
  }
}
