package org.okju.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.okju.cli.daemon.WorkingDirectory;
import org.okju.fingerprint.video.VpdqBatch;
import org.okju.fingerprint.video.VpdqFrame;
import org.okju.fingerprint.video.VpdqOptions;
import org.okju.fingerprint.video.VpdqText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code okju vpdq}: the vPDQ hashes of videos, in the C++ {@code vpdq-hash-video} format. Many
 * videos (or folders) in one call share one JVM start and are hashed several at a time.
 */
@Command(
    name = "vpdq",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the vPDQ hashes of videos, one line per hashed frame.",
      "One VIDEO file: frameNumber,quality,pdqHex,timestampSeconds per line, exactly as Meta's "
          + "vpdq-hash-video writes them. Several videos or a directory (searched recursively, "
          + "in name order): the same lines each followed by ,path, videos in the order given. "
          + "With --output-directory, one reference-format file per video instead. Videos are "
          + "decoded in-process (FFmpeg); no ffmpeg binary is needed. A video that cannot be "
          + "decoded is reported on stderr and the others are still hashed (exit code 3)."
    })
final class VpdqCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "VIDEO", description = "Video files or directories.")
  List<Path> inputs;

  @Option(
      names = {"-r", "--seconds-per-hash"},
      paramLabel = "S",
      description =
          "Hash one frame every S seconds of video; 0 (default) hashes every frame."
              + " Read as a C float, as the reference does.")
  float secondsPerHash;

  @Option(
      names = {"-s", "--downsample-frame-dimension"},
      paramLabel = "N",
      description = "Scale frames to N x N before hashing; 0 (default) keeps the native size.")
  int downsampleFrameDimension;

  @Option(
      names = {"-d", "--output-directory"},
      paramLabel = "DIR",
      description =
          "Write each video's hashes to DIR/NAME.txt (NAME: the video's file name without its"
              + " extension), as vpdq-hash-video -d does, instead of printing them.")
  Path outputDirectory;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Videos hashed at the same time (default: one a processor, here ${DEFAULT-VALUE}; each"
              + " video also decodes on FFmpeg's threads and hashes on a helper thread).")
  // One video at a time kept about one core busy, whatever FFmpeg's own threads (the 14 TMK
  // sample videos: 7.3 CPU-s in 6.6-8.0 s at 1, in 4.0-4.1 s at 2 on two cores).
  int threads = Runtime.getRuntime().availableProcessors();

  /** Hash files that could not be written (each reported on stderr). */
  private int failedWrites;

  @Override
  public Integer call() throws InterruptedException {
    if (!(secondsPerHash >= 0) || Float.isInfinite(secondsPerHash)) {
      throw new ParameterException(
          spec.commandLine(), "--seconds-per-hash must be a non-negative number");
    }
    if (downsampleFrameDimension < 0) {
      throw new ParameterException(
          spec.commandLine(), "--downsample-frame-dimension must be 0 or more");
    }
    if (threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be 1 or more");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    InputFiles.Expanded expanded = InputFiles.expand(inputs, err, "vpdq");
    List<Path> videos = expanded.files();
    if (outputDirectory != null) {
      checkOutputDirectory(videos);
    }
    boolean withPath =
        !(inputs.size() == 1
            && !Files.isDirectory(
                WorkingDirectory.resolve(inputs.get(0)), LinkOption.NOFOLLOW_LINKS));
    // Results come in the order given: the n-th is the n-th video as the user named it.
    int[] next = {0};
    VpdqOptions options = new VpdqOptions(secondsPerHash, downsampleFrameDimension);
    int failures = expanded.missing();
    try (VpdqBatch batch = new VpdqBatch(threads, options)) {
      failures +=
          batch.hashInOrder(
              expanded.opened(),
              (opened, frames) -> {
                Path video = videos.get(next[0]++);
                if (outputDirectory != null) {
                  if (!write(video, frames, err)) {
                    failedWrites++;
                  }
                } else {
                  out.print(lines(frames, withPath ? "," + video : ""));
                }
              },
              failure ->
                  err.println("okju vpdq: " + videos.get(next[0]++) + ": " + failure.reason()));
    }
    out.flush();
    err.flush();
    return failures + failedWrites == 0 ? ExitCode.OK : ExitCode.PARTIAL;
  }

  private static String lines(List<VpdqFrame> frames, String suffix) {
    StringBuilder sb = new StringBuilder(frames.size() * (80 + suffix.length()));
    for (VpdqFrame f : frames) {
      sb.append(VpdqText.format(f)).append(suffix).append('\n');
    }
    return sb.toString();
  }

  /** Refuses, before any work, an output directory that is missing or names clashing. */
  private void checkOutputDirectory(List<Path> videos) {
    if (!Files.isDirectory(WorkingDirectory.resolve(outputDirectory))) {
      throw CliException.usage("no such directory: " + outputDirectory);
    }
    Map<Path, Path> writers = new HashMap<>();
    for (Path video : videos) {
      Path target = outputFile(video);
      Path earlier = writers.putIfAbsent(target, video);
      if (earlier != null) {
        throw CliException.usage(
            "two videos would write "
                + target
                + ": "
                + earlier
                + " and "
                + video
                + " (hash them into different --output-directory)");
      }
    }
  }

  /** As the reference: the base name up to its last dot, then {@code .txt}. */
  private Path outputFile(Path video) {
    String name = video.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return outputDirectory.resolve((dot < 0 ? name : name.substring(0, dot)) + ".txt");
  }

  /** Written under a temporary name and renamed, so no half-written hash file is ever seen. */
  private boolean write(Path video, List<VpdqFrame> frames, PrintWriter err) {
    Path target = outputFile(video);
    Path written = WorkingDirectory.resolve(target);
    Path tmp = written.resolveSibling(written.getFileName() + ".part");
    try {
      Files.writeString(tmp, lines(frames, ""), StandardCharsets.UTF_8);
      Files.move(tmp, written, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return true;
    } catch (IOException e) {
      err.println("okju vpdq: " + target + ": cannot write: " + e.getMessage());
      return false;
    }
  }
}
