package org.okju.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.okju.casefile.CaseStore;
import org.okju.casefile.Copies;
import org.okju.casefile.ItemId;
import org.okju.casefile.LedgerRows;

/**
 * okju's findings in CASE/UCO: each tape as a {@code uco-core:Grouping} of its copies and a
 * directional {@code uco-core:Relationship} from every member to the copy it was matched to ({@code
 * kindOfRelationship} the relation, the description its evidence); each confirmed ledger fact as a
 * {@code uco-core:Annotation} on the document it was read from, the statement in words (people by
 * pseudonym) and the provenance (document, page, line, character span, quoted line). Stateless.
 */
final class CaseUcoFindings {
  private CaseUcoFindings() {}

  /** Writes the tapes; returns their node ids. */
  static List<String> tapes(
      UcoGraph g, CaseSnapshot c, CaseStore store, Map<ItemId, String> files) {
    List<Copies.Tape> tapes = store.copies().tapes();
    return tapes.stream()
        .map(
            t -> {
              String id = g.id("tape", t.id());
              ObjectNode group = g.node(id, "uco-core:Grouping");
              group.put("uco-core:name", t.id());
              group.put(
                  "uco-core:context", "okju tape: every copy of one recording (" + t.kind() + ")");
              for (Copies.Member m : t.members()) {
                String file = files.get(m.item());
                if (file == null) {
                  continue;
                }
                UcoGraph.ref(group, "uco-core:object", file);
                if (m.item().equals(t.representative())) {
                  continue;
                }
                ObjectNode r =
                    g.node(
                        g.id("relationship", t.id() + "/" + m.item().value()),
                        "uco-core:Relationship");
                UcoGraph.ref(r, "uco-core:source", file);
                UcoGraph.ref1(r, "uco-core:target", files.get(t.representative()));
                r.put("uco-core:kindOfRelationship", m.relation());
                UcoGraph.typed(r, "uco-core:isDirectional", "xsd:boolean", "true");
                r.put(
                    "uco-core:description",
                    "copy of "
                        + t.id()
                        + "'s representative; evidence "
                        + c.privacy().text(m.evidence()));
              }
              return id;
            })
        .toList();
  }

  /** Writes the confirmed facts; returns fact id to node id. */
  static Map<Long, String> facts(
      UcoGraph g, CaseSnapshot c, CaseStore store, Map<ItemId, String> files) {
    Map<Long, LedgerRows.Entity> entities = new HashMap<>();
    store.ledger().entities().forEach(e -> entities.put(e.id(), e));
    Map<Long, LedgerRows.Document> documents = new HashMap<>();
    store.ledger().documents().forEach(d -> documents.put(d.id(), d));
    Map<Long, String> docNodes = new HashMap<>();
    Map<Long, String> out = new LinkedHashMap<>();
    for (LedgerRows.Fact f : store.ledger().facts()) {
      if (!f.status().equals("confirmed")) {
        continue;
      }
      LedgerRows.FactContent x = f.content();
      LedgerRows.Provenance p = x.provenance();
      LedgerRows.Document d = documents.get(p.documentId());
      String doc =
          docNodes.computeIfAbsent(
              p.documentId(),
              k ->
                  d.item()
                      .map(files::get)
                      .orElseGet(
                          () ->
                              CaseUcoObservables.digestOnly(
                                  g,
                                  "document",
                                  Long.toString(k),
                                  c.privacy().text(d.name()),
                                  HexFormat.of().parseHex(d.sha256()))));
      String id = g.id("fact", Long.toString(f.id()));
      ObjectNode a = g.node(id, "uco-core:Annotation");
      a.put("uco-core:name", "F" + f.id());
      a.put("uco-core:statement", c.privacy().text(statement(x, entities)));
      a.withArray("uco-core:tag").add(x.type());
      a.withArray("uco-core:tag").add("confirmed");
      a.put(
          "uco-core:description",
          c.privacy()
              .text(
                  "read from "
                      + d.name()
                      + ", page "
                      + p.page()
                      + ", line "
                      + p.line()
                      + ", characters "
                      + p.start()
                      + "-"
                      + p.end()
                      + ": \""
                      + p.quote().strip()
                      + "\""));
      UcoGraph.ref(a, "uco-core:object", doc);
      out.put(f.id(), id);
    }
    return out;
  }

  private static String statement(LedgerRows.FactContent x, Map<Long, LedgerRows.Entity> e) {
    StringBuilder b = new StringBuilder(x.type());
    b.append(": ").append(name(x.subject(), e).orElse("(unnamed)"));
    name(x.object(), e).ifPresent(o -> b.append(" -> ").append(o));
    x.amount()
        .ifPresent(
            a ->
                b.append(", ")
                    .append(a.toPlainString())
                    .append(' ')
                    .append(x.currency().orElse("")));
    x.percent().ifPresent(p -> b.append(", ").append(p.toPlainString()).append('%'));
    x.date().ifPresent(dt -> b.append(", on ").append(dt));
    name(x.place(), e).ifPresent(pl -> b.append(", at ").append(pl));
    return b.toString().strip();
  }

  private static Optional<String> name(Optional<Long> id, Map<Long, LedgerRows.Entity> e) {
    if (id.isEmpty()) {
      return Optional.empty();
    }
    LedgerRows.Entity x = e.get(id.get());
    for (int hops = 0; x != null && x.mergedInto().isPresent() && hops < 64; hops++) {
      x = e.get(x.mergedInto().get());
    }
    return Optional.ofNullable(x).map(LedgerRows.Entity::normalized);
  }
}
