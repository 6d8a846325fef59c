package org.okju.ledger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.okju.casefile.Batch;
import org.okju.casefile.CaseStore;
import org.okju.casefile.CustodyEntry;
import org.okju.casefile.Disclosure;
import org.okju.casefile.ItemId;
import org.okju.casefile.Ledger;
import org.okju.casefile.LedgerRows;
import org.okju.casefile.NewCustodyEntry;
import org.okju.casefile.Sha256;

/**
 * The ledger of one case: stores what {@link LedgerExtractor} read and records people's review
 * decisions, each logged in the custody log. Thread-safe as the store is.
 *
 * <p>Every person goes to the identity table ({@link Ledger#person}), which gives them a pseudonym;
 * entities, quotes, role evidence and custody entries hold the pseudonym or the entity id, never a
 * name. Which name an output may show is {@link Disclosure}'s decision.
 *
 * <p>Ingest will call {@link #add} for each document it catalogues (with the item's id); until it
 * does, {@code okju ledger extract FILE…} calls it directly.
 */
public final class LedgerCase {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * The flag word of a fact a reviewer decided on that a later reading of its document no longer
   * finds: kept, with the decision, for the reviewer to see.
   */
  public static final String NO_LONGER_FOUND = LedgerRows.NO_LONGER_FOUND;

  private final CaseStore store;
  private final String okjuVersion;
  private final Clock clock;

  public LedgerCase(CaseStore store, String okjuVersion, Clock clock) {
    this.store = store;
    this.okjuVersion = okjuVersion;
    this.clock = clock;
  }

  /**
   * Stores a document's extraction: people to the identity table with the evidence of their roles,
   * everything else with names replaced by pseudonyms.
   *
   * @return the document's id in the case
   */
  public long add(
      DocumentText doc,
      Extraction x,
      Optional<ItemId> item,
      Sha256 sha256,
      Optional<String> mediaType,
      String user) {
    // One transaction a document: a row at a time, each its own commit (synced to disk), made a
    // fact-dense diary take minutes of waiting on the disk.
    Stored stored;
    try (Batch batch = store.batch()) {
      stored = store(batch.ledger(), doc, x, item, sha256, mediaType);
      batch.commit();
    }
    ObjectNode params =
        JSON.createObjectNode()
            .put("document", stored.docId())
            .put("entities", x.entities().size())
            .put("facts", x.facts().size())
            .put("people", stored.people());
    item.ifPresent(i -> params.put("item", i.value()));
    if (!stored.reopened().isEmpty()) {
      // pseudonyms whose name is withheld again
      params.putPOJO("victimsReopened", stored.reopened());
    }
    stored.reread().record(params);
    custody(user, "ledger-extracted", params, Map.of("document", sha256));
    return stored.docId();
  }

  /** What storing a document's extraction did. */
  private record Stored(long docId, int people, List<String> reopened, ReadAgain reread) {}

  /**
   * What reading a document again changed, against what its previous reading had left: counts,
   * entity ids, fact ids and pseudonyms only, never a name (the custody log keeps it for good).
   */
  private record ReadAgain(
      boolean again,
      int mentionsAdded,
      int mentionsRemoved,
      int factsAdded,
      LedgerRows.SettledFacts facts,
      LedgerRows.SettledEntities entities,
      List<String> victimsKept) {
    void record(ObjectNode params) {
      params.put("reread", again);
      params.put("mentionsAdded", mentionsAdded);
      params.put("mentionsRemoved", mentionsRemoved);
      params.put("factsAdded", factsAdded);
      params.put("factsRemoved", facts.removed().size());
      params.putPOJO(
          "factsKeptForReview", facts.keptForReview().stream().map(f -> "F" + f).toList());
      params.putPOJO("entitiesRetired", entities.retired().stream().map(e -> "E" + e).toList());
      params.putPOJO(
          "entitiesKeptForReview", entities.keptForReview().stream().map(e -> "E" + e).toList());
      params.putPOJO(
          "entitiesFoundAgain", entities.foundAgain().stream().map(e -> "E" + e).toList());
      if (!victimsKept.isEmpty()) {
        // pseudonyms the new reading no longer reads as victims, kept as victims (victim first)
        params.putPOJO("victimsKept", victimsKept);
      }
    }
  }

  private Stored store(
      Ledger ledger,
      DocumentText doc,
      Extraction x,
      Optional<ItemId> item,
      Sha256 sha256,
      Optional<String> mediaType) {
    String status = doc.warnings().isEmpty() ? "ok" : "partial";
    Optional<String> message =
        doc.warnings().isEmpty()
            ? Optional.empty()
            : Optional.of(String.join("; ", doc.warnings()));
    long docId =
        ledger.putDocument(
            new LedgerRows.NewDocument(
                item,
                doc.name(),
                sha256,
                mediaType,
                doc.pages().size(),
                doc.text(),
                status,
                message,
                clock.instant()));
    // Read again, a document's reading replaces what the previous one produced (issue 16): the
    // same documents give the same ledger whatever the case's history. Reviewers' decisions stay.
    LedgerRows.ForgottenReading before = ledger.forgetReading(docId);
    Set<String> mentionsNow = new LinkedHashSet<>();
    Map<String, Long> people = new LinkedHashMap<>();
    for (EntityMention e : x.entities()) {
      if (e.type() == EntityType.PERSON && !e.normalized().equals(SuggestedFact.AUTHOR)) {
        long id = person(ledger, people, e.normalized(), e.role());
        if (!e.value().equals(e.normalized()) && !e.value().isBlank()) {
          ledger.addName(id, e.value(), "written");
        }
      }
    }
    for (SuggestedFact f : x.facts()) {
      List<String> parties = new ArrayList<>();
      f.subject().ifPresent(parties::add);
      if (f.type() != FactType.RECORDING && f.type() != FactType.SUPPLY) {
        f.object().ifPresent(parties::add); // a recording's object is a tape, a supply's a drug
      }
      parties.stream()
          .filter(n -> !n.equals(SuggestedFact.AUTHOR))
          .forEach(n -> person(ledger, people, n, Optional.empty()));
    }
    // The identity table knows this document's names from here on. Only the people and their
    // entity rows are read, not the whole case: a case of many documents is stored in linear time.
    List<LedgerRows.Identity> identityTable = ledger.people();
    Disclosure known = Disclosure.of(identityTable, ledger.personEntities(), Map.of());
    // Quotes withhold the name-shaped words the reading resolved to nothing, then the known names.
    Quotes names = new Quotes(known, UnresolvedNames.marker(x.unresolvedNames()));
    for (EntityMention e : x.entities()) {
      if (e.type() == EntityType.DATE && e.normalized().isEmpty()) {
        continue; // an unresolved relative date: kept as a flag on the facts, not as an entity
      }
      long id;
      if (e.type() == EntityType.PERSON) {
        id =
            e.normalized().equals(SuggestedFact.AUTHOR)
                ? author(ledger)
                : people.get(e.normalized());
      } else if (e.type() == EntityType.TAPE) {
        id = tape(ledger, docId, e.value(), e.normalized(), names);
      } else {
        id =
            ledger.putEntity(
                e.type().code(),
                known.pseudonymise(e.value()),
                known.pseudonymise(e.normalized()),
                e.role(),
                e.currency());
      }
      Span s = e.span();
      mentionsNow.add(LedgerRows.mentionKey(id, s.start()));
      ledger.putMention(
          new LedgerRows.Mention(
              id,
              docId,
              s.page(),
              s.line(),
              s.start(),
              s.end(),
              names.quote(s.text()),
              e.confidence(),
              e.flags()));
      if (e.type() == EntityType.PERSON
          && e.cue().isPresent()
          && people.containsKey(e.normalized())) {
        RoleCue c = e.cue().get();
        ledger.addRoleEvidence(
            new LedgerRows.RoleEvidence(
                id,
                c.role().code(),
                names.quote(c.cue()),
                new LedgerRows.Provenance(
                    docId, s.page(), s.line(), s.start(), s.end(), lineQuote(doc, s, names))));
      }
    }
    // Roles a line shows for someone it does not name (a one-to-one chat's other party, paid or
    // supplying), kept as evidence like the others.
    for (Extraction.PartyCue c : x.partyCues()) {
      Long id = people.get(c.name());
      if (id != null) {
        Span s = c.span();
        ledger.addRoleEvidence(
            new LedgerRows.RoleEvidence(
                id,
                c.cue().role().code(),
                names.quote(c.cue().cue()),
                new LedgerRows.Provenance(
                    docId, s.page(), s.line(), s.start(), s.end(), lineQuote(doc, s, names))));
      }
    }
    List<String> reopened = new ArrayList<>();
    List<String> victimsKept = new ArrayList<>();
    Map<Long, LedgerRows.Identity> identities = new LinkedHashMap<>();
    identityTable.forEach(p -> identities.put(p.entityId(), p));
    // this reading's people, and those whose evidence from the previous reading is gone
    Set<Long> roles = new LinkedHashSet<>(people.values());
    before.people().stream().sorted().filter(identities::containsKey).forEach(roles::add);
    for (long id : roles) {
      List<RoleCue> cues =
          ledger.roleEvidence(id).stream()
              .map(e -> new RoleCue(PersonRole.ofCode(e.role()), e.cue()))
              .toList();
      LedgerRows.Identity now = identities.get(id);
      if (before.any() && keepsVictim(now, cues)) {
        victimsKept.add(now.pseudonym());
      } else {
        suggest(ledger, now, cues).ifPresent(reopened::add);
      }
    }
    Set<String> keys = new LinkedHashSet<>();
    for (SuggestedFact f : x.facts()) {
      LedgerRows.FactContent content = content(ledger, docId, f, people, names);
      // Two facts of one line with the same parties and figures are one row: the first read is it,
      // whole (a later one would otherwise replace its place or date).
      if (keys.add(content.key())) {
        ledger.putFact(content);
      }
    }
    LedgerRows.SettledFacts facts = ledger.settleFacts(docId, keys);
    LedgerRows.SettledEntities entities = ledger.settleEntities(docId, before.entities());
    ReadAgain reread =
        new ReadAgain(
            before.any(),
            (int) mentionsNow.stream().filter(m -> !before.mentions().contains(m)).count(),
            (int) before.mentions().stream().filter(m -> !mentionsNow.contains(m)).count(),
            (int) keys.stream().filter(k -> !before.factKeys().contains(k)).count(),
            facts,
            entities,
            victimsKept);
    return new Stored(docId, people.size(), reopened, reread);
  }

  /**
   * Whether a document read again leaves a person the reader had suggested as a victim a victim,
   * though the new reading's evidence says otherwise: victim first, a name once a victim's stays a
   * victim's (withheld) across re-reads until a reviewer decides.
   */
  private static boolean keepsVictim(LedgerRows.Identity now, List<RoleCue> cues) {
    return now.role().equals(PersonRole.VICTIM.code())
        && !now.confirmed()
        && PersonRole.suggested(cues) != PersonRole.VICTIM;
  }

  private static long person(
      Ledger ledger, Map<String, Long> people, String name, Optional<String> title) {
    return people.computeIfAbsent(
        name,
        n -> {
          boolean roleOnly = title.map(n::equals).orElse(false);
          return ledger.person(n, roleOnly ? "title" : "name", title);
        });
  }

  private static long author(Ledger ledger) {
    return ledger.putEntity(
        "person", SuggestedFact.AUTHOR, SuggestedFact.AUTHOR, Optional.empty(), Optional.empty());
  }

  // The line a span lies in, as stored: the fact rules' quotes are whole lines, so is evidence.
  private static String lineQuote(DocumentText doc, Span s, Quotes names) {
    return names.quote(DocumentText.lineAt(doc.text(), s.start()).text());
  }

  /**
   * How a document's quotes are stored: every known person's name replaced by their pseudonym, then
   * the words that look like a name and that the reading resolved to nothing withheld ({@link
   * UnresolvedNames}: the safety net for a woman the reader did not read as a person). The
   * document's own text stays whole in the case, for the audited workbench.
   */
  private record Quotes(Disclosure known, java.util.function.UnaryOperator<String> unresolved) {
    String quote(String text) {
      // known names first (a full name stays one pseudonym), then the net over what is left
      return unresolved.apply(known.pseudonymise(text));
    }

    String pseudonymise(String text) {
      return known.pseudonymise(text);
    }
  }

  /**
   * Sets a person's suggested role from all the evidence the case holds for them. New evidence of a
   * victim withholds a name a reviewer had disclosed (returns the pseudonym then).
   */
  private static Optional<String> suggest(
      Ledger ledger, LedgerRows.Identity now, List<RoleCue> cues) {
    long entityId = now.entityId();
    PersonRole role = PersonRole.suggested(cues);
    boolean reopen =
        role == PersonRole.VICTIM
            && now.confirmed()
            && !now.role().equals("victim")
            && !overridden(ledger, entityId);
    ledger.suggestRole(entityId, role.code(), reopen);
    return reopen ? Optional.of(now.pseudonym()) : Optional.empty();
  }

  // Whether a reviewer named this person despite evidence of a victim (ledger role --override).
  private static boolean overridden(Ledger ledger, long entityId) {
    return ledger.roleDecisions(entityId).stream()
        .reduce((a, b) -> b)
        .map(d -> d.previousRole().equals("victim") && !d.role().equals("victim"))
        .orElse(false);
  }

  private static LedgerRows.Identity identity(Ledger ledger, long entityId) {
    return ledger.people().stream()
        .filter(p -> p.entityId() == entityId)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("entity E" + entityId + " is no person"));
  }

  private static LedgerRows.FactContent content(
      Ledger ledger, long docId, SuggestedFact f, Map<String, Long> people, Quotes names) {
    Optional<Long> subject = f.subject().map(n -> party(ledger, people, n));
    Optional<Long> object =
        f.object()
            .map(
                n ->
                    switch (f.type()) {
                      case RECORDING -> tape(ledger, docId, n, n, names);
                      case SUPPLY ->
                          ledger.putEntity("drug", n, n, Optional.empty(), Optional.empty());
                      default -> party(ledger, people, n);
                    });
    Optional<Long> place =
        f.place()
            .map(names::pseudonymise)
            .map(p -> ledger.putEntity("place", p, p, Optional.empty(), Optional.empty()));
    Span s = f.span();
    String key =
        sha256(
            docId
                + "|"
                + s.start()
                + "|"
                + f.type().code()
                + "|"
                + subject.orElse(0L)
                + "|"
                + object.orElse(0L)
                + "|"
                + f.percent().map(BigDecimal::toPlainString).orElse("")
                + "|"
                + f.amount().map(Money::toString).orElse(""));
    return new LedgerRows.FactContent(
        key,
        f.type().code(),
        subject,
        object,
        f.amount().map(Money::value),
        f.amount().map(Money::currency),
        f.percent(),
        f.date(),
        place,
        f.confidence(),
        f.flags(),
        new LedgerRows.Provenance(
            docId, s.page(), s.line(), s.start(), s.end(), names.quote(s.text())));
  }

  /**
   * A tape titled as the document writes it, known names pseudonymised and the net cast ({@link
   * Quotes}): a title the net changed (하린_0312 → [이름 1]_0312) is this document's own, since another
   * document's [이름 1] is another word.
   */
  private static long tape(
      Ledger ledger, long docId, String value, String normalized, Quotes names) {
    String title = names.quote(normalized);
    if (!title.equals(names.pseudonymise(normalized))) {
      title = title + " (D" + docId + ")";
    }
    return ledger.putEntity("tape", names.quote(value), title, Optional.empty(), Optional.empty());
  }

  private static long party(Ledger ledger, Map<String, Long> people, String name) {
    return name.equals(SuggestedFact.AUTHOR)
        ? author(ledger)
        : person(ledger, people, name, Optional.empty());
  }

  /** Confirms a fact. */
  public void confirm(long factId, String user) {
    decide(factId, "confirmed", "confirm", user);
  }

  /** Rejects a fact. */
  public void reject(long factId, String user) {
    decide(factId, "rejected", "reject", user);
  }

  private void decide(long factId, String status, String action, String user) {
    requireFact(factId);
    CustodyEntry e =
        custody(user, "ledger-" + action, JSON.createObjectNode().put("fact", factId), Map.of());
    store
        .ledger()
        .decide(
            factId, status, decision(action, Optional.of(factId), Optional.empty(), user, e, "{}"));
  }

  /**
   * Corrects and confirms a fact. A party is given as an entity id ({@code E12}), a pseudonym
   * ({@code V-003}), {@code (author)}, or a name, which goes to the identity table (a new person
   * when no one has that spelling); the custody log records the entity id and pseudonym only.
   */
  public void edit(long factId, FactCorrection c, String user) {
    requireFact(factId);
    Ledger ledger = store.ledger();
    Optional<Long> subject = c.subject().map(p -> party(ledger, p));
    Optional<Long> object = c.object().map(p -> party(ledger, p));
    Optional<Long> place =
        c.place()
            .map(p -> Disclosure.of(ledger).pseudonymise(p))
            .map(p -> ledger.putEntity("place", p, p, Optional.empty(), Optional.empty()));
    LedgerRows.FactEdit edit =
        new LedgerRows.FactEdit(
            subject,
            object,
            c.amount().map(Money::value),
            c.amount().map(Money::currency),
            c.percent(),
            c.date(),
            place);
    ObjectNode detail = JSON.createObjectNode().put("fact", factId);
    subject.ifPresent(id -> detail.set("subject", party(ledger, id)));
    object.ifPresent(id -> detail.set("object", party(ledger, id)));
    c.amount().ifPresent(m -> detail.put("amount", m.toString()));
    c.percent().ifPresent(p -> detail.put("percent", p.toPlainString()));
    c.date().ifPresent(d -> detail.put("date", d));
    place.ifPresent(id -> detail.put("place", "E" + id));
    CustodyEntry e = custody(user, "ledger-edit", detail, Map.of());
    ledger.edit(
        factId,
        edit,
        decision("edit", Optional.of(factId), Optional.empty(), user, e, detail.toString()));
  }

  private long party(Ledger ledger, String given) {
    String g = given.strip();
    if (g.equals(SuggestedFact.AUTHOR) || g.equalsIgnoreCase("author")) {
      return author(ledger);
    }
    if (g.matches("[Ee]\\d+")) {
      long id = Long.parseLong(g.substring(1));
      boolean known =
          ledger.people().stream().anyMatch(p -> p.entityId() == id)
              || ledger.entities().stream()
                  .anyMatch(x -> x.id() == id && x.normalized().equals(SuggestedFact.AUTHOR));
      if (!known) {
        throw new IllegalArgumentException("the case has no person E" + id);
      }
      return id;
    }
    if (Disclosure.isPseudonym(g)) {
      return ledger.people().stream()
          .filter(p -> p.pseudonym().equals(g))
          .findFirst()
          .map(LedgerRows.Identity::entityId)
          .orElseThrow(() -> new IllegalArgumentException("the case has no person " + g));
    }
    return ledger.person(g, "reviewer", Optional.empty());
  }

  // How the custody log names a party: its entity id and pseudonym, never its name.
  private static ObjectNode party(Ledger ledger, long id) {
    ObjectNode n = JSON.createObjectNode().put("entity", "E" + id);
    ledger.people().stream()
        .filter(p -> p.entityId() == id)
        .findFirst()
        .ifPresent(p -> n.put("pseudonym", p.pseudonym()));
    return n;
  }

  /** Records that entity {@code from} is the same as {@code into}. */
  public void merge(long from, long into, String user) {
    Ledger ledger = store.ledger();
    Set<Long> ids =
        ledger.entities().stream().map(LedgerRows.Entity::id).collect(Collectors.toSet());
    if (!ids.contains(from) || !ids.contains(into) || from == into) {
      throw new IllegalArgumentException("cannot merge entity E" + from + " into E" + into);
    }
    ObjectNode detail = JSON.createObjectNode();
    detail.set("from", party(ledger, from));
    detail.set("into", party(ledger, into));
    CustodyEntry e = custody(user, "ledger-merge", detail, Map.of());
    ledger.merge(
        from,
        into,
        decision("merge", Optional.empty(), Optional.of(from), user, e, detail.toString()));
    boolean fromVictim =
        ledger.people().stream().anyMatch(p -> p.entityId() == from && p.role().equals("victim"));
    boolean intoPerson = ledger.people().stream().anyMatch(p -> p.entityId() == into);
    if (fromVictim && intoPerson) {
      ledger.suggestRole(into, PersonRole.VICTIM.code(), !overridden(ledger, into));
    }
  }

  /**
   * Records a reviewer's decision on a person's role. Naming someone the reader found to be a
   * victim (accused, accomplice or witness) needs {@code overrideVictim}: a victim is withheld
   * unless a reviewer says the reader was wrong.
   *
   * @throws IllegalArgumentException when the entity is not a person, or is a victim and {@code
   *     overrideVictim} is not given
   */
  public void role(long entityId, PersonRole role, boolean overrideVictim, String user) {
    Ledger ledger = store.ledger();
    LedgerRows.Identity now = identity(ledger, entityId);
    boolean victimEvidence =
        now.role().equals("victim")
            || ledger.roleEvidence().stream()
                .anyMatch(e -> e.entityId() == entityId && e.role().equals("victim"));
    boolean naming = Disclosure.NAMED_ROLES.contains(role.code());
    if (naming && victimEvidence && !overrideVictim) {
      throw new IllegalArgumentException(
          "E"
              + entityId
              + " ("
              + now.pseudonym()
              + ") has evidence of being a victim; naming them as "
              + role.code()
              + " needs --override-victim");
    }
    ObjectNode detail =
        JSON.createObjectNode()
            .put("entity", "E" + entityId)
            .put("pseudonym", now.pseudonym())
            .put("role", role.code())
            .put("previous", now.role());
    CustodyEntry e = custody(user, "ledger-role", detail, Map.of());
    String previous = naming && victimEvidence ? "victim" : now.role();
    ledger.decideRole(
        entityId,
        role.code(),
        new LedgerRows.RoleDecision(
            0, entityId, role.code(), previous, user, e.time(), Optional.of(e.seq())));
  }

  /** Marks a person as a victim by hand ({@code okju ledger victim E12}). */
  public void victim(long entityId, String user) {
    role(entityId, PersonRole.VICTIM, false, user);
  }

  /**
   * Marks the person with this spelling as a victim by hand, adding them to the identity table when
   * the reader never recognised the name. Returns the entity id (which the custody log records).
   */
  public long victimNamed(String name, String user) {
    Ledger ledger = store.ledger();
    String n = name.strip();
    long id = ledger.personNamed(n).orElseGet(() -> ledger.person(n, "reviewer", Optional.empty()));
    victim(id, user);
    return id;
  }

  /**
   * Confirms the role the reader suggested for every person whose role is still a suggestion and
   * not {@code unknown}. Returns how many were confirmed.
   */
  public int confirmSuggestedRoles(String user) {
    int n = 0;
    Set<Long> retired =
        store.ledger().personEntities().stream()
            .filter(LedgerRows.Entity::retired)
            .map(LedgerRows.Entity::id)
            .collect(Collectors.toSet());
    for (LedgerRows.Identity p : store.ledger().people()) {
      // a retired person is shown nowhere: nothing to confirm about them
      if (!p.confirmed() && !p.role().equals("unknown") && !retired.contains(p.entityId())) {
        role(p.entityId(), PersonRole.ofCode(p.role()), false, user);
        n++;
      }
    }
    return n;
  }

  private void requireFact(long factId) {
    if (store.ledger().fact(factId).isEmpty()) {
      throw new IllegalArgumentException("the case has no fact F" + factId);
    }
  }

  private LedgerRows.Decision decision(
      String action,
      Optional<Long> fact,
      Optional<Long> entity,
      String user,
      CustodyEntry e,
      String detail) {
    return new LedgerRows.Decision(
        0, fact, entity, action, user, e.time(), detail, Optional.of(e.seq()));
  }

  private CustodyEntry custody(
      String user, String action, ObjectNode params, Map<String, Sha256> inputs) {
    return store
        .custody()
        .append(NewCustodyEntry.of(user, action, params.toString(), inputs, Map.of(), okjuVersion));
  }

  static String sha256(String s) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
