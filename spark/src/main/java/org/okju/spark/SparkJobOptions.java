package org.okju.spark;

import picocli.CommandLine.Option;

/** The options every okju spark job shares: where it runs and whether it may replace its output. */
final class SparkJobOptions {
  @Option(
      names = "--master",
      paramLabel = "URL",
      description = "Spark master: local[N], spark://HOST:PORT, ... (default: ${DEFAULT-VALUE}).")
  String master = "local[*]";

  @Option(names = "--overwrite", description = "Replace --out when it exists.")
  boolean overwrite;
}
