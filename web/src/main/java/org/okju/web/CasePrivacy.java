package org.okju.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.okju.casefile.CaseStore;
import org.okju.casefile.CatalogueRow;
import org.okju.casefile.Disclosure;
import org.okju.casefile.ItemId;
import org.okju.report.IdentityTable;
import org.okju.report.Privacy;

/**
 * What the workbench may show about people, for the items of one response: the file names the case
 * marks sensitive are withheld, and every real name of the identity table is replaced by its
 * pseudonym, in paths and in quoted lines alike (the report's {@link Privacy} rules).
 *
 * <p>The identity table is read for every response (a name added a moment ago is withheld at once);
 * only the compiled rewriting of the last table read is kept, and reused while the table read is
 * equal to it.
 */
final class CasePrivacy {
  /** The last identity table read and the disclosure built from it. */
  private record Compiled(Map<String, String> byName, Disclosure disclosure) {}

  private static final AtomicReference<Compiled> LAST =
      new AtomicReference<>(new Compiled(Map.of(), disclosure(Map.of())));

  private CasePrivacy() {}

  /** The privacy filter for a response that shows {@code items}. */
  static Privacy forItems(CaseStore store, Collection<ItemId> items) {
    Set<ItemId> sensitive =
        store.catalogue().metadataValue(Privacy.SENSITIVE_NAME, items).entrySet().stream()
            .filter(e -> "true".equals(e.getValue()))
            .map(Map.Entry::getKey)
            .collect(Collectors.toSet());
    return new Privacy(sensitive, disclosure(store));
  }

  /**
   * The privacy filter for a catalogue listing read with {@link Privacy#SENSITIVE_NAME} as its flag
   * ({@code Catalogue.rows}).
   */
  static Privacy forRows(CaseStore store, List<CatalogueRow> rows) {
    Set<ItemId> sensitive =
        rows.stream()
            .filter(r -> r.flag().filter("true"::equals).isPresent())
            .map(CatalogueRow::id)
            .collect(Collectors.toSet());
    return new Privacy(sensitive, disclosure(store));
  }

  /** The identity table as {@link Privacy} wants it: real name → pseudonym. */
  static IdentityTable identities(CaseStore store) {
    Map<String, String> frozen = byName(store);
    return () -> frozen;
  }

  private static Map<String, String> byName(CaseStore store) {
    Map<String, String> byName = new HashMap<>();
    store.ledger().identities().forEach((pseudonym, name) -> byName.put(name, pseudonym));
    return Map.copyOf(byName);
  }

  // Disclosure.of compiles one pattern of every name: the same table gives the same disclosure.
  private static Disclosure disclosure(CaseStore store) {
    Map<String, String> byName = byName(store);
    Compiled last = LAST.get();
    if (last.byName().equals(byName)) {
      return last.disclosure();
    }
    Compiled fresh = new Compiled(byName, disclosure(byName));
    LAST.set(fresh);
    return fresh.disclosure();
  }

  private static Disclosure disclosure(Map<String, String> byName) {
    return Disclosure.of(List.of(), List.of(), byName);
  }
}
