package org.okju.ingest;

/**
 * How far one top-level archive (and everything nested in it) may expand: a total in bytes, and a
 * ratio of expanded to compressed bytes per member once past a size (64 MiB by default). Shared by
 * the members of one archive tree, which one worker reads in turn; not thread-safe.
 */
final class ExpansionBudget {
  private final long maxTotal;
  private final int maxRatio;
  private final long ratioPast;
  private long total;
  private boolean exhausted;

  ExpansionBudget(long maxTotal, int maxRatio, long ratioPast) {
    this.maxTotal = maxTotal;
    this.maxRatio = maxRatio;
    this.ratioPast = ratioPast;
  }

  /** Whether the total was exceeded: the rest of the archive tree is not expanded. */
  boolean exhausted() {
    return exhausted;
  }

  /** A budget for one member whose compressed size is {@code compressed} bytes (or -1). */
  ContentReader.Budget member(long compressed) {
    long[] expanded = {0};
    return bytes -> {
      expanded[0] += bytes;
      total += bytes;
      if (total > maxTotal) {
        exhausted = true;
        throw new ExpansionLimitException(
            "archive expands past the limit of "
                + maxTotal
                + " bytes (zip bomb? if not, ingest the archive again as a source of its own with"
                + " --max-expanded-gib)");
      }
      if (compressed >= 0
          && expanded[0] > ratioPast
          && expanded[0] > (long) maxRatio * Math.max(compressed, 1)) {
        throw new ExpansionLimitException(
            "member expands more than "
                + maxRatio
                + " times its compressed size of "
                + compressed
                + " bytes (zip bomb? if not, ingest the archive again as a source of its own with"
                + " --max-expansion-ratio)");
      }
    };
  }
}
