package org.okju.ingest;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Orders stages so that each runs after the stages providing what it requires. */
final class StageOrder {
  private StageOrder() {}

  /**
   * @throws IllegalStateException naming the stage whose requirement no stage provides, or the
   *     stages caught in a cycle
   */
  static List<IngestStage> sort(List<IngestStage> stages) {
    List<IngestStage> pending = new ArrayList<>(stages);
    List<IngestStage> ordered = new ArrayList<>();
    Set<Fact> available = EnumSet.noneOf(Fact.class);
    Set<Fact> all = EnumSet.noneOf(Fact.class);
    stages.forEach(s -> all.addAll(s.provides()));
    for (IngestStage s : stages) {
      if (!all.containsAll(s.requires())) {
        Set<Fact> missing = EnumSet.copyOf(s.requires());
        missing.removeAll(all);
        throw new IllegalStateException(
            "stage " + s.name() + " requires " + missing + ", which no stage provides");
      }
    }
    while (!pending.isEmpty()) {
      IngestStage next =
          pending.stream()
              .filter(s -> available.containsAll(s.requires()))
              .findFirst()
              .orElse(null);
      if (next == null) {
        throw new IllegalStateException(
            "stages depend on each other in a cycle: "
                + pending.stream().map(IngestStage::name).toList());
      }
      pending.remove(next);
      ordered.add(next);
      available.addAll(next.provides());
    }
    return ordered;
  }
}
