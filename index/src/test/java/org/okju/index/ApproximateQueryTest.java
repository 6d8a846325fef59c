package org.okju.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.okju.fingerprint.Pdq256;

/**
 * {@link MultiIndexHashIndex#queryApproximate}: exactly the hashes within the radius that some
 * substring table's capped probe reaches, checked against a brute-force model of that rule.
 */
class ApproximateQueryTest {
  private static boolean reachable(SubstringSplit split, Pdq256 a, Pdq256 b, int r, int cap) {
    long[] x = a.words();
    long[] y = b.words();
    for (int t = 0; t < split.count(); t++) {
      int radius = Math.min(split.radius(t, r), cap);
      int kx = split.key(t, x[0], x[1], x[2], x[3]);
      int ky = split.key(t, y[0], y[1], y[2], y[3]);
      if (radius >= 0 && Integer.bitCount(kx ^ ky) <= radius) {
        return true;
      }
    }
    return false;
  }

  private static List<Long> model(
      PackedHashes stored, Pdq256 needle, int r, int cap, SubstringSplit s) {
    List<Long> out = new ArrayList<>();
    for (int o = 0; o < stored.size(); o++) {
      Pdq256 h = stored.hash(o);
      if (h.distance(needle) <= r && reachable(s, needle, h, r, cap)) {
        out.add((long) o);
      }
    }
    return out;
  }

  @Test
  void findsExactlyTheNeighboursACappedProbeReaches() {
    long seed = TestHashes.seed();
    SplittableRandom rnd = new SplittableRandom(seed);
    PackedHashes stored = TestHashes.clustered(20_000, rnd);
    MultiIndexHashIndex index = MultiIndexHashIndex.build(stored);
    for (Pdq256 needle : TestHashes.needles(stored, 60, rnd)) {
      for (int r : new int[] {0, 12, 24, 31, 36, 48}) {
        for (int cap = 0; cap <= 2; cap++) {
          List<Long> got =
              index.queryApproximate(needle, r, cap).stream()
                  .map(m -> (long) m.ordinal())
                  .sorted()
                  .toList();
          assertThat(got)
              .as("seed %d radius %d cap %d", seed, r, cap)
              .isEqualTo(model(stored, needle, r, cap, index.split()));
        }
      }
    }
  }

  @Test
  void anUncappedProbeIsTheExactQuery() {
    SplittableRandom rnd = new SplittableRandom(TestHashes.seed());
    PackedHashes stored = TestHashes.uniform(5_000, rnd);
    MultiIndexHashIndex index = MultiIndexHashIndex.build(stored).probeOnly();
    for (Pdq256 needle : TestHashes.needles(stored, 30, rnd)) {
      assertThat(index.queryApproximate(needle, 31, 64)).isEqualTo(index.query(needle, 31));
    }
  }
}
