package org.okju.report;

import java.util.List;

/**
 * The ledger's part of the FollowTheMoney export: people by pseudonym, organisations, payments and
 * percentage cuts, and {@code Documentation} links from each to the documents it was read from. The
 * ledger (issue 6) will implement it; until then the export carries the catalogue's documents only.
 * Implementations are thread-safe and pass names through the case's identity table.
 */
public interface LedgerEntities {
  /** No ledger yet. */
  LedgerEntities NONE = List::of;

  /** The entities, in a stable order. */
  List<FtmEntity> entities();
}
