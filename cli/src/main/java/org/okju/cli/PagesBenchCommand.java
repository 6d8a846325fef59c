package org.okju.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.okju.bench.PageTestBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code okju bench pages}: which pictures ingest reads by OCR, measured. */
@Command(
    name = "pages",
    mixinStandardHelpOptions = true,
    description = {
      "Measures the page test that decides which pictures ingest reads by OCR.",
      "Recall on generated scanned and photographed diary pages, and pictures of no page taken "
          + "for pages among the test vectors' photos and Debian's wallpapers, on the development "
          + "set its thresholds were set on and on a held-out set (other fonts, other seeds, the "
          + "other half of the photos); with the test's cost per picture."
    })
final class PagesBenchCommand implements Callable<Integer> {
  @Option(
      names = "--pages",
      description = "Generated pages in each set (default ${DEFAULT-VALUE}).")
  int pages = 60;

  @Option(names = "--verbose", description = "Every picture's verdict and features.")
  boolean verbose;

  @Option(
      names = "--vectors",
      paramLabel = "DIR",
      description = "The shared test vectors (default: found beside okju).")
  Path vectors;

  @Override
  public Integer call() throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PageTestBench bench = new PageTestBench();
    List<Path> photos =
        PageTestBench.photoFiles(vectors != null ? vectors : TestVectorLocation.root());
    List<PageTestBench.Judged> development = new ArrayList<>();
    development.addAll(bench.pages(pages, false));
    development.addAll(bench.photos(photos, 0));
    List<PageTestBench.Judged> heldOut = new ArrayList<>();
    heldOut.addAll(bench.pages(pages, true));
    heldOut.addAll(bench.photos(photos, 1));
    List<PageTestBench.Judged> all = new ArrayList<>(development);
    all.addAll(heldOut);
    PageTestBench.print(
        List.of(
            PageTestBench.score("development (thresholds set here)", development),
            PageTestBench.score("held out", heldOut)),
        all,
        verbose,
        out);
    return ExitCode.OK;
  }
}
