package org.okju.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.okju.casefile.Ledger;
import org.okju.casefile.LedgerRows;

/**
 * The case's ledger as people read it: entities with merged spellings folded into the surviving
 * one, facts with their parties named. Victims appear only under their pseudonyms. Immutable.
 */
public final class LedgerView {
  /** A mention of an entity. */
  public record MentionView(String doc, int page, int line, int start, int end, String text) {}

  /** An entity with all its mentions (those of spellings merged into it included). */
  public record EntityView(
      long id,
      EntityType type,
      String value,
      String normalized,
      Optional<String> role,
      Optional<String> currency,
      List<MentionView> mentions) {}

  /** A fact with its parties named. */
  public record FactView(
      long id,
      FactType type,
      String status,
      Optional<String> subject,
      Optional<String> object,
      Optional<Money> amount,
      Optional<BigDecimal> percent,
      Optional<String> date,
      Optional<String> place,
      double confidence,
      List<String> flags,
      MentionView provenance) {
    /** Whether a reviewer confirmed it (only confirmed facts reach outputs). */
    public boolean confirmed() {
      return status.equals("confirmed");
    }
  }

  private final List<EntityView> entities;
  private final List<FactView> facts;

  private LedgerView(List<EntityView> entities, List<FactView> facts) {
    this.entities = List.copyOf(entities);
    this.facts = List.copyOf(facts);
  }

  /** Reads the ledger of a case. */
  public static LedgerView load(Ledger ledger) {
    Map<Long, String> docs = new HashMap<>();
    ledger.documents().forEach(d -> docs.put(d.id(), d.name()));
    Map<Long, LedgerRows.Entity> byId = new LinkedHashMap<>();
    ledger.entities().forEach(e -> byId.put(e.id(), e));
    Map<Long, List<MentionView>> mentions = new LinkedHashMap<>();
    for (LedgerRows.Mention m : ledger.mentions()) {
      long survivor = survivor(byId, m.entityId());
      mentions
          .computeIfAbsent(survivor, k -> new ArrayList<>())
          .add(
              new MentionView(
                  docs.get(m.documentId()), m.page(), m.line(), m.start(), m.end(), m.quote()));
    }
    List<EntityView> entities = new ArrayList<>();
    for (LedgerRows.Entity e : byId.values()) {
      if (e.mergedInto().isEmpty()) {
        entities.add(
            new EntityView(
                e.id(),
                EntityType.ofCode(e.type()),
                e.value(),
                e.normalized(),
                e.role(),
                e.currency(),
                mentions.getOrDefault(e.id(), List.of())));
      }
    }
    List<FactView> facts = new ArrayList<>();
    for (LedgerRows.Fact f : ledger.facts()) {
      LedgerRows.FactContent c = f.content();
      LedgerRows.Provenance p = c.provenance();
      facts.add(
          new FactView(
              f.id(),
              FactType.ofCode(c.type()),
              f.status(),
              c.subject().map(id -> name(byId, id)),
              c.object().map(id -> name(byId, id)),
              c.amount().map(a -> new Money(a, c.currency().orElse("KRW"))),
              c.percent(),
              c.date(),
              c.place().map(id -> name(byId, id)),
              c.confidence(),
              c.flags(),
              new MentionView(
                  docs.get(p.documentId()), p.page(), p.line(), p.start(), p.end(), p.quote())));
    }
    return new LedgerView(entities, facts);
  }

  private static long survivor(Map<Long, LedgerRows.Entity> byId, long id) {
    long current = id;
    for (int hops = 0; hops < 64; hops++) { // a merge chain; 64 bounds a cycle made by hand
      LedgerRows.Entity e = byId.get(current);
      if (e == null || e.mergedInto().isEmpty()) {
        return current;
      }
      current = e.mergedInto().get();
    }
    return current;
  }

  private static String name(Map<Long, LedgerRows.Entity> byId, long id) {
    return byId.get(survivor(byId, id)).normalized();
  }

  /** Every entity, merged spellings folded. */
  public List<EntityView> entities() {
    return entities;
  }

  /** Every fact, whatever its status. */
  public List<FactView> facts() {
    return facts;
  }

  /** The facts a reviewer confirmed: the only ones that reach networks, timelines and exports. */
  public List<FactView> confirmed() {
    return facts.stream().filter(FactView::confirmed).toList();
  }
}
