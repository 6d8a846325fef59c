package org.okju.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Both Spark jobs read {@code --master} and {@code --overwrite} through the one shared mixin. */
class SparkJobOptionsTest {
  @Test
  void fingerprintAndMatchTakeTheMasterAndOverwriteAndDefaultToAllLocalCoresAndKeep() {
    FingerprintCommand fingerprint = new FingerprintCommand();
    new CommandLine(fingerprint)
        .parseArgs("--master", "spark://h:7077", "--input", "in", "--out", "o", "--overwrite");
    assertThat(fingerprint.job.master).isEqualTo("spark://h:7077");
    assertThat(fingerprint.job.overwrite).isTrue();

    MatchCommand match = new MatchCommand();
    new CommandLine(match).parseArgs("--reference", "r", "--queries", "q", "--out", "o");
    assertThat(match.job.master).isEqualTo("local[*]");
    assertThat(match.job.overwrite).isFalse();
    assertThat(new CommandLine(new MatchCommand()).getUsageMessage())
        .contains("--master=URL")
        .contains("Replace --out when it exists.");
  }
}
