package org.okju.web;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.stream.Collectors;
import org.okju.casefile.CaseStore;
import org.okju.casefile.CatalogueRow;
import org.okju.casefile.Disclosure;
import org.okju.casefile.ItemCard;
import org.okju.casefile.ItemId;
import org.okju.report.IdentityTable;
import org.okju.report.Privacy;

/**
 * What the workbench may show about people, for the items of one response: the file names the case
 * marks sensitive are withheld, and every real name of the identity table is replaced by its
 * pseudonym, in paths and in quoted lines alike (the report's {@link Privacy} rules).
 *
 * <p>Every response asks the case for its identity table's version first ({@code
 * Ledger.identityVersion}, counted by the database on every write to a person or a name, by any
 * process); the table and its compiled rewriting are read again whenever the version differs from
 * the one they were read under, so a name added a moment ago is withheld at once. The sensitive
 * flags are read with the response's own rows, never kept.
 */
final class CasePrivacy {
  /**
   * The identity table of one case as read under {@code version} (read before the table: a change
   * in between only makes the next response read it again), and the disclosure compiled from it.
   */
  private record Known(long version, Map<String, String> byName, Disclosure disclosure) {}

  // Per open case store; a closed and forgotten store's entry goes with it.
  private static final Map<CaseStore, Known> KNOWN =
      Collections.synchronizedMap(new WeakHashMap<>());

  private CasePrivacy() {}

  /** The privacy filter for a response that shows {@code items}. */
  static Privacy forItems(CaseStore store, Collection<ItemId> items) {
    Set<ItemId> sensitive =
        store.catalogue().metadataValue(Privacy.SENSITIVE_NAME, items).entrySet().stream()
            .filter(e -> "true".equals(e.getValue()))
            .map(Map.Entry::getKey)
            .collect(Collectors.toSet());
    return new Privacy(sensitive, known(store).disclosure());
  }

  /**
   * The privacy filter for a catalogue listing read with {@link Privacy#SENSITIVE_NAME} as its flag
   * ({@code Catalogue.rows}).
   */
  static Privacy forRows(CaseStore store, List<CatalogueRow> rows) {
    Set<ItemId> sensitive = new HashSet<>();
    for (CatalogueRow r : rows) {
      if (r.flag().filter("true"::equals).isPresent()) {
        sensitive.add(r.id());
      }
    }
    return new Privacy(sensitive, known(store).disclosure());
  }

  /** The privacy filter for an item's card read with {@link Privacy#SENSITIVE_NAME} as its flag. */
  static Privacy forCard(CaseStore store, ItemCard card) {
    Set<ItemId> sensitive =
        card.flag().filter("true"::equals).isPresent() ? Set.of(card.item().id()) : Set.of();
    return new Privacy(sensitive, known(store).disclosure());
  }

  /** The identity table as {@link Privacy} wants it: real name → pseudonym. */
  static IdentityTable identities(CaseStore store) {
    Map<String, String> frozen = known(store).byName();
    return () -> frozen;
  }

  // The version first, then (when it moved) the table: never a table older than its version.
  private static Known known(CaseStore store) {
    OptionalLong version = store.ledger().identityVersion();
    Known last = KNOWN.get(store);
    if (version.isPresent() && last != null && last.version() == version.getAsLong()) {
      return last;
    }
    Map<String, String> byName = byName(store);
    // Disclosure.of compiles one pattern of every name: an equal table keeps the compiled one.
    Disclosure disclosure =
        last != null && last.byName().equals(byName) ? last.disclosure() : disclosure(byName);
    Known fresh = new Known(version.orElse(-1), byName, disclosure);
    if (version.isPresent()) {
      KNOWN.put(store, fresh);
    }
    return fresh;
  }

  private static Map<String, String> byName(CaseStore store) {
    Map<String, String> byName = new HashMap<>();
    store.ledger().identities().forEach((pseudonym, name) -> byName.put(name, pseudonym));
    return Map.copyOf(byName);
  }

  private static Disclosure disclosure(Map<String, String> byName) {
    return Disclosure.of(List.of(), List.of(), byName);
  }
}
