package org.okju.fingerprint.video;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.okju.fingerprint.Pdq256;
import org.okju.fingerprint.PdqResult;

class VpdqMatcherTest {
  @Test
  @DisplayName("vpdq-match reproduces every row of the C++ match-hashes-brute matrix")
  void reproducesTheCppMatchMatrix() throws IOException {
    Path root = VideoVectors.root();
    List<String> lines =
        Files.readAllLines(root.resolve("derived/vpdq-match-matrix-sample-hashes.txt"));
    Map<String, List<VpdqFrame>> hashes = new HashMap<>();
    int rows = 0;
    for (String line : lines) {
      if (line.startsWith("#") || line.startsWith("query,") || line.isBlank()) {
        continue;
      }
      String[] f = line.split(",", -1);
      List<VpdqFrame> q =
          hashes.computeIfAbsent(
              f[0], n -> VideoVectors.read(root.resolve("vpdq/sample-hashes/" + n + ".txt")));
      List<VpdqFrame> c =
          hashes.computeIfAbsent(
              f[1], n -> VideoVectors.read(root.resolve("vpdq/sample-hashes/" + n + ".txt")));
      assertThat(VpdqMatcher.match(q, c, 31, 50).format())
          .as("%s vs %s", f[0], f[1])
          .isEqualTo(f[2] + "," + f[3]);
      rows++;
    }
    assertThat(rows).isEqualTo(225);
  }

  private static VpdqFrame frame(int n, String hex, int quality) {
    return new VpdqFrame(n, new PdqResult(Pdq256.parse(hex), quality), n / 30.0);
  }

  @Test
  @DisplayName("frames below the quality threshold are ignored and an empty side matches nothing")
  void lowQualityFramesAreIgnored() {
    String a = "0".repeat(64);
    String b = "f".repeat(8) + "0".repeat(56); // 32 bits away from a
    List<VpdqFrame> q = List.of(frame(0, a, 100), frame(1, b, 49));
    List<VpdqFrame> c = List.of(frame(0, a, 50));
    assertThat(VpdqMatcher.match(q, c).format()).isEqualTo("100.00,100.00");
    assertThat(VpdqMatcher.match(q, List.of(frame(0, a, 10))).format()).isEqualTo("0.00,0.00");
  }

  @Test
  @DisplayName("a distance equal to the threshold is not a match")
  void distanceMustBeStrictlyBelowTheThreshold() {
    String a = "0".repeat(64);
    String b = "f".repeat(8) + "0".repeat(56); // 32 bits
    List<VpdqFrame> q = List.of(frame(0, a, 100), frame(1, a, 100), frame(2, b, 100));
    List<VpdqFrame> c = List.of(frame(0, b, 100));
    assertThat(VpdqMatcher.match(q, c, 32, 50).format()).isEqualTo("33.33,100.00");
    assertThat(VpdqMatcher.match(q, c, 33, 50).format()).isEqualTo("100.00,100.00");
  }
}
