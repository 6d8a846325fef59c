package org.okju.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.okju.casefile.Disclosure;
import org.okju.casefile.Ledger;
import org.okju.casefile.LedgerRows;

/**
 * The case's ledger as every output shows it (the CLI's lists and JSON, the network, the timeline,
 * FtM, the report, the web workbench): entities with merged spellings folded into the surviving
 * one, facts with their parties named, every person, quote, place and title passed through the
 * case's {@link Disclosure}: a person appears by name only once a reviewer confirmed them as
 * accused, accomplice or witness, everyone else by pseudonym. Immutable.
 */
public final class LedgerView {
  /** A mention of an entity. */
  public record MentionView(String doc, int page, int line, int start, int end, String text) {}

  /** Why the reader suggested a person's role: the cue word and the line it was read in. */
  public record EvidenceView(String role, String cue, MentionView where) {}

  /**
   * An entity with all its mentions (those of spellings merged into it included). For a person,
   * {@code value} and {@code normalized} are the name or pseudonym {@link Disclosure} allows, and
   * {@code role} the person's role (victim, accused, accomplice, witness, unknown).
   */
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

    /**
     * The fact's date when its year is known: a notebook's {@code --04-03} is a day of no known
     * year, which neither sorts nor compares with calendar dates.
     */
    public Optional<String> calendarDate() {
      return date.filter(d -> !d.startsWith("--"));
    }
  }

  private final List<EntityView> entities;
  private final List<FactView> facts;
  private final Disclosure disclosure;
  private final Map<Long, List<EvidenceView>> evidence;
  private final Set<Long> doubtful;
  private final Set<Long> noLongerFound;

  private LedgerView(
      List<EntityView> entities,
      List<FactView> facts,
      Disclosure disclosure,
      Map<Long, List<EvidenceView>> evidence,
      Set<Long> doubtful,
      Set<Long> noLongerFound) {
    this.entities = List.copyOf(entities);
    this.facts = List.copyOf(facts);
    this.disclosure = disclosure;
    this.evidence = evidence;
    this.doubtful = Set.copyOf(doubtful);
    this.noLongerFound = Set.copyOf(noLongerFound);
  }

  /** Reads the ledger of a case, as its identity table allows it to be shown. */
  public static LedgerView load(Ledger ledger) {
    return load(ledger, Disclosure.of(ledger));
  }

  /** Reads the ledger of a case, shown as {@code d} allows. */
  public static LedgerView load(Ledger ledger, Disclosure d) {
    Map<Long, String> docs = new HashMap<>();
    ledger.documents().forEach(doc -> docs.put(doc.id(), d.text(doc.name())));
    Map<Long, LedgerRows.Entity> byId = new LinkedHashMap<>();
    ledger.entities().forEach(e -> byId.put(e.id(), e));
    Map<Long, List<MentionView>> mentions = new LinkedHashMap<>();
    // survivor -> whether every one of its mentions so far was doubted
    Map<Long, Boolean> allDoubted = new HashMap<>();
    for (LedgerRows.Mention m : ledger.mentions()) {
      long survivor = survivor(byId, m.entityId());
      allDoubted.merge(survivor, m.flags().contains(PersonFilter.DOUBTFUL), Boolean::logicalAnd);
      mentions
          .computeIfAbsent(survivor, k -> new ArrayList<>())
          .add(
              new MentionView(
                  docs.get(m.documentId()),
                  m.page(),
                  m.line(),
                  m.start(),
                  m.end(),
                  d.text(m.quote())));
    }
    List<EntityView> entities = new ArrayList<>();
    Set<Long> noLongerFound = new HashSet<>();
    for (LedgerRows.Entity e : byId.values()) {
      if (e.noLongerFound()) {
        noLongerFound.add(e.id());
      }
      // retired: no reading finds it and no reviewer decided about it, so no output shows it
      if (e.mergedInto().isEmpty() && !e.retired()) {
        EntityType type = EntityType.ofCode(e.type());
        Optional<Disclosure.Person> person = d.person(e.id());
        boolean numeric = type == EntityType.MONEY || type == EntityType.PERCENT;
        entities.add(
            new EntityView(
                e.id(),
                type,
                person
                    .map(Disclosure.Person::label)
                    .orElse(numeric ? e.value() : d.text(e.value())),
                person
                    .map(Disclosure.Person::label)
                    .orElse(numeric ? e.normalized() : d.text(e.normalized())),
                person
                    .map(Disclosure.Person::role)
                    .or(() -> type == EntityType.PERSON ? Optional.empty() : e.role()),
                e.currency(),
                mentions.getOrDefault(e.id(), List.of())));
      }
    }
    Map<Long, List<EvidenceView>> evidence = new LinkedHashMap<>();
    for (LedgerRows.RoleEvidence e : ledger.roleEvidence()) {
      LedgerRows.Provenance p = e.provenance();
      long who = survivor(byId, e.entityId());
      evidence
          .computeIfAbsent(who, k -> new ArrayList<>())
          .add(
              new EvidenceView(
                  e.role(),
                  d.text(e.cue()),
                  new MentionView(
                      docs.get(p.documentId()),
                      p.page(),
                      p.line(),
                      p.start(),
                      p.end(),
                      d.text(p.quote()))));
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
              c.subject().map(id -> name(d, byId, id)),
              c.object().map(id -> name(d, byId, id)),
              c.amount().map(a -> new Money(a, c.currency().orElse("KRW"))),
              c.percent(),
              c.date(),
              c.place().map(id -> name(d, byId, id)),
              c.confidence(),
              c.flags(),
              new MentionView(
                  docs.get(p.documentId()),
                  p.page(),
                  p.line(),
                  p.start(),
                  p.end(),
                  d.text(p.quote()))));
    }
    Set<Long> doubtful = new HashSet<>();
    allDoubted.forEach(
        (id, doubted) -> {
          // A reviewer who confirmed the person's role has settled that they are a person.
          if (doubted && d.person(id).filter(p -> !p.confirmed()).isPresent()) {
            doubtful.add(id);
          }
        });
    return new LedgerView(entities, facts, d, evidence, doubtful, noLongerFound);
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

  private static String name(Disclosure d, Map<Long, LedgerRows.Entity> byId, long id) {
    long survivor = survivor(byId, id);
    return d.person(survivor)
        .map(Disclosure.Person::label)
        .orElseGet(() -> d.text(byId.get(survivor).normalized()));
  }

  /** Every entity, merged spellings folded. */
  public List<EntityView> entities() {
    return entities;
  }

  /** Every fact, whatever its status. */
  public List<FactView> facts() {
    return facts;
  }

  /** The policy this view was shown through (for outputs that print more of the case). */
  public Disclosure disclosure() {
    return disclosure;
  }

  /** Every person, merged spellings folded, as shown. */
  public List<Disclosure.Person> people() {
    return disclosure.people();
  }

  /**
   * Whether the reader doubts that person {@code entityId} is a person at all: the learnt filter
   * flagged every one of their mentions (merged spellings' too) {@code doubtful-person}. They are
   * still listed and still pseudonymised like everyone else; a person with no mention (a party to a
   * fact only) is not doubted, nor one whose role a reviewer confirmed.
   */
  public boolean doubtful(long entityId) {
    return doubtful.contains(entityId);
  }

  /**
   * Whether no reading of the case's documents finds entity {@code entityId} any more, though a
   * reviewer decided about it (its role, a merge, a fact with it): kept and shown, marked so that a
   * reviewer sees it. Entities nobody decided about that no reading finds are retired and not in
   * this view at all.
   */
  public boolean noLongerFound(long entityId) {
    return noLongerFound.contains(entityId);
  }

  /** Whether the party named {@code label} in this view is a victim. */
  public boolean isVictim(String label) {
    return disclosure.personLabelled(label).map(p -> p.role().equals("victim")).orElse(false);
  }

  /** The evidence of the roles suggested for person {@code entityId} (merged spellings' too). */
  public List<EvidenceView> evidence(long entityId) {
    return evidence.getOrDefault(entityId, List.of());
  }

  /** The facts a reviewer confirmed: the only ones that reach networks, timelines and exports. */
  public List<FactView> confirmed() {
    return facts.stream().filter(FactView::confirmed).toList();
  }
}
