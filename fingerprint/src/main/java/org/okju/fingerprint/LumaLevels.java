package org.okju.fingerprint;

/**
 * How many samples of a line, or of a frame's outermost lines, lie at each luma level (rounded to
 * the level), and how many near one: the level of a bar, of a page's fill, of a player's chrome.
 */
final class LumaLevels {
  private final int[] counts = new int[256];
  private int[] below;

  void add(float luma) {
    counts[Math.max(0, Math.min(255, Math.round(luma)))]++;
    below = null;
  }

  /** Samples at {@code level}. */
  int at(int level) {
    return counts[level];
  }

  /** Samples within {@code radius} of {@code level}. */
  int near(int level, int radius) {
    int[] running = running();
    return running[Math.min(255, level + radius) + 1] - running[Math.max(0, level - radius)];
  }

  /** The level with the most samples within {@code radius} of it (the lowest of equals). */
  int commonest(int radius) {
    return commonestApartFrom(-1, 0, radius);
  }

  /**
   * The level with the most samples within {@code radius} of it among those more than {@code apart}
   * from {@code other} (the lowest of equals); any level when {@code other} is negative.
   */
  int commonestApartFrom(int other, int apart, int radius) {
    int best = -1;
    int bestCount = -1;
    for (int v = 0; v < 256; v++) {
      if (other >= 0 && Math.abs(v - other) <= apart) {
        continue;
      }
      int count = near(v, radius);
      if (count > bestCount) {
        bestCount = count;
        best = v;
      }
    }
    return best;
  }

  /** {@code running[v]}: the samples below level {@code v}. */
  private int[] running() {
    if (below == null) {
      below = new int[257];
      for (int v = 0; v < 256; v++) {
        below[v + 1] = below[v] + counts[v];
      }
    }
    return below;
  }
}
