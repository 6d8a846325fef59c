package org.okju.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.okju.fingerprint.video.VideoDecodeException;
import org.okju.fingerprint.video.VpdqFrame;
import org.okju.fingerprint.video.VpdqHasher;
import org.okju.fingerprint.video.VpdqOptions;

/**
 * vPDQ throughput: frames decoded per second and multiples of real time, every frame and one hash a
 * second, beside the {@code ffmpeg} command line decoding the same files to nowhere (decode only,
 * one thread) when that tool is installed.
 */
public final class VpdqThroughputBench {
  /** One measured configuration. */
  public record Row(String what, int videos, long frames, double videoSeconds, double seconds) {
    double framesPerSecond() {
      return frames / seconds;
    }

    double timesRealTime() {
      return videoSeconds / seconds;
    }
  }

  private final VpdqHasher hasher = new VpdqHasher();

  /** Runs each configuration over {@code videos} after one warm-up pass. */
  public List<Row> run(String corpus, List<Path> videos)
      throws VideoDecodeException, IOException, InterruptedException {
    List<Row> rows = new ArrayList<>();
    // Frame counts and durations come from an every-frame pass, which also warms the JIT.
    long frames = 0;
    double duration = 0;
    for (Path v : videos) {
      List<VpdqFrame> all = hasher.hash(v, VpdqOptions.EVERY_FRAME);
      frames += all.size();
      duration += all.isEmpty() ? 0 : all.get(all.size() - 1).timestampSeconds();
    }
    rows.add(
        time(
            corpus + ": okju vpdq every frame", videos, frames, duration, VpdqOptions.EVERY_FRAME));
    rows.add(
        time(
            corpus + ": okju vpdq one hash a second",
            videos,
            frames,
            duration,
            VpdqOptions.everySeconds(1)));
    Double ffmpeg = ffmpegDecodeSeconds(videos);
    if (ffmpeg != null) {
      rows.add(
          new Row(
              corpus + ": ffmpeg CLI decode only (reference)",
              videos.size(),
              frames,
              duration,
              ffmpeg));
    }
    return rows;
  }

  private Row time(
      String label, List<Path> videos, long frames, double duration, VpdqOptions options)
      throws VideoDecodeException {
    long t0 = System.nanoTime();
    for (Path v : videos) {
      hasher.hash(v, options);
    }
    return new Row(label, videos.size(), frames, duration, (System.nanoTime() - t0) / 1e9);
  }

  /** Seconds for {@code ffmpeg -threads 1 -i V -f null -} over all videos; null if absent. */
  private static Double ffmpegDecodeSeconds(List<Path> videos)
      throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    for (Path v : videos) {
      Process p;
      try {
        p =
            new ProcessBuilder(
                    "ffmpeg", "-v", "error", "-threads", "1", "-i", v.toString(), "-f", "null", "-")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
      } catch (IOException e) {
        return null;
      }
      if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
        return null;
      }
    }
    return (System.nanoTime() - t0) / 1e9;
  }

  /** Prints the rows as an aligned table. */
  public static void print(List<Row> rows, PrintStream out) {
    out.printf(
        "%-52s %6s %7s %9s %9s %8s%n",
        "configuration", "videos", "frames", "seconds", "frames/s", "x real");
    for (Row r : rows) {
      out.printf(
          "%-52s %6d %7d %9.2f %9.1f %8.1f%n",
          r.what(), r.videos(), r.frames(), r.seconds(), r.framesPerSecond(), r.timesRealTime());
    }
  }
}
