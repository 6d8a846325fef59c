package org.okju.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.okju.casefile.CaseStore;
import org.okju.casefile.Catalogue;
import org.okju.casefile.CatalogueQuery;
import org.okju.casefile.CatalogueRow;
import org.okju.casefile.CatalogueRows;
import org.okju.casefile.HashSets;
import org.okju.casefile.Item;
import org.okju.casefile.ItemCard;
import org.okju.casefile.ItemError;
import org.okju.casefile.ItemId;
import org.okju.casefile.ItemStatus;
import org.okju.casefile.VideoFrame;
import org.okju.report.Privacy;
import org.okju.web.auth.Permission;
import org.okju.web.pages.CustodyRow;
import org.okju.web.pages.ItemPage;
import org.okju.web.pages.ItemsPage;

/** The catalogue (page and API) and each item's page. No route here returns pixels. */
final class ItemRoutes {
  private static final java.util.regex.Pattern ITEM_ID =
      java.util.regex.Pattern.compile("[1-9][0-9]{0,17}");
  private final Pages pages;
  private final MediaPolicy media;

  ItemRoutes(Pages pages, MediaPolicy media) {
    this.pages = pages;
    this.media = media;
  }

  void register(Router router) {
    router.casePage("GET", "/cases/{name}/items", Permission.READ, this::list);
    router.casePage("GET", "/cases/{name}/items/{id}", Permission.READ, this::detail);
    router.caseApi("GET", "/api/cases/{name}/items", Permission.READ, this::listJson);
    router.caseApi("GET", "/api/cases/{name}/items/{id}", Permission.READ, this::detailJson);
  }

  /** The item the path names, or 404 (ids are numbers; anything else is unknown). */
  static Item item(Context ctx, CaseScope scope) {
    return scope.store().items().find(itemId(ctx)).orElseThrow(WebError::notFound);
  }

  /** The item id the path names, or 404 (ids are numbers; anything else is unknown). */
  private static ItemId itemId(Context ctx) {
    String text = ctx.pathParam("id");
    if (!ITEM_ID.matcher(text).matches()) {
      throw WebError.notFound();
    }
    return new ItemId(Long.parseLong(text));
  }

  private static CatalogueRows rows(CaseStore store, CatalogueQuery q) {
    try {
      return store.catalogue().rows(q, Privacy.SENSITIVE_NAME);
    } catch (IllegalArgumentException e) {
      throw WebError.badRequest("after is not a cursor of this listing");
    }
  }

  private void list(Context ctx, CaseScope scope) {
    CatalogueQuery q = CatalogueRequest.of(ctx);
    CatalogueRows p = rows(scope.store(), q);
    Privacy privacy = CasePrivacy.forRows(scope.store(), p.rows());
    Map<ItemId, Catalogue.Membership> tapes =
        scope.store().catalogue().memberships(p.rows().stream().map(CatalogueRow::id).toList());
    List<ItemsPage.Row> rows = new ArrayList<>();
    for (CatalogueRow i : p.rows()) {
      Optional<Catalogue.Membership> m = Optional.ofNullable(tapes.get(i.id()));
      rows.add(
          new ItemsPage.Row(
              i.id().value(),
              privacy.path(i.id(), i.path()),
              i.mediaType().orElse(""),
              Display.size(i.size()),
              i.sha256().orElse(""),
              status(i.status()),
              Display.time(i.modified()),
              m.map(Catalogue.Membership::tape).orElse(""),
              m.map(Catalogue.Membership::relation).orElse("")));
    }
    Map<String, String> filters = CatalogueRequest.filters(ctx);
    String base = "/cases/" + scope.name() + "/items";
    Optional<String> next = p.next().map(c -> base + "?" + query(filters, c));
    Optional<String> first =
        q.after().isPresent() ? Optional.of(base + "?" + query(filters, null)) : Optional.empty();
    List<String> sets =
        scope.store().hashSets().list().stream().map(HashSets.HashSet::name).toList();
    pages.render(
        ctx,
        "items.jte",
        new ItemsPage(
            pages.chrome(scope, "Catalogue", "items"),
            filters,
            sets,
            new ItemsPage.Results(scope.name(), rows, next, first)));
  }

  private static String status(Item i) {
    return status(i.status());
  }

  private static String status(ItemStatus s) {
    return s.name().toLowerCase(java.util.Locale.ROOT);
  }

  private static String query(Map<String, String> filters, String cursor) {
    Map<String, String> all = new LinkedHashMap<>(filters);
    if (cursor != null) {
      all.put("after", cursor);
    }
    return all.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  // A page's field names, encoded once (the generator copies their bytes for each of 50 rows).
  private static final SerializedString ID = new SerializedString("id");
  private static final SerializedString PATH = new SerializedString("path");
  private static final SerializedString TYPE = new SerializedString("type");
  private static final SerializedString SIZE = new SerializedString("size");
  private static final SerializedString SHA256 = new SerializedString("sha256");
  private static final SerializedString STATUS = new SerializedString("status");

  // Streamed: the page's objects go straight to the generator, no maps of every row first.
  private void listJson(Context ctx, CaseScope scope) throws java.io.IOException {
    CatalogueRows p = rows(scope.store(), CatalogueRequest.of(ctx));
    Privacy privacy = CasePrivacy.forRows(scope.store(), p.rows());
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(16_384);
    try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out)) {
      g.writeStartObject();
      g.writeArrayFieldStart("items");
      for (CatalogueRow i : p.rows()) {
        g.writeStartObject();
        g.writeFieldName(ID);
        g.writeString(String.valueOf(i.id().value()));
        g.writeFieldName(PATH);
        g.writeString(privacy.path(i.id(), i.path()));
        g.writeFieldName(TYPE);
        g.writeString(i.mediaType().orElse(null));
        g.writeFieldName(SIZE);
        if (i.size().isPresent()) {
          g.writeNumber(i.size().getAsLong());
        } else {
          g.writeNull();
        }
        g.writeFieldName(SHA256);
        g.writeString(i.sha256().orElse(null));
        g.writeFieldName(STATUS);
        g.writeString(status(i.status()));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeStringField("next", p.next().orElse(null));
      g.writeEndObject();
    }
    ctx.contentType("application/json").result(out.toByteArray());
  }

  // The item's card is one trip to the case (item, sensitive flag, PDQ, frame count, tape), and
  // it is streamed to the generator like a page, no map of its fields first.
  private void detailJson(Context ctx, CaseScope scope) throws java.io.IOException {
    ItemCard card =
        scope
            .store()
            .catalogue()
            .card(itemId(ctx), Privacy.SENSITIVE_NAME)
            .orElseThrow(WebError::notFound);
    Item i = card.item();
    Privacy privacy = CasePrivacy.forCard(scope.store(), card);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(1024);
    try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("id", String.valueOf(i.id().value()));
      g.writeStringField("path", privacy.path(i));
      g.writeStringField("type", i.mediaType().orElse(null));
      if (i.size().isPresent()) {
        g.writeNumberField("size", i.size().getAsLong());
      } else {
        g.writeNullField("size");
      }
      g.writeStringField("md5", i.digests().md5().map(Object::toString).orElse(null));
      g.writeStringField("sha1", i.digests().sha1().map(Object::toString).orElse(null));
      g.writeStringField("sha256", i.digests().sha256().map(Object::toString).orElse(null));
      g.writeStringField("status", status(i));
      g.writeStringField("source", String.valueOf(i.source().value()));
      g.writeStringField("parent", i.parent().map(p -> String.valueOf(p.value())).orElse(null));
      if (card.pdq().isPresent()) {
        g.writeObjectFieldStart("pdq");
        g.writeStringField("hash", card.pdq().get().pdq().toHex());
        g.writeNumberField("quality", card.pdq().get().quality());
        g.writeEndObject();
      }
      if (card.videoFrames() > 0) {
        g.writeNumberField("vpdqFrames", card.videoFrames());
      }
      if (card.tape().isPresent()) {
        Catalogue.Membership m = card.tape().get();
        g.writeObjectFieldStart("tape");
        g.writeStringField("id", m.tape());
        g.writeStringField("relation", m.relation());
        g.writeFieldName("evidence");
        Json.MAPPER.writeTree(g, evidence(m));
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    ctx.contentType("application/json").result(out.toByteArray());
  }

  // The evidence as stored is JSON; anything else (never written by okju) is sent as a string.
  private static com.fasterxml.jackson.databind.JsonNode evidence(Catalogue.Membership m) {
    try {
      return Json.MAPPER.readTree(m.evidence());
    } catch (java.io.IOException e) {
      return Json.MAPPER.getNodeFactory().textNode(m.evidence());
    }
  }

  private void detail(Context ctx, CaseScope scope) {
    Item i = item(ctx, scope);
    CaseStore store = scope.store();
    Privacy privacy = CasePrivacy.forItems(store, List.of(i.id()));
    List<ItemPage.Prop> props = new ArrayList<>();
    props.add(
        new ItemPage.Prop(
            "type",
            i.mediaType().orElse("(unknown)")
                + (i.extensionMismatch() ? " — the extension contradicts the content" : "")));
    props.add(
        new ItemPage.Prop(
            "size",
            Display.size(i.size())
                + (i.size().isPresent() ? " (" + i.size().getAsLong() + " bytes)" : "")));
    props.add(new ItemPage.Prop("status", status(i)));
    props.add(new ItemPage.Prop("modified", Display.time(i.times().modified())));
    props.add(new ItemPage.Prop("accessed", Display.time(i.times().accessed())));
    props.add(new ItemPage.Prop("changed", Display.time(i.times().changed())));
    props.add(new ItemPage.Prop("created", Display.time(i.times().created())));
    i.parent().ifPresent(p -> props.add(new ItemPage.Prop("inside archive", "item " + p.value())));
    List<ItemPage.Prop> hashes = new ArrayList<>();
    i.digests().md5().ifPresent(h -> hashes.add(new ItemPage.Prop("MD5", h.toString())));
    i.digests().sha1().ifPresent(h -> hashes.add(new ItemPage.Prop("SHA-1", h.toString())));
    i.digests().sha256().ifPresent(h -> hashes.add(new ItemPage.Prop("SHA-256", h.toString())));
    store
        .fingerprints()
        .image(i.id())
        .ifPresent(
            p -> {
              hashes.add(new ItemPage.Prop("PDQ", p.pdq().toHex()));
              hashes.add(new ItemPage.Prop("PDQ quality", String.valueOf(p.quality())));
            });
    List<VideoFrame> frames = store.fingerprints().video(i.id());
    if (!frames.isEmpty()) {
      hashes.add(new ItemPage.Prop("vPDQ frames", String.valueOf(frames.size())));
      for (VideoFrame f : frames.subList(0, Math.min(5, frames.size()))) {
        hashes.add(
            new ItemPage.Prop(
                String.format(java.util.Locale.ROOT, "vPDQ %.3f s", f.timestampSeconds()),
                f.pdq().toHex() + " (quality " + f.quality() + ")"));
      }
    }
    List<ItemPage.Prop> metadata = new ArrayList<>();
    store
        .metadata()
        .of(i.id())
        .forEach((k, v) -> metadata.add(new ItemPage.Prop(k, privacy.text(v))));
    List<ItemPage.Prop> problems = new ArrayList<>();
    for (ItemError e : store.itemErrors().of(i.id())) {
      problems.add(
          new ItemPage.Prop(
              e.severity().name().toLowerCase(java.util.Locale.ROOT)
                  + " "
                  + e.stage()
                  + "/"
                  + e.kind(),
              privacy.text(e.message())));
    }
    Optional<Catalogue.Membership> m =
        Optional.ofNullable(store.catalogue().memberships(List.of(i.id())).get(i.id()));
    Optional<ItemPage.Tape> tape =
        m.map(
            x ->
                new ItemPage.Tape(
                    x.tape(),
                    x.relation(),
                    TapeRoutes.evidence(x.evidence()),
                    MediaPolicy.strong(x)));
    Map<Long, String> setNames =
        store.hashSets().list().stream()
            .collect(Collectors.toMap(HashSets.HashSet::id, s -> s.name() + " (" + s.kind() + ")"));
    List<HashSets.Match> matches = store.catalogue().matchesOf(i.id());
    List<ItemPage.Prop> matchRows = new ArrayList<>();
    for (HashSets.Match x : matches) {
      matchRows.add(
          new ItemPage.Prop(
              setNames.getOrDefault(x.hashSet(), "set " + x.hashSet()),
              x.hashKind()
                  + " "
                  + x.hash()
                  + (x.distance() > 0 ? " at distance " + x.distance() : " exactly")));
    }
    List<CustodyRow> custody =
        store.custody().mentioningItem(i.id().value(), 50).stream()
            .map(e -> CustodyRoutes.row(e, privacy))
            .toList();
    pages.render(
        ctx,
        "item.jte",
        new ItemPage(
            pages.chrome(scope, "Item " + i.id().value(), "items"),
            i.id().value(),
            privacy.path(i),
            store
                .sources()
                .find(i.source())
                .map(s -> privacy.text(s.givenPath().display()))
                .orElse(""),
            props,
            hashes,
            metadata,
            problems,
            tape,
            matchRows,
            custody,
            media.panel(scope, i, m, matches)));
  }
}
