package org.okju.ledger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The stable JSON form of a ledger (issue 6): {@code {"entities":[{"id","type","value",
 * "normalized","mentions":[{"doc","line","start","end","text"}]}], "facts":[{"id","type","status",
 * "subject","object","amount":{"value","currency"},"percent","date","place","provenance":[…]}]}}.
 * Ids are {@code E<n>} and {@code F<n>}; amounts and percents are JSON numbers; a missing value is
 * {@code null}, never an absent key. Every entity has {@code "stale"}: no reading finds it any
 * more, but a reviewer decided about it ({@link LedgerView#noLongerFound}; a fact of that kind has
 * the flag {@code no-longer-found}). A person also has {@code "roleConfirmed"}, {@code "doubtful"}
 * (the reader doubts every mention of them is a person: {@link LedgerView#doubtful}) and {@code
 * "evidence"}. Stateless.
 */
public final class LedgerJson {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private LedgerJson() {}

  /** The ledger as JSON text. */
  public static String write(LedgerView view, List<LedgerView.FactView> facts) {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode entities = root.putArray("entities");
    for (LedgerView.EntityView e : view.entities()) {
      ObjectNode n = entities.addObject();
      n.put("id", "E" + e.id());
      n.put("type", e.type().code());
      n.put("value", e.value());
      switch (e.type()) {
        case MONEY, PERCENT -> n.put("normalized", new java.math.BigDecimal(e.normalized()));
        default -> n.put("normalized", e.normalized());
      }
      n.put("role", e.role().orElse(null));
      n.put("stale", view.noLongerFound(e.id()));
      if (e.type() == EntityType.PERSON) {
        view.people().stream()
            .filter(p -> p.entityId() == e.id())
            .findFirst()
            .ifPresent(p -> n.put("roleConfirmed", p.confirmed()));
        n.put("doubtful", view.doubtful(e.id()));
        ArrayNode ev = n.putArray("evidence");
        for (LedgerView.EvidenceView x : view.evidence(e.id())) {
          ObjectNode o = ev.addObject().put("role", x.role()).put("cue", x.cue());
          mention(o.putObject("where"), x.where());
        }
      }
      ArrayNode ms = n.putArray("mentions");
      for (LedgerView.MentionView m : e.mentions()) {
        mention(ms.addObject(), m);
      }
    }
    ArrayNode fs = root.putArray("facts");
    for (LedgerView.FactView f : facts) {
      ObjectNode n = fs.addObject();
      n.put("id", "F" + f.id());
      n.put("type", f.type().code());
      n.put("status", f.status());
      n.put("subject", f.subject().orElse(null));
      n.put("object", f.object().orElse(null));
      if (f.amount().isPresent()) {
        n.putObject("amount")
            .put("value", f.amount().get().value())
            .put("currency", f.amount().get().currency());
      } else {
        n.putNull("amount");
      }
      n.put("percent", f.percent().orElse(null));
      n.put("date", f.date().orElse(null));
      n.put("place", f.place().orElse(null));
      n.put("confidence", f.confidence());
      ArrayNode flags = n.putArray("flags");
      f.flags().forEach(flags::add);
      mention(n.putArray("provenance").addObject(), f.provenance());
    }
    try {
      return MAPPER.writeValueAsString(root);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain nodes always serialises", e);
    }
  }

  private static void mention(ObjectNode n, LedgerView.MentionView m) {
    n.put("doc", m.doc());
    n.put("page", m.page());
    n.put("line", m.line());
    n.put("start", m.start());
    n.put("end", m.end());
    n.put("text", m.text());
  }
}
