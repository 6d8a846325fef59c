package org.okju.copies;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reviewers' decisions that some members of a tape are not copies of the others ({@code okju copies
 * split}): grouping never joins an item moved out by a split with an item it was split from, on
 * this run or any later one. Each split keeps its two sides, not every pair across them, so a split
 * of a large tape costs its members, not their product. Immutable.
 */
public final class TapeSplits {
  /**
   * One split.
   *
   * @param id the decision's number in the case
   * @param moved items taken out of the tape
   * @param kept items left in it
   */
  public record Split(long id, Set<Long> moved, Set<Long> kept) {
    public Split {
      moved = Set.copyOf(moved);
      kept = Set.copyOf(kept);
    }
  }

  /** No split. */
  public static final TapeSplits NONE = new TapeSplits(List.of());

  // Per item, its sides: split index * 2 + (1 when moved).
  private final Map<Long, List<Integer>> sides = new HashMap<>();
  private final List<Split> splits;

  public TapeSplits(List<Split> splits) {
    this.splits = List.copyOf(splits);
    for (int i = 0; i < splits.size(); i++) {
      for (long item : splits.get(i).moved()) {
        sides.computeIfAbsent(item, k -> new ArrayList<>()).add(i * 2 + 1);
      }
      for (long item : splits.get(i).kept()) {
        sides.computeIfAbsent(item, k -> new ArrayList<>()).add(i * 2);
      }
    }
  }

  public List<Split> splits() {
    return splits;
  }

  /** Whether a reviewer put {@code a} and {@code b} on different sides of a split. */
  public boolean separates(long a, long b) {
    List<Integer> sa = sides.get(a);
    List<Integer> sb = sides.get(b);
    if (sa == null || sb == null) {
      return false;
    }
    for (int x : sa) {
      for (int y : sb) {
        if (x / 2 == y / 2 && x != y) {
          return true;
        }
      }
    }
    return false;
  }
}
