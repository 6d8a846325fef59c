package org.okju.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.okju.bench.IndexThroughputBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code okju bench index}. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = {
      "Measures the Hamming index beside brute force and FAISS.",
      "Hamming index build time, memory and queries/s at radius 31 and 15 (one query "
          + "thread), okju's multi-index hashing beside brute force and FAISS "
          + "IndexBinaryMultiHash (built from libfaiss-dev by a small C++ harness when g++ and "
          + "the headers are installed), over random and clustered generated hashes."
    })
final class IndexBenchCommand implements Callable<Integer> {
  @Option(
      names = "--sizes",
      split = ",",
      description = "Numbers of hashes (default ${DEFAULT-VALUE}).")
  List<Integer> sizes = List.of(1_000_000, 10_000_000);

  @Option(
      names = "--data",
      split = ",",
      description = "random and/or clustered (default ${DEFAULT-VALUE}).")
  List<String> data = List.of("random", "clustered");

  @Option(
      names = "--splits",
      split = ",",
      description = "Substring counts to compare with the default (default ${DEFAULT-VALUE}).")
  List<Integer> splits = List.of(12, 16);

  @Option(names = "--queries", description = "Queries per measurement (default ${DEFAULT-VALUE}).")
  int queries = 2000;

  @Option(names = "--no-faiss", description = "Skip the FAISS comparison.")
  boolean noFaiss;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    for (String d : data) {
      if (!d.equals("random") && !d.equals("clustered")) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "--data takes random or clustered, not " + d);
      }
    }
    IndexThroughputBench bench = new IndexThroughputBench(spec.commandLine().getErr(), queries);
    List<IndexThroughputBench.Row> rows = new ArrayList<>();
    for (int n : sizes) {
      for (String d : data) {
        rows.addAll(bench.run(d, n, splits, !noFaiss));
      }
    }
    IndexThroughputBench.print(rows, spec.commandLine().getOut());
    if (!noFaiss && !IndexThroughputBench.faissAvailable()) {
      spec.commandLine()
          .getOut()
          .println("FAISS: not installed (apt-get install libfaiss-dev g++ to compare)");
    }
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }
}
