package org.okju.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.followthemoney.entity.ValueEntity;
import tech.followthemoney.model.Model;
import tech.followthemoney.model.Schema;

/**
 * Exports confirmed facts as FollowTheMoney entities of the model as it is (followthemoney's own
 * schemata and properties only, every required property present), so Aleph and {@code ftm} keep all
 * of it:
 *
 * <ul>
 *   <li>{@code payment}: a {@code Payment} from payer (subject) to beneficiary (object) with
 *       amount, currency and date; a party the line does not name is an unidentified {@code
 *       LegalEntity} of that fact, since the model requires both.
 *   <li>{@code share}: an {@code Ownership} (the model's entity for a percentage stake): the owner
 *       (subject) holds {@code percentage} of an {@code Asset}, the proceeds of the object (the
 *       deal or the victim's extortion, one asset per object so the cuts of one deal add up);
 *       {@code role} is the fact type, {@code status} the review status, an amount the line gave
 *       goes to {@code sharesValue}/{@code sharesCurrency}.
 *   <li>{@code meeting}, {@code recording}, {@code supply}: an {@code Event} with the fact type in
 *       {@code keywords}, {@code involved} parties, {@code location}/{@code addressEntity}, and its
 *       document as {@code proof} plus a {@code Documentation} link.
 * </ul>
 *
 * Every fact carries its provenance: {@code recordId} {@code F<id>}, {@code summary} the quoted
 * line, {@code description} document, page, line and character span. {@code Payment} and {@code
 * Ownership} are not things in the model, so no {@code Documentation} may point at them; their
 * provenance is those properties. People appear by their exported name (victims by pseudonym), each
 * with a {@code Documentation} per document naming them and {@code Mention}s. Entity ids are {@code
 * okju-<kind>-<id>}, stable within a case. Immutable and thread-safe once built.
 */
public final class FtmExport {
  private final Model model;

  /** Loads FtM's default model, unchanged. */
  public FtmExport() {
    try (InputStream in = Model.class.getClassLoader().getResourceAsStream("defaultModel.json")) {
      if (in == null) {
        throw new IllegalStateException(
            "followthemoney's defaultModel.json is not on the class path");
      }
      com.fasterxml.jackson.databind.ObjectMapper json =
          new com.fasterxml.jackson.databind.ObjectMapper();
      this.model = Model.fromJson(json, json.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the FtM model", e);
    }
  }

  /** The FtM model in use (for reading exported entities back). */
  public Model model() {
    return model;
  }

  /** The entities for the confirmed facts of {@code view}. */
  public List<ValueEntity> entities(LedgerView view) {
    Map<String, ValueEntity> out = new LinkedHashMap<>();
    Map<String, String> personIds = new LinkedHashMap<>();
    for (LedgerView.EntityView e : view.entities()) {
      if (e.type() == EntityType.PERSON) {
        personIds.put(e.normalized(), "okju-person-" + e.id());
      }
    }
    for (LedgerView.FactView f : view.confirmed()) {
      String docId = document(out, f.provenance().doc());
      String factId = "okju-fact-" + f.id();
      ValueEntity fact =
          switch (f.type()) {
            case PAYMENT -> payment(out, personIds, f, factId);
            case SHARE -> share(out, personIds, f, factId);
            default -> event(out, personIds, f, factId, docId);
          };
      // FtM's dates are calendar prefixes (2024, 2024-04, 2024-04-03); a day of no written year
      // stays in the quoted line.
      f.calendarDate().ifPresent(d -> put(fact, "date", d));
      put(fact, "recordId", "F" + f.id());
      put(fact, "summary", f.provenance().text().strip());
      put(fact, "description", provenance(f.provenance()));
      out.put(factId, fact);
    }
    for (LedgerView.EntityView e : view.entities()) {
      String pid = personIds.get(e.normalized());
      if (e.type() != EntityType.PERSON || !out.containsKey(pid)) {
        continue;
      }
      int n = 0;
      Map<String, Boolean> documented = new LinkedHashMap<>();
      for (LedgerView.MentionView m : e.mentions()) {
        String doc = document(out, m.doc());
        ValueEntity mention = entity("okju-mention-" + e.id() + "-" + n++, "Mention");
        put(mention, "name", m.text());
        put(mention, "resolved", pid);
        put(mention, "document", doc);
        put(mention, "detectedSchema", "Person");
        out.put(mention.getId(), mention);
        if (documented.putIfAbsent(doc, true) == null) {
          ValueEntity link = entity("okju-documentation-" + e.id() + "-" + doc, "Documentation");
          put(link, "document", doc);
          put(link, "entity", pid);
          put(link, "role", "named on page " + m.page() + ", line " + m.line());
          out.put(link.getId(), link);
        }
      }
    }
    return new ArrayList<>(out.values());
  }

  private ValueEntity payment(
      Map<String, ValueEntity> out, Map<String, String> ids, LedgerView.FactView f, String id) {
    ValueEntity p = entity(id, "Payment");
    put(p, "payer", f.subject().map(s -> person(out, ids, s)).orElseGet(() -> party(out, f)));
    put(p, "beneficiary", f.object().map(o -> person(out, ids, o)).orElseGet(() -> party(out, f)));
    f.amount()
        .ifPresent(
            m -> {
              put(p, "amount", m.value().toPlainString());
              put(p, "currency", m.currency());
            });
    put(p, "purpose", f.provenance().text().strip());
    return p;
  }

  private ValueEntity share(
      Map<String, ValueEntity> out, Map<String, String> ids, LedgerView.FactView f, String id) {
    ValueEntity o = entity(id, "Ownership");
    put(o, "owner", f.subject().map(s -> person(out, ids, s)).orElseGet(() -> party(out, f)));
    String what = f.object().orElse("the deal of fact F" + f.id());
    String assetId = "okju-asset-" + LedgerCase.sha256(what).substring(0, 16);
    out.computeIfAbsent(
        assetId,
        k -> {
          ValueEntity a = entity(k, "Asset");
          put(a, "name", "proceeds of " + displayName(what));
          return a;
        });
    put(o, "asset", assetId);
    f.percent().ifPresent(p -> put(o, "percentage", p.toPlainString()));
    f.amount()
        .ifPresent(
            m -> {
              put(o, "sharesValue", m.value().toPlainString());
              put(o, "sharesCurrency", m.currency());
            });
    put(o, "role", f.type().code());
    put(o, "status", f.status());
    return o;
  }

  private ValueEntity event(
      Map<String, ValueEntity> out,
      Map<String, String> ids,
      LedgerView.FactView f,
      String id,
      String docId) {
    ValueEntity e = entity(id, "Event");
    put(
        e,
        "name",
        f.type().code()
            + " "
            + f.subject().map(FtmExport::displayName).orElse("?")
            + f.object().map(o -> " " + displayName(o)).orElse(""));
    put(e, "keywords", f.type().code());
    f.subject().ifPresent(s -> put(e, "involved", person(out, ids, s)));
    f.place()
        .ifPresent(
            p -> {
              String addressId = "okju-address-" + LedgerCase.sha256(p).substring(0, 16);
              out.computeIfAbsent(
                  addressId,
                  k -> {
                    ValueEntity a = entity(k, "Address");
                    put(a, "full", p);
                    return a;
                  });
              put(e, "location", p);
              put(e, "addressEntity", addressId);
            });
    put(e, "proof", docId);
    ValueEntity link = entity("okju-documentation-" + f.id(), "Documentation");
    put(link, "document", docId);
    put(link, "entity", id);
    put(link, "role", "line " + f.provenance().line());
    out.put(link.getId(), link);
    return e;
  }

  private static String provenance(LedgerView.MentionView p) {
    return "read from "
        + p.doc()
        + ", page "
        + p.page()
        + ", line "
        + p.line()
        + ", characters "
        + p.start()
        + "-"
        + p.end();
  }

  private String document(Map<String, ValueEntity> out, String name) {
    String id = "okju-document-" + LedgerCase.sha256(name).substring(0, 16);
    out.computeIfAbsent(
        id,
        k -> {
          ValueEntity d = entity(k, "Document");
          put(d, "fileName", name);
          return d;
        });
    return id;
  }

  // A party the line leaves unnamed: the model requires payer and beneficiary, owner and asset.
  private String party(Map<String, ValueEntity> out, LedgerView.FactView f) {
    String id = "okju-party-" + f.id();
    out.computeIfAbsent(
        id,
        k -> {
          ValueEntity p = entity(k, "LegalEntity");
          put(p, "name", "party not named in fact F" + f.id());
          return p;
        });
    return id;
  }

  private String person(Map<String, ValueEntity> out, Map<String, String> ids, String name) {
    String id =
        ids.computeIfAbsent(name, n -> "okju-person-" + LedgerCase.sha256(n).substring(0, 16));
    out.computeIfAbsent(
        id,
        k -> {
          ValueEntity p = entity(k, "Person");
          put(p, "name", displayName(name));
          return p;
        });
    return id;
  }

  private static String displayName(String name) {
    return name.equals(SuggestedFact.AUTHOR) ? "author of the ledger" : name;
  }

  /** One FtM entity per line (the format {@code ftm} tools read). */
  public String jsonLines(LedgerView view) {
    StringBuilder b = new StringBuilder();
    for (ValueEntity e : entities(view)) {
      b.append(e.toValueJson().toString()).append('\n');
    }
    return b.toString();
  }

  /** Adds a value; every property named here exists in the model, so a failure is a bug. */
  private static void put(ValueEntity e, String property, String value) {
    try {
      e.addValue(property, value);
    } catch (tech.followthemoney.exc.SchemaException ex) {
      throw new IllegalStateException(e.getSchema().getName() + " has no property " + property, ex);
    }
  }

  private ValueEntity entity(String id, String schema) {
    Schema s = model.getSchema(schema);
    return new ValueEntity(id, s);
  }
}
