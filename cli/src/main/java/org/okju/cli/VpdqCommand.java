package org.okju.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.okju.fingerprint.video.VideoDecodeException;
import org.okju.fingerprint.video.VpdqFrame;
import org.okju.fingerprint.video.VpdqHasher;
import org.okju.fingerprint.video.VpdqOptions;
import org.okju.fingerprint.video.VpdqText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code okju vpdq}: the vPDQ hashes of one video, in the C++ {@code vpdq-hash-video} format. */
@Command(
    name = "vpdq",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the vPDQ hashes of a video, one line per hashed frame.",
      "Prints the vPDQ hashes of a video, one line per hashed frame: "
          + "frameNumber,quality,pdqHex,timestampSeconds (as Meta's vpdq-hash-video writes them). "
          + "The video is decoded in-process (FFmpeg); no ffmpeg binary is needed. A video that "
          + "cannot be decoded is reported on stderr (exit code 3)."
    })
final class VpdqCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "VIDEO", description = "Video file.")
  Path video;

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

  @Override
  public Integer call() {
    if (!(secondsPerHash >= 0) || Float.isInfinite(secondsPerHash)) {
      throw new ParameterException(
          spec.commandLine(), "--seconds-per-hash must be a non-negative number");
    }
    if (downsampleFrameDimension < 0) {
      throw new ParameterException(
          spec.commandLine(), "--downsample-frame-dimension must be 0 or more");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    InputFiles.expand(List.of(video), err, "vpdq");
    VpdqOptions options = new VpdqOptions(secondsPerHash, downsampleFrameDimension);
    List<VpdqFrame> frames;
    try {
      frames = new VpdqHasher().hash(video, options);
    } catch (VideoDecodeException e) {
      err.println("okju vpdq: " + e.path() + ": " + e.reason());
      err.flush();
      return ExitCode.PARTIAL;
    }
    StringBuilder sb = new StringBuilder(frames.size() * 80);
    for (VpdqFrame f : frames) {
      sb.append(VpdqText.format(f)).append('\n');
    }
    out.print(sb);
    out.flush();
    return ExitCode.OK;
  }
}
