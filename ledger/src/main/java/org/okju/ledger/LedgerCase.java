package org.okju.ledger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.okju.casefile.CaseStore;
import org.okju.casefile.CustodyEntry;
import org.okju.casefile.ItemId;
import org.okju.casefile.Ledger;
import org.okju.casefile.LedgerRows;
import org.okju.casefile.NewCustodyEntry;
import org.okju.casefile.Sha256;

/**
 * The ledger of one case: stores what {@link LedgerExtractor} read (victims under their pseudonyms)
 * and records people's review decisions, each logged in the custody log. Thread-safe as the store
 * is.
 *
 * <p>Ingest will call {@link #add} for each document it catalogues (with the item's id); until it
 * does, {@code okju ledger extract FILE…} calls it directly.
 */
public final class LedgerCase {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final CaseStore store;
  private final String okjuVersion;
  private final Clock clock;

  public LedgerCase(CaseStore store, String okjuVersion, Clock clock) {
    this.store = store;
    this.okjuVersion = okjuVersion;
    this.clock = clock;
  }

  /**
   * Stores a document's extraction. Victims' names are replaced by their pseudonyms in entities,
   * quotes and facts; the real names go to the identity table only.
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
    Ledger ledger = store.ledger();
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
    Map<String, String> pseudonyms = new TreeMap<>();
    for (EntityMention e : x.entities()) {
      if (e.type() == EntityType.PERSON && e.role().map("victim"::equals).orElse(false)) {
        pseudonyms.put(e.normalized(), ledger.pseudonym(e.normalized()));
      }
    }
    Redactor redact = new Redactor(pseudonyms);
    for (EntityMention e : x.entities()) {
      if (e.type() == EntityType.DATE && e.normalized().isEmpty()) {
        continue; // an unresolved relative date: kept as a flag on the facts, not as an entity
      }
      String normalized = redact.name(e.normalized());
      long id =
          ledger.putEntity(
              e.type().code(), redact.text(e.value()), normalized, e.role(), e.currency());
      Span s = e.span();
      ledger.putMention(
          new LedgerRows.Mention(
              id,
              docId,
              s.page(),
              s.line(),
              s.start(),
              s.end(),
              redact.text(s.text()),
              e.confidence()));
    }
    for (SuggestedFact f : x.facts()) {
      ledger.putFact(content(ledger, docId, f, redact));
    }
    custody(
        user,
        "ledger-extracted",
        JSON.createObjectNode()
            .put("document", doc.name())
            .put("entities", x.entities().size())
            .put("facts", x.facts().size()),
        Map.of("document", sha256));
    return docId;
  }

  private static LedgerRows.FactContent content(
      Ledger ledger, long docId, SuggestedFact f, Redactor redact) {
    Optional<Long> subject = f.subject().map(n -> person(ledger, redact.name(n)));
    Optional<Long> object =
        f.object()
            .map(
                n ->
                    switch (f.type()) {
                      case RECORDING ->
                          ledger.putEntity("tape", n, n, Optional.empty(), Optional.empty());
                      case SUPPLY ->
                          ledger.putEntity("drug", n, n, Optional.empty(), Optional.empty());
                      default -> person(ledger, redact.name(n));
                    });
    Optional<Long> place =
        f.place().map(p -> ledger.putEntity("place", p, p, Optional.empty(), Optional.empty()));
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
            docId, s.page(), s.line(), s.start(), s.end(), redact.text(s.text())));
  }

  private static long person(Ledger ledger, String name) {
    Optional<String> role = name.startsWith("V-") ? Optional.of("victim") : Optional.empty();
    return ledger.putEntity("person", name, name, role, Optional.empty());
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

  /** Corrects and confirms a fact. People are named by their normalized name (or pseudonym). */
  public void edit(long factId, FactCorrection c, String user) {
    requireFact(factId);
    Ledger ledger = store.ledger();
    LedgerRows.FactEdit edit =
        new LedgerRows.FactEdit(
            c.subject().map(n -> person(ledger, n)),
            c.object().map(n -> person(ledger, n)),
            c.amount().map(Money::value),
            c.amount().map(Money::currency),
            c.percent(),
            c.date(),
            c.place()
                .map(p -> ledger.putEntity("place", p, p, Optional.empty(), Optional.empty())));
    ObjectNode detail = JSON.valueToTree(c.describe());
    detail.put("fact", factId);
    CustodyEntry e = custody(user, "ledger-edit", detail, Map.of());
    ledger.edit(
        factId,
        edit,
        decision("edit", Optional.of(factId), Optional.empty(), user, e, detail.toString()));
  }

  /** Records that entity {@code from} is the same person as {@code into}. */
  public void merge(long from, long into, String user) {
    Set<Long> ids =
        store.ledger().entities().stream().map(LedgerRows.Entity::id).collect(Collectors.toSet());
    if (!ids.contains(from) || !ids.contains(into) || from == into) {
      throw new IllegalArgumentException("cannot merge entity " + from + " into " + into);
    }
    ObjectNode detail = JSON.createObjectNode().put("from", from).put("into", into);
    CustodyEntry e = custody(user, "ledger-merge", detail, Map.of());
    store
        .ledger()
        .merge(
            from,
            into,
            decision("merge", Optional.empty(), Optional.of(from), user, e, detail.toString()));
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

  /** Replaces victims' names by their pseudonyms. */
  private record Redactor(Map<String, String> pseudonyms) {
    String name(String n) {
      return pseudonyms.getOrDefault(n, n);
    }

    String text(String t) {
      String out = t;
      // Longest names first, so that a name containing another is replaced whole.
      List<String> names =
          pseudonyms.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList();
      for (String n : names) {
        out = out.replace(n, pseudonyms.get(n));
      }
      return out;
    }
  }
}
