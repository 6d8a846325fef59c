package org.okju.monitor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.okju.casefile.CaseData;
import org.okju.casefile.Copies;

/**
 * The case's tapes by member: which tapes each item is in (a compilation is in several).
 *
 * @param tapesByItem tape ids of each item, in tape order
 * @param itemsByTape the items of each tape
 * @param representatives each tape's representative item
 * @param kinds each tape's kind ({@code image} or {@code video})
 */
record TapeIndex(
    Map<Long, List<String>> tapesByItem,
    Map<String, Set<Long>> itemsByTape,
    Map<String, Long> representatives,
    Map<String, String> kinds) {
  static TapeIndex of(CaseData store) {
    Map<Long, List<String>> byItem = new HashMap<>();
    Map<String, Set<Long>> byTape = new HashMap<>();
    Map<String, Long> reps = new HashMap<>();
    Map<String, String> kinds = new HashMap<>();
    for (Copies.Tape t : store.copies().tapes()) {
      reps.put(t.id(), t.representative().value());
      kinds.put(t.id(), t.kind());
      for (Copies.Member m : t.members()) {
        byItem.computeIfAbsent(m.item().value(), k -> new ArrayList<>()).add(t.id());
        byTape.computeIfAbsent(t.id(), k -> new HashSet<>()).add(m.item().value());
      }
    }
    return new TapeIndex(byItem, byTape, reps, kinds);
  }

  /** The items of tape {@code id}. */
  Set<Long> itemsOf(String id) {
    return itemsByTape.getOrDefault(id, Set.of());
  }
}
