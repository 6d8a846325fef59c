package org.okju.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.okju.casefile.CaseStore;
import org.okju.casefile.ItemId;
import org.okju.report.IdentityTable;
import org.okju.report.Privacy;

/**
 * What the workbench may show about people, for the items of one response: the file names the case
 * marks sensitive are withheld, and every real name of the identity table is replaced by its
 * pseudonym, in paths and in quoted lines alike (the report's {@link Privacy} rules).
 */
final class CasePrivacy {
  private CasePrivacy() {}

  /** The privacy filter for a response that shows {@code items}. */
  static Privacy forItems(CaseStore store, Collection<ItemId> items) {
    Set<ItemId> sensitive =
        store.catalogue().metadataValue(Privacy.SENSITIVE_NAME, items).entrySet().stream()
            .filter(e -> "true".equals(e.getValue()))
            .map(Map.Entry::getKey)
            .collect(Collectors.toSet());
    return new Privacy(sensitive, identities(store));
  }

  /** The identity table as {@link Privacy} wants it: real name → pseudonym. */
  static IdentityTable identities(CaseStore store) {
    Map<String, String> byName = new HashMap<>();
    store.ledger().identities().forEach((pseudonym, name) -> byName.put(name, pseudonym));
    Map<String, String> frozen = Map.copyOf(byName);
    return () -> frozen;
  }
}
