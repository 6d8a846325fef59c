package org.okju.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Pictures and clips no okju test was tuned on, made at run time by the {@code ffmpeg} command
 * line: slow zooms and pans over ordinary photographs (a landscape, objects on a desk: given as
 * seeds), and ffmpeg's generated sources (fractals, test patterns, cellular automata, gradients)
 * with grain and blur so that they compress like photographs. Deterministic for given counts and
 * seeds.
 */
public final class GeneratedMedia {
  /** One source: ffmpeg's input arguments and the filter graph applied to them. */
  private record Source(String name, List<String> input, String filter) {
    static Source lavfi(String name, String graph) {
      return new Source(name, List.of("-f", "lavfi", "-i", graph), GRAIN);
    }

    /** A slow zoom and pan over one photograph, {@code width x height} frames. */
    static Source photo(String name, Path photo, int width, int height, int fps) {
      return new Source(
          name,
          List.of("-loop", "1", "-framerate", Integer.toString(fps), "-i", photo.toString()),
          String.format(
              Locale.ROOT,
              "zoompan=z='1.1+0.002*on':x='iw/2-iw/zoom/2+3*on':y='ih/2-ih/zoom/2+on':d=1:s=%dx%d"
                  + ":fps=%d,noise=alls=5:allf=t",
              width,
              height,
              fps));
    }
  }

  private static final String GRAIN = "format=yuv420p,noise=alls=10:allf=t,gblur=sigma=0.8";

  private static final List<Source> PHOTO_SOURCES =
      List.of(
          Source.lavfi("mandelbrot", "mandelbrot=s=1600x1000:r=4:maxiter=400,hue=H=t"),
          Source.lavfi("testsrc2", "testsrc2=s=1440x1080:r=3"),
          Source.lavfi("gradients", "gradients=s=1280x960:r=2:n=5:speed=0.5"),
          Source.lavfi("cellauto", "cellauto=s=1000x1500:r=3:rule=110,gblur=sigma=2"),
          Source.lavfi("sierpinski", "sierpinski=s=1200x1200:r=2,hue=s=0.6"));

  private static final List<Source> CLIP_SOURCES =
      List.of(
          Source.lavfi("testsrc2-sd", "testsrc2=s=640x360:r=30"),
          Source.lavfi("mandelbrot-sd", "mandelbrot=s=854x480:r=25:maxiter=300,hue=H=t"),
          Source.lavfi("gradients-hd", "gradients=s=1280x720:r=30:speed=0.02"),
          Source.lavfi("smpte-hd", "smptehdbars=s=1280x720:r=25,hue=H=t/3"),
          Source.lavfi("cellauto-sd", "cellauto=s=640x480:r=30:rule=30"));

  private GeneratedMedia() {}

  /**
   * {@code count} JPEG pictures of 1 to 2 megapixels in {@code dir}: zooms over each seed photo and
   * ffmpeg's generated sources, in turn.
   */
  public static List<Path> photos(int count, List<Path> seeds, Path dir)
      throws IOException, InterruptedException {
    Files.createDirectories(dir);
    List<Source> sources = new ArrayList<>();
    for (int i = 0; i < seeds.size(); i++) {
      sources.add(Source.photo("photo" + i, seeds.get(i), 1600, 1000 + 100 * (i % 3), 5));
    }
    sources.addAll(PHOTO_SOURCES);
    int perSource = (count + sources.size() - 1) / sources.size();
    int left = count;
    for (Source s : sources) {
      int n = Math.min(perSource, left);
      if (n <= 0) {
        break;
      }
      left -= n;
      List<String> args = new ArrayList<>(s.input());
      args.addAll(
          List.of(
              "-vf",
              s.filter(),
              "-frames:v",
              Integer.toString(n),
              "-q:v",
              "3",
              dir.resolve(s.name() + "-%03d.jpg").toString()));
      ffmpeg(args);
    }
    return list(dir);
  }

  /**
   * {@code count} H.264 clips of {@code seconds} each (SD and HD, 25 or 30 frames a second) in
   * {@code dir}: pans over each seed photo and ffmpeg's generated sources, in turn.
   */
  public static List<Path> clips(int count, int seconds, List<Path> seeds, Path dir)
      throws IOException, InterruptedException {
    Files.createDirectories(dir);
    List<Source> sources = new ArrayList<>();
    for (int i = 0; i < seeds.size(); i++) {
      sources.add(Source.photo("pan" + i, seeds.get(i), 1280, 720, 30));
    }
    sources.addAll(CLIP_SOURCES);
    for (int i = 0; i < count; i++) {
      Source s = sources.get(i % sources.size());
      // Each later clip of one source starts further in, so no two clips are the same video.
      int start = (i / sources.size()) * 7;
      List<String> args = new ArrayList<>(s.input());
      args.addAll(
          List.of(
              "-vf",
              s.filter() + ",trim=start=" + start + ",setpts=PTS-STARTPTS",
              "-t",
              Integer.toString(seconds),
              "-c:v",
              "libx264",
              "-preset",
              "veryfast",
              "-crf",
              "23",
              "-pix_fmt",
              "yuv420p",
              dir.resolve(String.format(Locale.ROOT, "%02d-%s.mp4", i, s.name())).toString()));
      ffmpeg(args);
    }
    return list(dir);
  }

  private static void ffmpeg(List<String> args) throws IOException, InterruptedException {
    List<String> argv = new ArrayList<>(List.of("ffmpeg", "-v", "error", "-nostdin", "-y"));
    argv.addAll(args);
    Path sink = Files.createTempFile("okju-bench-ffmpeg", ".out");
    try {
      ProcessTimer.run(argv, sink);
    } finally {
      Files.deleteIfExists(sink);
    }
  }

  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }
}
