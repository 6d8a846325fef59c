package org.okju.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.okju.fingerprint.Pdq256;

/**
 * The one contract every {@link HammingIndex} passes: the same answers as {@link BruteForceIndex}
 * for every radius 0..64 and for k-nearest, over random and clustered hashes.
 */
class HammingIndexContractTest {
  @TempDir static Path dir;

  record Impl(String name, BiFunction<PackedHashes, Integer, HammingIndex> make) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Impl> implementations() {
    return Stream.of(
        new Impl("brute force", (h, run) -> BruteForceIndex.of(h)),
        new Impl("MIH default split", (h, run) -> MultiIndexHashIndex.build(h)),
        new Impl("MIH 11 substrings, probe only", (h, run) -> mih(h, 11)),
        new Impl("MIH 12 substrings, probe only", (h, run) -> mih(h, 12)),
        new Impl("MIH 16 substrings, probe only", (h, run) -> mih(h, 16)),
        new Impl("MIH 23 substrings, probe only", (h, run) -> mih(h, 23)),
        new Impl("MIH memory-mapped", (h, run) -> mapped(h, run, false)),
        new Impl("MIH memory-mapped, probe only", (h, run) -> mapped(h, run, true)));
  }

  private static HammingIndex mih(PackedHashes h, int m) {
    return MultiIndexHashIndex.build(h, m).probeOnly();
  }

  private static HammingIndex mapped(PackedHashes h, int run, boolean probeOnly) {
    try {
      Path file = dir.resolve("contract-" + run + "-" + probeOnly + ".okjuidx");
      MultiIndexHashIndex.build(h, 12).save(file);
      MultiIndexHashIndex opened = MultiIndexHashIndex.open(file);
      return probeOnly ? opened.probeOnly() : opened;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Stream<Arguments> cases() {
    return implementations()
        .flatMap(i -> Stream.of(Arguments.of(i, "uniform"), Arguments.of(i, "clustered")));
  }

  private static int run;

  @ParameterizedTest(name = "{0} over {1} hashes answers every radius 0..64 like brute force")
  @MethodSource("cases")
  void radiusQueriesMatchBruteForce(Impl impl, String data) {
    long seed = TestHashes.seed();
    System.out.println("radiusQueriesMatchBruteForce " + impl + " " + data + " seed=" + seed);
    SplittableRandom rnd = new SplittableRandom(seed);
    PackedHashes hashes =
        data.equals("uniform") ? TestHashes.uniform(3000, rnd) : TestHashes.clustered(3000, rnd);
    HammingIndex oracle = BruteForceIndex.of(hashes);
    HammingIndex index = impl.make().apply(hashes, run++);
    assertThat(index.size()).isEqualTo(hashes.size());
    int found = 0;
    for (Pdq256 needle : TestHashes.needles(hashes, 25, rnd)) {
      for (int r = 0; r <= 64; r++) {
        List<HammingMatch> expected = oracle.query(needle, r);
        assertThat(index.query(needle, r))
            .as("seed=%d needle=%s radius=%d", seed, needle, r)
            .isEqualTo(expected);
        found += expected.size();
      }
    }
    assertThat(found).as("the needles must find something").isPositive();
  }

  @ParameterizedTest(name = "{0} over {1} hashes finds the same k nearest as brute force")
  @MethodSource("cases")
  void nearestMatchesBruteForce(Impl impl, String data) {
    long seed = TestHashes.seed();
    System.out.println("nearestMatchesBruteForce " + impl + " " + data + " seed=" + seed);
    SplittableRandom rnd = new SplittableRandom(seed);
    PackedHashes hashes =
        data.equals("uniform") ? TestHashes.uniform(2000, rnd) : TestHashes.clustered(2000, rnd);
    HammingIndex oracle = BruteForceIndex.of(hashes);
    HammingIndex index = impl.make().apply(hashes, run++);
    for (Pdq256 needle : TestHashes.needles(hashes, 10, rnd)) {
      for (int k : new int[] {0, 1, 3, 25}) {
        List<HammingMatch> all = oracle.query(needle, 256);
        assertThat(index.nearest(needle, k))
            .as("seed=%d needle=%s k=%d", seed, needle, k)
            .isEqualTo(all.subList(0, k));
      }
    }
  }

  @ParameterizedTest(name = "{0} returns stored hashes and ids by ordinal")
  @MethodSource("implementations")
  void storedHashesAndIdsComeBackByOrdinal(Impl impl) {
    SplittableRandom rnd = new SplittableRandom(7);
    PackedHashes hashes = TestHashes.uniform(100, rnd);
    HammingIndex index = impl.make().apply(hashes, run++);
    for (int o = 0; o < hashes.size(); o++) {
      assertThat(index.hash(o)).isEqualTo(hashes.hash(o));
      assertThat(index.id(o)).isEqualTo(hashes.id(o));
      assertThat(index.query(hashes.hash(o), 0)).contains(new HammingMatch(o, hashes.id(o), 0));
    }
  }

  @ParameterizedTest(name = "{0} over no hashes finds nothing")
  @MethodSource("implementations")
  void emptyIndexFindsNothing(Impl impl) {
    HammingIndex index = impl.make().apply(PackedHashes.builder().build(), run++);
    Pdq256 needle = TestHashes.random(new SplittableRandom(1));
    assertThat(index.size()).isZero();
    assertThat(index.query(needle, 256)).isEmpty();
    assertThat(index.nearest(needle, 5)).isEmpty();
  }
}
