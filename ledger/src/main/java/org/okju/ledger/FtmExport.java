package org.okju.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * Exports confirmed facts as FollowTheMoney entities (followthemoney 3.8.5): Person for people,
 * Payment for payments and shares, Event for meetings and recordings, Address for places, Document
 * for each source document, Documentation linking a fact to its document, and Mention for each name
 * as written. Victims are exported under their pseudonyms.
 *
 * <p>FtM has no property for a cut of a deal, so okju's model extends Payment with {@code
 * okjuSharePercentage} (type number) and {@code okjuFactType}: a share is a Payment from the
 * victim's money (payer) to its receiver (beneficiary) carrying the percentage explicitly, with the
 * amount only when the line gave one. Entity ids are {@code okju-<kind>-<id>}, stable within a
 * case. Immutable and thread-safe once built.
 */
public final class FtmExport {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Model model;

  /** Loads FtM's default model with okju's two Payment properties added. */
  public FtmExport() {
    try (InputStream in = Model.class.getClassLoader().getResourceAsStream("defaultModel.json")) {
      if (in == null) {
        throw new IllegalStateException(
            "followthemoney's defaultModel.json is not on the class path");
      }
      JsonNode root = JSON.readTree(in);
      ObjectNode payment = (ObjectNode) root.path("schemata").path("Payment").path("properties");
      payment.set(
          "okjuSharePercentage",
          property("okjuSharePercentage", "okju share percentage", "number"));
      payment.set("okjuFactType", property("okjuFactType", "okju fact type", "string"));
      this.model = Model.fromJson(JSON, root);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the FtM model", e);
    }
  }

  private static ObjectNode property(String name, String label, String type) {
    return JSON.createObjectNode()
        .put("name", name)
        .put("qname", "Payment:" + name)
        .put("label", label)
        .put("type", type)
        .put("maxLength", 64);
  }

  /** The FtM model in use (for validating or reading exported entities). */
  public Model model() {
    return model;
  }

  /** The entities for the confirmed facts of {@code view}. */
  public List<ValueEntity> entities(LedgerView view) {
    Map<String, ValueEntity> out = new LinkedHashMap<>();
    Map<String, String> personIds = new LinkedHashMap<>();
    for (LedgerView.EntityView e : view.entities()) {
      if (e.type() == EntityType.PERSON) {
        String id = "okju-person-" + e.id();
        personIds.put(e.normalized(), id);
      }
    }
    for (LedgerView.FactView f : view.confirmed()) {
      String docId = "okju-document-" + LedgerCase.sha256(f.provenance().doc()).substring(0, 16);
      ValueEntity doc = out.computeIfAbsent(docId, id -> entity(id, "Document"));
      if (!doc.has(doc.getSchema().getProperty("fileName"))) {
        put(doc, "fileName", f.provenance().doc());
      }
      String factId = "okju-fact-" + f.id();
      ValueEntity fact;
      switch (f.type()) {
        case PAYMENT, SHARE -> {
          fact = entity(factId, "Payment");
          boolean share = f.type() == FactType.SHARE;
          f.subject()
              .ifPresent(
                  s -> put(fact, share ? "beneficiary" : "payer", person(out, personIds, s)));
          f.object()
              .ifPresent(
                  o -> put(fact, share ? "payer" : "beneficiary", person(out, personIds, o)));
          f.amount()
              .ifPresent(
                  m -> {
                    put(fact, "amount", m.value().toPlainString());
                    put(fact, "currency", m.currency());
                  });
          f.percent().ifPresent(p -> put(fact, "okjuSharePercentage", p.toPlainString()));
          put(fact, "okjuFactType", f.type().code());
        }
        default -> {
          fact = entity(factId, "Event");
          put(
              fact,
              "name",
              f.type().code()
                  + " "
                  + f.subject().orElse("?")
                  + f.object().map(o -> " " + o).orElse(""));
          f.subject().ifPresent(s -> put(fact, "involved", person(out, personIds, s)));
          f.place()
              .ifPresent(
                  p -> {
                    String addressId = "okju-address-" + LedgerCase.sha256(p).substring(0, 16);
                    out.computeIfAbsent(
                        addressId,
                        id -> {
                          ValueEntity a = entity(id, "Address");
                          put(a, "full", p);
                          return a;
                        });
                    put(fact, "location", p);
                    put(fact, "addressEntity", addressId);
                  });
        }
      }
      f.date().ifPresent(d -> put(fact, "date", d));
      put(fact, "summary", f.provenance().text().strip());
      out.put(factId, fact);
      ValueEntity link = entity("okju-documentation-" + f.id(), "Documentation");
      put(link, "document", docId);
      put(link, "entity", factId);
      put(link, "role", "line " + f.provenance().line());
      out.put(link.getId(), link);
    }
    for (LedgerView.EntityView e : view.entities()) {
      String pid = personIds.get(e.normalized());
      if (e.type() != EntityType.PERSON || !out.containsKey(pid)) {
        continue;
      }
      int n = 0;
      for (LedgerView.MentionView m : e.mentions()) {
        ValueEntity mention = entity("okju-mention-" + e.id() + "-" + n++, "Mention");
        put(mention, "name", m.text());
        put(mention, "resolved", pid);
        put(mention, "document", "okju-document-" + LedgerCase.sha256(m.doc()).substring(0, 16));
        put(mention, "detectedSchema", "Person");
        out.put(mention.getId(), mention);
        out.computeIfAbsent(
            "okju-document-" + LedgerCase.sha256(m.doc()).substring(0, 16),
            id -> {
              ValueEntity d = entity(id, "Document");
              put(d, "fileName", m.doc());
              return d;
            });
      }
    }
    return new ArrayList<>(out.values());
  }

  /** One FtM entity per line (the format {@code ftm} tools read). */
  public String jsonLines(LedgerView view) {
    StringBuilder b = new StringBuilder();
    for (ValueEntity e : entities(view)) {
      b.append(e.toValueJson().toString()).append('\n');
    }
    return b.toString();
  }

  private String person(Map<String, ValueEntity> out, Map<String, String> ids, String name) {
    String id =
        ids.computeIfAbsent(name, n -> "okju-person-" + LedgerCase.sha256(n).substring(0, 16));
    out.computeIfAbsent(
        id,
        k -> {
          ValueEntity p = entity(k, "Person");
          put(p, "name", name.equals(SuggestedFact.AUTHOR) ? "author of the ledger" : name);
          return p;
        });
    return id;
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
