package org.okju.report;

import java.util.Map;

/**
 * Names to withhold besides those of the case's own identity table (which every report and export
 * reads through {@link org.okju.casefile.Disclosure} in any case): real name → the pseudonym
 * ({@code V-001}) to write instead. Implementations are thread-safe.
 */
public interface IdentityTable {
  /** No identities recorded. */
  IdentityTable EMPTY = Map::of;

  /** Real name to pseudonym. Never printed; only used to replace names. */
  Map<String, String> pseudonyms();
}
