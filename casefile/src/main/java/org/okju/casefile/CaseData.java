package org.okju.casefile;

/**
 * The case's evidence aggregates. On a {@link CaseStore} each write commits on its own; on a {@link
 * Batch} writes commit together.
 */
public interface CaseData {
  /** The evidence sources. */
  Sources sources();

  /** The catalogue. */
  Items items();

  /** Per-item errors and warnings. */
  ItemErrors itemErrors();

  /** PDQ and vPDQ fingerprints. */
  Fingerprints fingerprints();

  /** Per-item metadata. */
  Metadata metadata();

  /** Copy signals and the groups of copies (tapes). */
  Copies copies();

  /** Imported hash sets and what matched them. */
  HashSets hashSets();

  /** Documents' text, entities, suggested facts, review decisions and victims' identities. */
  Ledger ledger();

  /** The catalogue as people read it: filtered, sorted, paged; counts. */
  Catalogue catalogue();

  /** The text of catalogued documents, read at ingest. */
  ItemTexts texts();

  /** Web captures, their records and links, and the media found in them that copy case items. */
  WebCaptures webCaptures();

  /** Takedown settings, notices, reviews of sightings, the negative bank, tapes' victims. */
  Takedowns takedowns();
}
