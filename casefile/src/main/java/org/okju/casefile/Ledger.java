package org.okju.casefile;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The ledger aggregate: documents' text, entities and their mentions, suggested facts and the
 * decisions people made about them, and the identity table of every person (the only place a
 * person's name is kept; everything else holds the pseudonym, see {@link Disclosure}). Thread-safe.
 *
 * <p>Decisions are recorded here with the sequence number of the custody entry the caller appended
 * for them, so that the audit trail and the hash-chained log point at each other.
 *
 * <p>Every method throws {@link CaseStoreException} when the database fails.
 */
public interface Ledger {
  /**
   * Stores a document's text; the same content (SHA-256) again replaces its row. Returns its id.
   */
  long putDocument(LedgerRows.NewDocument document);

  /** Every document in id order. */
  List<LedgerRows.Document> documents();

  /** The text of a document. */
  Optional<String> documentBody(long documentId);

  /**
   * The id of the entity with this type and normalized form, created when new; a role given now
   * replaces none.
   */
  long putEntity(
      String type,
      String value,
      String normalized,
      Optional<String> role,
      Optional<String> currency);

  /** Records a mention; the same (entity, document, start) again is ignored. */
  void putMention(LedgerRows.Mention mention);

  /**
   * Stores a suggested fact; a fact with the same key keeps its id. A fact still only suggested
   * takes the new reading's content (flags, confidence, date, place, provenance); one a reviewer
   * decided on keeps the content the decision was about. Returns its id.
   */
  long putFact(LedgerRows.FactContent fact);

  /**
   * Forgets what a previous reading of a document produced before it is read again: deletes its
   * mentions and its role evidence (facts are settled after, {@link #settleFacts}), and returns
   * what they were. Call it in the same transaction as the new reading's writes.
   */
  LedgerRows.ForgottenReading forgetReading(long documentId);

  /**
   * After a document was read (again): deletes its suggested facts whose key the reading did not
   * produce (nothing refers to a fact nobody decided on), flags those a reviewer decided on {@link
   * LedgerRows#NO_LONGER_FOUND} and keeps them, and clears the flag from the decided facts it read
   * again.
   */
  LedgerRows.SettledFacts settleFacts(long documentId, Set<String> keysRead);

  /**
   * After a document was read (again): sets the state of {@code candidates} and of every entity the
   * document's mentions, facts and role evidence refer to now. An entity some mention, role
   * evidence or fact not flagged {@link LedgerRows#NO_LONGER_FOUND} refers to is found; one a
   * reviewer decided about (a role decision, a merge, a spelling they added, a fact they decided
   * on) is no longer found; any other is retired. No entity is deleted.
   */
  LedgerRows.SettledEntities settleEntities(long documentId, Set<Long> candidates);

  /** Every entity in id order. */
  List<LedgerRows.Entity> entities();

  /** Every mention, by entity then document then position. */
  List<LedgerRows.Mention> mentions();

  /** Every fact in id order. */
  List<LedgerRows.Fact> facts();

  /** One fact. */
  Optional<LedgerRows.Fact> fact(long id);

  /**
   * Sets a fact's status ({@code confirmed} or {@code rejected}) and records the decision.
   *
   * @throws IllegalArgumentException when the fact does not exist
   */
  void decide(long factId, String status, LedgerRows.Decision decision);

  /** Changes a fact's content, marks it confirmed, and records the decision. */
  void edit(long factId, LedgerRows.FactEdit edit, LedgerRows.Decision decision);

  /** Marks entity {@code from} as the same as {@code into} and records the decision. */
  void merge(long from, long into, LedgerRows.Decision decision);

  /** Every decision in order. */
  List<LedgerRows.Decision> decisions();

  /**
   * The person entity one of whose spellings is {@code name}; when none is, a new person with the
   * next pseudonym ({@code V-001}, …) and the role {@code unknown}, whose entity row holds the
   * pseudonym and whose name goes to the identity table only. Returns the entity id.
   *
   * @param kind {@code name}, or {@code title} for a bare role word (약사, boss) standing for someone
   * @param title the role word written with the name, kept on the entity
   */
  long person(String name, String kind, Optional<String> title);

  /** The person entity one of whose spellings is {@code name}. */
  Optional<Long> personNamed(String name);

  /**
   * Adds a spelling to a person ({@code written}, {@code reviewer}); a spelling some person already
   * has is left with that person. Returns whether it was added.
   *
   * @throws IllegalArgumentException when the entity is not a person of the identity table
   */
  boolean addName(long entityId, String name, String kind);

  /** Records why a role was suggested; the same evidence again is ignored. */
  void addRoleEvidence(LedgerRows.RoleEvidence evidence);

  /**
   * Sets a person's suggested role. A role a reviewer confirmed is kept, unless {@code reopen}: new
   * evidence that the person is a victim puts a confirmed name back behind its pseudonym.
   */
  void suggestRole(long entityId, String role, boolean reopen);

  /**
   * Records a reviewer's decision on a person's role, which becomes confirmed.
   *
   * @throws IllegalArgumentException when the entity is not a person of the identity table
   */
  void decideRole(long entityId, String role, LedgerRows.RoleDecision decision);

  /**
   * The entity rows of the identity table's people (their titles and merges): what storing a
   * document needs to pseudonymise its text, without reading every date and amount of the case.
   */
  List<LedgerRows.Entity> personEntities();

  /** The identity table: every person, in entity order, with every spelling of the name. */
  List<LedgerRows.Identity> people();

  /** The evidence of every suggested role, in the order it was read. */
  List<LedgerRows.RoleEvidence> roleEvidence();

  /** The evidence of one person's suggested role, in the order it was read. */
  List<LedgerRows.RoleEvidence> roleEvidence(long entityId);

  /** Every decision about a person's role, in order. */
  List<LedgerRows.RoleDecision> roleDecisions();

  /** The decisions about one person's role, in order. */
  List<LedgerRows.RoleDecision> roleDecisions(long entityId);

  /**
   * Pseudonym → the name the reader gave the person (its first spelling). Only the case's identity
   * view may show it.
   */
  Map<String, String> identities();

  /**
   * A number that changes whenever the identity table changes (any write to a person or a name, by
   * any process, counted by the database in the same transaction: {@code identity_version}). A
   * reader that finds the number it read before {@link #identities} last time may reuse that
   * answer; read it before the table, never after, so a change in between is seen next time. Empty
   * when the counter's row is missing (then nothing may be reused).
   */
  java.util.OptionalLong identityVersion();
}
