package org.okju.monitor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.okju.casefile.CaseData;
import org.okju.casefile.Copies;

/**
 * The case's tapes by member: which tapes each item is in (a compilation is in several).
 *
 * @param tapesByItem tape ids of each item, in tape order
 * @param representatives each tape's representative item
 */
record TapeIndex(Map<Long, List<String>> tapesByItem, Map<String, Long> representatives) {
  static TapeIndex of(CaseData store) {
    Map<Long, List<String>> byItem = new HashMap<>();
    Map<String, Long> reps = new HashMap<>();
    for (Copies.Tape t : store.copies().tapes()) {
      reps.put(t.id(), t.representative().value());
      for (Copies.Member m : t.members()) {
        byItem.computeIfAbsent(m.item().value(), k -> new ArrayList<>()).add(t.id());
      }
    }
    return new TapeIndex(byItem, reps);
  }
}
