package org.okju.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.okju.casefile.CaseStore;
import org.okju.casefile.CustodyEntry;
import org.okju.casefile.Disclosure;
import org.okju.casefile.ErrorSeverity;
import org.okju.casefile.Item;
import org.okju.casefile.ItemId;
import org.okju.casefile.Source;

/**
 * The case as read once for a report or an export: sources, the whole catalogue in id order, the
 * custody log, and the privacy rules. Held in memory: fine for the cases okju sees today (tens of
 * thousands of items); a catalogue of millions would need the appendix streamed instead.
 *
 * @param location how the case's location is shown
 * @param schemaVersion the case schema version
 * @param sources the sources, oldest first
 * @param items every item, in id order
 * @param custody every custody entry, in sequence order
 * @param errors item errors recorded
 * @param warnings item warnings recorded
 * @param images items with an image fingerprint
 * @param privacy what may be printed
 */
record CaseSnapshot(
    String location,
    String schemaVersion,
    List<Source> sources,
    List<Item> items,
    List<CustodyEntry> custody,
    long errors,
    long warnings,
    long images,
    Privacy privacy) {

  static CaseSnapshot read(CaseStore store, IdentityTable identities) {
    List<Item> items;
    try (Stream<Item> s = store.items().streamAll()) {
      items = s.collect(Collectors.toList());
    }
    List<CustodyEntry> custody;
    try (Stream<CustodyEntry> s = store.custody().stream()) {
      custody = s.collect(Collectors.toList());
    }
    Set<ItemId> sensitive = new HashSet<>();
    for (Item item : items) {
      if ("true".equals(store.metadata().of(item.id()).get(Privacy.SENSITIVE_NAME))) {
        sensitive.add(item.id());
      }
    }
    long images;
    try (Stream<?> s = store.fingerprints().streamImages()) {
      images = s.count();
    }
    return new CaseSnapshot(
        store.location().describe(),
        store.schemaVersion(),
        new ArrayList<>(store.sources().all()),
        items,
        custody,
        store.itemErrors().count(ErrorSeverity.ERROR),
        store.itemErrors().count(ErrorSeverity.WARNING),
        images,
        new Privacy(
            sensitive,
            Disclosure.of(
                store.ledger().people(), store.ledger().entities(), identities.pseudonyms())));
  }
}
