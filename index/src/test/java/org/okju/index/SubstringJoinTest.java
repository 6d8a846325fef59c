package org.okju.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.okju.fingerprint.Pdq256;

/**
 * {@link SubstringJoin}: streaming a needle through every table finds exactly what an approximate
 * lookup at probe radius 0 finds in an index of the same hashes and split, each hash once.
 */
class SubstringJoinTest {
  private static List<String> joined(List<SubstringJoin> tables, Pdq256 needle) {
    List<String> out = new ArrayList<>();
    long[] w = needle.words();
    for (SubstringJoin t : tables) {
      t.matches(w[0], w[1], w[2], w[3], (o, id, d) -> out.add(o + "/" + id + "/" + d));
    }
    return out.stream().sorted().toList();
  }

  private static List<String> looked(MultiIndexHashIndex index, Pdq256 needle, int r) {
    return index.queryApproximate(needle, r, 0).stream()
        .map(m -> m.ordinal() + "/" + m.id() + "/" + m.distance())
        .sorted()
        .toList();
  }

  @Test
  void findsWhatAnIndexFindsAtProbeRadiusZeroEachHashOnce() {
    long seed = TestHashes.seed();
    SplittableRandom rnd = new SplittableRandom(seed);
    PackedHashes stored = TestHashes.clustered(20_000, rnd);
    int found = 0;
    for (int substrings : new int[] {12, 16, 32}) {
      MultiIndexHashIndex index = MultiIndexHashIndex.build(stored, substrings);
      for (int r : new int[] {0, 24, 36}) {
        List<SubstringJoin> tables = new ArrayList<>();
        for (int t = 0; t < substrings; t++) {
          tables.add(SubstringJoin.build(stored, substrings, t, r));
        }
        for (Pdq256 needle : TestHashes.needles(stored, 40, rnd)) {
          List<String> got = joined(tables, needle);
          assertThat(got)
              .as("seed %d substrings %d radius %d", seed, substrings, r)
              .isEqualTo(looked(index, needle, r))
              .doesNotHaveDuplicates();
          found += got.size();
        }
      }
    }
    // Needles near stored clusters: the comparison is not of empty lists. (How many a seed finds
    // varies: 180-odd to several hundred over the 360 lookups.)
    assertThat(found).as("seed %d", seed).isGreaterThan(40);
  }

  @Test
  void aTableOutsideTheSplitIsRefused() {
    PackedHashes stored = TestHashes.uniform(10, new SplittableRandom(1));
    assertThatThrownBy(() -> SubstringJoin.build(stored, 12, 12, 36))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
