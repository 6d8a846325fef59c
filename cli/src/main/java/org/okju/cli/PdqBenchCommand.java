package org.okju.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.okju.bench.GeneratedMedia;
import org.okju.bench.JdkDecodeFloor;
import org.okju.bench.PdqCommandLineBench;
import org.okju.bench.PdqCorpus;
import org.okju.bench.PdqThroughputBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code okju bench pdq [DIR]}. */
@Command(
    name = "pdq",
    mixinStandardHelpOptions = true,
    description = {
      "Measures okju pdq as users run it, beside Meta's C++ pdq-photo-hasher and the JDK decoder.",
      "A loop of one process per image and one call over all images, for okju pdq"
          + " --downsample-512, for the C++ pdq-photo-hasher (on PATH or --reference) and for"
          + " the floor (a Java program that only decodes with the JDK's decoder), in alternated"
          + " rounds: wall-clock and CPU seconds, and whether every hash is identical. okju's"
          + " loop and call run in the resident okju as users' do (its CPU counted), and its loop"
          + " again with OKJU_DAEMON=off, a JVM per image. Without"
          + " DIR, pictures of 1 to 2 megapixels are made at run time with the ffmpeg command"
          + " line (zooms over two reference photos, fractals, test patterns).",
      "--in-process: instead, images/s inside one JVM at full resolution and --downsample-512,"
          + " 1 thread and all cores, beside JDK decoding alone."
    })
final class PdqBenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "DIR", description = "Images to hash instead.")
  Path dir;

  @Option(
      names = "--images",
      paramLabel = "N",
      description = "Pictures to make when no DIR is given (default ${DEFAULT-VALUE}).")
  int images = 60;

  @Option(
      names = "--rounds",
      paramLabel = "N",
      description = "Alternated rounds; medians are printed (default ${DEFAULT-VALUE}).")
  int rounds = 3;

  @Option(
      names = "--reference",
      paramLabel = "FILE",
      description =
          "A C++ pdq-photo-hasher build to compare with; repeatable (default: the one on PATH).")
  List<Path> references;

  @Option(
      names = "--in-process",
      description = "Measure inside one JVM instead (the earlier table; DIR, --large, --small).")
  boolean inProcess;

  @Option(
      names = "--large",
      description = "With --in-process: number of 2560x1600 images (default ${DEFAULT-VALUE}).")
  int large = 60;

  @Option(
      names = "--small",
      description = "With --in-process: number of 512x320 images (default ${DEFAULT-VALUE}).")
  int small = 400;

  @Option(
      names = "--sources",
      paramLabel = "DIR",
      description =
          "With --in-process: photos to build the corpus from (default: the shared test"
              + " vectors).")
  Path sources;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    if (!inProcess) {
      return commandLines(out);
    }
    PdqThroughputBench bench = new PdqThroughputBench();
    List<PdqThroughputBench.Row> rows = new ArrayList<>();
    if (dir != null) {
      List<Path> files =
          InputFiles.expand(List.of(dir), spec.commandLine().getErr(), "bench").files();
      rows.addAll(bench.run(dir.getFileName().toString(), files));
    } else {
      Path sourceDir = sources != null ? sources : TestVectorLocation.pdqData();
      var photos = PdqCorpus.sourcePhotos(sourceDir);
      Path tmp = Files.createTempDirectory("okju-bench-pdq");
      try {
        rows.addAll(
            bench.run("2560x1600 JPEG", PdqCorpus.large(photos, large, tmp.resolve("large"))));
        rows.addAll(
            bench.run("512x320 JPEG", PdqCorpus.small(photos, small, tmp.resolve("small"))));
      } finally {
        TempTree.delete(tmp);
      }
    }
    PdqThroughputBench.print(rows, out);
    return ExitCode.OK;
  }

  private int commandLines(PrintStream out) throws IOException, InterruptedException {
    List<Path> refs = new ArrayList<>();
    if (references != null) {
      for (Path r : references) {
        if (!Files.isExecutable(r)) {
          throw CliException.usage("no such file: " + r);
        }
        refs.add(r.toAbsolutePath());
      }
    } else {
      Path found = ReferenceTools.onPath("pdq-photo-hasher");
      if (found != null) {
        refs.add(found);
      }
    }
    Path tmp = Files.createTempDirectory("okju-bench-pdq");
    try {
      List<Path> files;
      if (dir != null) {
        files = InputFiles.expand(List.of(dir), spec.commandLine().getErr(), "bench").files();
      } else {
        ReferenceTools.requireFfmpeg();
        System.err.println("okju bench pdq: making " + images + " pictures with ffmpeg...");
        files = GeneratedMedia.photos(images, ReferenceTools.seedPhotos(), tmp.resolve("images"));
      }
      Path work = Files.createDirectories(tmp.resolve("work"));
      boolean same =
          PdqCommandLineBench.run(
              new PdqCommandLineBench.Setup(
                  ReferenceTools.launcher(),
                  ReferenceTools.floorJava(JdkDecodeFloor.class),
                  refs,
                  files,
                  Math.max(1, rounds),
                  ResidentCpu::seconds),
              work,
              out,
              System.err);
      return same ? ExitCode.OK : ExitCode.PARTIAL;
    } finally {
      TempTree.delete(tmp);
    }
  }
}
