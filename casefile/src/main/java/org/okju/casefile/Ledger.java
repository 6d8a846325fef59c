package org.okju.casefile;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ledger aggregate: documents' text, entities and their mentions, suggested facts and the
 * decisions people made about them, and the victims' identity table (the only place a victim's real
 * name is kept; everything else holds the pseudonym). Thread-safe.
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
   * Stores a suggested fact; a fact with the same key keeps its id and review status. Returns its
   * id.
   */
  long putFact(LedgerRows.FactContent fact);

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

  /** The pseudonym ({@code V-001}, …) of a victim, assigned in order on first use. */
  String pseudonym(String realName);

  /** The identity table: pseudonym → real name. Only the case's identity view may show it. */
  Map<String, String> identities();
}
