package org.okju.ledger;

import java.util.List;

/**
 * Something a reader recognised in one line: where ({@code start} inclusive, {@code end} exclusive,
 * in the line's characters), what it reads as, and why it is uncertain.
 *
 * @param flags stable words for what a reviewer should check (e.g. {@code year-assumed})
 */
record Found<T>(int start, int end, T value, double confidence, List<String> flags) {
  Found {
    flags = List.copyOf(flags);
  }

  static <T> Found<T> of(int start, int end, T value, double confidence, String... flags) {
    return new Found<>(start, end, value, confidence, List.of(flags));
  }

  boolean overlaps(int s, int e) {
    return start < e && s < end;
  }
}
