package org.okju.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okju.fingerprint.Pdq256;

/**
 * The hash lists of the PDQ reference's multi-index-hashing regression ({@code
 * pdq/data/reg-test-input/haystack.txt} and {@code needles.txt} in facebook/ThreatExchange): the
 * index must agree with brute force on them at the partners' threshold and beyond.
 */
class ReferenceHashListsTest {
  private static Path regTestInput() {
    String configured = System.getProperty("okju.testvectors");
    return Path.of(configured != null ? configured : "../../shared/testvectors")
        .resolve("threatexchange/pdq/data/reg-test-input");
  }

  private static List<Pdq256> read(Path file) throws IOException {
    return Files.readAllLines(file).stream()
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .map(Pdq256::parse)
        .toList();
  }

  @Test
  void theReferenceNeedlesFindTheSameHaystackHashesAsBruteForce() throws IOException {
    Path in = regTestInput();
    assumeThat(Files.isRegularFile(in.resolve("haystack.txt"))).as("test vectors present").isTrue();
    List<Pdq256> haystack = read(in.resolve("haystack.txt"));
    List<Pdq256> needles = read(in.resolve("needles.txt"));
    PackedHashes.Builder b = PackedHashes.builder();
    for (int i = 0; i < haystack.size(); i++) {
      b.add(haystack.get(i), i + 1);
    }
    PackedHashes hashes = b.build();
    HammingIndex oracle = BruteForceIndex.of(hashes);
    HammingIndex mih = MultiIndexHashIndex.build(hashes).probeOnly();
    int found = 0;
    for (Pdq256 needle : needles) {
      for (int r : new int[] {0, 10, 31, 32, 63}) {
        List<HammingMatch> expected = oracle.query(needle, r);
        assertThat(mih.query(needle, r)).as("needle %s radius %d", needle, r).isEqualTo(expected);
        found += r == 31 ? expected.size() : 0;
      }
    }
    assertThat(found).as("needles within 31 of some haystack hash").isPositive();
  }
}
