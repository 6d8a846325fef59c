package org.okju.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.okju.bench.GeneratedMedia;
import org.okju.bench.VpdqCommandLineBench;
import org.okju.bench.VpdqThroughputBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code okju bench vpdq [VIDEO...]}. */
@Command(
    name = "vpdq",
    mixinStandardHelpOptions = true,
    description = {
      "Measures okju vpdq as users run it, beside Meta's C++ vpdq-hash-video and the ffmpeg CLI.",
      "A loop of one process per video and one call over all videos, for okju vpdq -r S, for"
          + " the C++ vpdq-hash-video -r S (on PATH or --reference; it takes one video a call)"
          + " and for the floor (the ffmpeg command line decoding the same videos), in"
          + " alternated rounds: wall-clock and CPU seconds, multiples of real time, CPU seconds"
          + " a video hour, and whether every hash file is identical. okju's loop and call run in"
          + " the resident okju as users' do (its CPU counted), and its loop again with"
          + " OKJU_DAEMON=off, a JVM per video. Without VIDEO, clips are"
          + " made at run time with the ffmpeg command line (pans over two reference photos,"
          + " fractals, test patterns; SD and HD).",
      "--in-process: instead, frames/s inside one JVM, every frame and one hash a second,"
          + " beside ffmpeg decoding (without VIDEO: the reference SD sample videos)."
    })
final class VpdqBenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "VIDEO", description = "Videos to hash instead.")
  List<Path> videos;

  @Option(
      names = "--videos",
      paramLabel = "N",
      description = "Clips to make when no VIDEO is given (default ${DEFAULT-VALUE}).")
  int clips = 12;

  @Option(
      names = "--clip-seconds",
      paramLabel = "S",
      description = "Length of each clip made (default ${DEFAULT-VALUE}).")
  int clipSeconds = 10;

  @Option(
      names = {"-r", "--seconds-per-hash"},
      paramLabel = "S",
      description = "Seconds per hash, for okju and the C++ tool (default ${DEFAULT-VALUE}).")
  String secondsPerHash = "1";

  @Option(
      names = "--rounds",
      paramLabel = "N",
      description = "Alternated rounds; medians are printed (default ${DEFAULT-VALUE}).")
  int rounds = 3;

  @Option(
      names = "--reference",
      paramLabel = "FILE",
      description = "The C++ vpdq-hash-video to compare with (default: the one on PATH).")
  Path reference;

  @Option(
      names = "--in-process",
      description = "Measure inside one JVM instead (the earlier table).")
  boolean inProcess;

  @Override
  public Integer call() throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    if (!inProcess) {
      return commandLines(out);
    }
    List<Path> files = videos;
    String corpus = "given videos";
    if (files == null || files.isEmpty()) {
      Path dir = TestVectorLocation.threatExchange().resolve("tmk/sample-videos");
      try (var list = Files.list(dir)) {
        files = list.filter(p -> p.getFileName().toString().contains("-sd-")).sorted().toList();
      }
      corpus = "SD samples";
    }
    VpdqThroughputBench.print(new VpdqThroughputBench().run(corpus, files), out);
    return ExitCode.OK;
  }

  private int commandLines(PrintStream out) throws IOException, InterruptedException {
    Path ref = reference;
    if (ref != null && !Files.isExecutable(ref)) {
      throw CliException.usage("no such file: " + ref);
    }
    if (ref == null) {
      ref = ReferenceTools.onPath("vpdq-hash-video");
    }
    ReferenceTools.requireFfmpeg();
    Path tmp = Files.createTempDirectory("okju-bench-vpdq");
    try {
      List<Path> files;
      if (videos != null && !videos.isEmpty()) {
        files = InputFiles.expand(videos, spec.commandLine().getErr(), "bench").files();
      } else {
        System.err.println("okju bench vpdq: making " + clips + " clips with ffmpeg...");
        files =
            GeneratedMedia.clips(
                clips, clipSeconds, ReferenceTools.seedPhotos(), tmp.resolve("videos"));
      }
      Path work = Files.createDirectories(tmp.resolve("work"));
      boolean same =
          VpdqCommandLineBench.run(
              new VpdqCommandLineBench.Setup(
                  ReferenceTools.launcher(),
                  ref == null ? null : ref.toAbsolutePath(),
                  files,
                  secondsPerHash,
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
