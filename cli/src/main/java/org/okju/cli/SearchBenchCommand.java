package org.okju.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.okju.bench.SearchBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code okju bench search}: the full-text index's indexing rate and query times. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Measures full-text indexing and queries beside grep on the same text.",
      "Writes generated diary text (Korean, English, mixed; 64 KiB documents) into a temporary "
          + "case, indexes it as okju search does (MB of text a second, all cores), then times "
          + "a Korean word, an English word, a phrase, a prefix and a rare word on the warm "
          + "index, beside grep -r -c -F over the same text as files."
    })
final class SearchBenchCommand implements Callable<Integer> {
  @Option(
      names = "--megabytes",
      paramLabel = "MB",
      description = "Text to generate and index (default ${DEFAULT-VALUE}).")
  int megabytes = 1000;

  @Option(
      names = "--repeats",
      paramLabel = "N",
      description =
          "Timed runs of each query, after three warm-up runs (default ${DEFAULT-VALUE}).")
  int repeats = 21;

  @Option(
      names = "--copies",
      paramLabel = "N",
      description =
          "Ask the queries of an index of N copies of the text's (segments added again, no "
              + "re-analysis) and grep the text N times: query times on N times the text "
              + "(default ${DEFAULT-VALUE}).")
  int copies = 1;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream progress = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    SearchBench.Result r =
        new SearchBench()
            .run(Math.max(1, megabytes), Math.max(1, repeats), Math.max(1, copies), progress);
    SearchBench.print(r, out);
    return ExitCode.OK;
  }
}
