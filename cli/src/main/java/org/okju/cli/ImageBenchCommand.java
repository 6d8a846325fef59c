package org.okju.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.okju.bench.ImageThroughputBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code okju bench image DIR}. */
@Command(
    name = "image",
    mixinStandardHelpOptions = true,
    description = {
      "Measures okju ingest of an E01 beside ewfverify and beside the same files in a folder.",
      "Puts the files of DIR on a FAT32 file system and acquires it into an E01 (mkfs.fat, "
          + "mtools, ewfacquire; or takes --image), then times ewfverify of the image, okju "
          + "ingest of the image and okju ingest of DIR, all --no-fingerprints, alternated "
          + "after a warm-up round; prints the medians and okju's ratio to ewfverify."
    })
final class ImageBenchCommand implements Callable<Integer> {
  @Parameters(paramLabel = "DIR", description = "The files on the image (read-only).")
  Path dir;

  @Option(
      names = "--image",
      paramLabel = "E01",
      description = "An E01 of DIR's files to measure instead of building one.")
  Path image;

  @Option(names = "--runs", description = "Alternated rounds measured (default ${DEFAULT-VALUE}).")
  int runs = 3;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Path work = Files.createTempDirectory("okju-bench-image");
    try {
      Path e01 = image != null ? image : ImageThroughputBench.build(dir, work);
      ImageThroughputBench.Result r =
          new ImageThroughputBench().compare(e01, dir, Math.max(1, runs));
      ImageThroughputBench.print(r, out);
    } finally {
      TempTree.delete(work);
    }
    return ExitCode.OK;
  }
}
