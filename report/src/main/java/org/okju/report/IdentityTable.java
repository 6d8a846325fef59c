package org.okju.report;

import java.util.Map;

/**
 * The case's identity table: real names of victims and the pseudonyms ({@code V-001}) by which
 * everything okju writes refers to them. The ledger (issue 6) will own and fill it; until then a
 * case has an empty table. Implementations are thread-safe.
 */
public interface IdentityTable {
  /** No identities recorded. */
  IdentityTable EMPTY = Map::of;

  /** Real name to pseudonym. Never printed; only used to replace names. */
  Map<String, String> pseudonyms();
}
