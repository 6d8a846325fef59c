package org.okju.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ingest bench's statistics, and one real comparison on a small tree with real hashdeep. */
class IngestThroughputBenchTest {
  @TempDir Path tmp;

  @Test
  void theMedianIsTheMiddleRunOrTheMeanOfTheTwoMiddleOnes() {
    assertThat(runs(3.0, 1.0, 2.0).medianSeconds()).isEqualTo(2.0);
    assertThat(runs(4.0, 1.0, 3.0, 2.0).medianSeconds()).isEqualTo(2.5);
    assertThat(runs().medianSeconds()).isNaN();
  }

  @Test
  void pairsAreComparedInRunOrderAndTheRatioIsOfMedians() {
    IngestThroughputBench.Comparison c =
        new IngestThroughputBench.Comparison(runs(2.0, 3.0, 4.0), runs(9.0), runs(1.0, 1.0, 4.0));
    assertThat(c.pairRatios()).containsExactly(2.0, 3.0, 1.0);
    assertThat(c.ratioOfMedians()).isEqualTo(3.0);
  }

  @Test
  void aComparisonRunsBothToolsOnTheSameTreeAndPrintsTheirMedians() throws Exception {
    assumeTrue(IngestThroughputBench.hashdeepInstalled(), "hashdeep is installed by .ci/run");
    Path tree = Files.createDirectories(tmp.resolve("tree"));
    byte[] data = new byte[3 << 20];
    new java.util.Random(7).nextBytes(data);
    for (int i = 0; i < 4; i++) {
      Files.write(tree.resolve("f" + i + ".bin"), data);
    }
    long bytes = 4L * data.length;
    IngestThroughputBench bench = new IngestThroughputBench();
    IngestThroughputBench.Comparison c = bench.compare(tree, 4, bytes, 1, 2);

    assertThat(c.okju().seconds()).hasSize(2).allMatch(s -> s > 0);
    assertThat(c.okjuFirst().seconds()).hasSize(1);
    assertThat(c.hashdeep().what()).isEqualTo("hashdeep -r -c md5,sha1,sha256");
    assertThat(c.hashdeep().seconds()).hasSize(2).allMatch(s -> s > 0);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    IngestThroughputBench.print(
        c, List.of(), Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8));
    String table = out.toString(StandardCharsets.UTF_8);
    assertThat(table)
        .contains("hashdeep -r -c md5,sha1,sha256")
        .contains("okju ingest --no-fingerprints")
        .contains("okju / hashdeep, medians: ")
        .contains("12.6"); // MB of the tree
  }

  private static IngestThroughputBench.Runs runs(double... seconds) {
    return new IngestThroughputBench.Runs(
        "t", 1, 1_000_000, java.util.Arrays.stream(seconds).boxed().toList());
  }
}
