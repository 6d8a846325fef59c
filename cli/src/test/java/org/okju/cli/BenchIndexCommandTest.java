package org.okju.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchIndexCommandTest {
  @Test
  void benchIndexPrintsOneRowPerConfigurationForATinyRun() {
    CliRun run =
        CliRun.of(
            "bench",
            "index",
            "--sizes",
            "2000",
            "--data",
            "clustered",
            "--splits",
            "16",
            "--queries",
            "50",
            "--no-faiss");
    assertThat(run.exitCode()).as(run.err()).isZero();
    String out = String.join("\n", run.outLines());
    assertThat(out)
        .contains("q/s r=31")
        .contains("okju MIH 16 substrings (default)")
        .contains("okju MIH memory-mapped")
        .contains("brute force");
  }

  @Test
  void benchIndexRefusesUnknownData() {
    CliRun run = CliRun.of("bench", "index", "--data", "photos", "--no-faiss");
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
  }
}
