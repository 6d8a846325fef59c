package org.okju.bench;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.okju.testkit.SyntheticPhotos;

/**
 * The media of a web capture for the monitor bench, made at run time and reused by later runs: N
 * pictures of 640x400 that are all different to a copy detector (each a random window of one of the
 * reference photos, flipped or not, under a handful of large random shapes: crops of one photo
 * alone would be crops of each other, so every picture would be a copy of every tape of its photo),
 * and M clips of 4 s (a slow zoom over such a picture made at 1280x720 or 854x480, 25 or 30 frames
 * a second, H.264). Pictures are made on every core, clips two ffmpeg processes at a time. A
 * directory whose {@code NAME.done} beside it names the same counts is reused as it is.
 * Deterministic for given counts and photos (apart from x264's bytes).
 */
final class WebCorpus {
  static final int WIDTH = 640;
  static final int HEIGHT = 400;
  private static final String DONE = ".done";

  private WebCorpus() {}

  /**
   * The corpus in {@code dir}: pictures first ({@code web-NNNNN.jpg}), then clips ({@code
   * clips/NNNN.mp4}); made unless {@code dir} already holds it.
   */
  static List<Path> in(Path dir, List<BufferedImage> photos, int images, int videos)
      throws IOException, InterruptedException {
    String stamp = String.format(Locale.ROOT, "v1 images=%d videos=%d%n", images, videos);
    // Beside the directory, not in it: the ingested folder holds the media and nothing else.
    Path done = dir.resolveSibling(dir.getFileName() + DONE);
    List<Path> pictures = new ArrayList<>();
    for (int i = 0; i < images; i++) {
      pictures.add(dir.resolve(String.format(Locale.ROOT, "web-%05d.jpg", i)));
    }
    List<Path> clips = new ArrayList<>();
    for (int i = 0; i < videos; i++) {
      clips.add(dir.resolve("clips").resolve(String.format(Locale.ROOT, "%04d.mp4", i)));
    }
    if (!Files.exists(done) || !Files.readString(done).equals(stamp)) {
      MonitorThroughputBench.delete(dir);
      Files.createDirectories(dir.resolve("clips"));
      Path stills = Files.createDirectories(dir.getParent().resolve("stills"));
      int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
      ExecutorService pool = Executors.newFixedThreadPool(cores);
      try {
        List<Future<?>> work = new ArrayList<>();
        for (int i = 0; i < images; i++) {
          int n = i;
          work.add(
              pool.submit(
                  () -> {
                    SyntheticPhotos.writeJpeg(picture(photos, n, WIDTH, HEIGHT), pictures.get(n));
                    return null;
                  }));
        }
        await(work);
        work.clear();
        for (int i = 0; i < videos; i++) {
          int n = i;
          work.add(pool.submit(() -> clip(photos, n, stills, clips.get(n))));
        }
        await(work);
      } finally {
        pool.shutdownNow();
      }
      Files.writeString(done, stamp, StandardCharsets.UTF_8);
    }
    List<Path> out = new ArrayList<>(pictures);
    out.addAll(clips);
    return out;
  }

  private static void await(List<Future<?>> work) throws IOException, InterruptedException {
    for (Future<?> f : work) {
      try {
        f.get();
      } catch (ExecutionException e) {
        if (e.getCause() instanceof IOException io) {
          throw io;
        }
        if (e.getCause() instanceof UncheckedIOException io) {
          throw io.getCause();
        }
        throw new IOException("making the corpus failed: " + e.getCause(), e.getCause());
      }
    }
  }

  /** Picture {@code n}: a window of a photo under random shapes, {@code width x height}. */
  static BufferedImage picture(List<BufferedImage> photos, long n, int width, int height) {
    SplittableRandom random = new SplittableRandom(0x5EED_0000L + n);
    BufferedImage src = photos.get((int) (n % photos.size()));
    double scale = 0.35 + 0.6 * random.nextDouble();
    int w = (int) (src.getWidth() * scale);
    int h = Math.min(src.getHeight(), w * height / width);
    int x = random.nextInt(Math.max(1, src.getWidth() - w + 1));
    int y = random.nextInt(Math.max(1, src.getHeight() - h + 1));
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = img.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      boolean flip = random.nextBoolean();
      g.drawImage(src, flip ? width : 0, 0, flip ? 0 : width, height, x, y, x + w, y + h, null);
      int shapes = 5 + random.nextInt(5);
      for (int s = 0; s < shapes; s++) {
        g.setComposite(
            AlphaComposite.getInstance(
                AlphaComposite.SRC_OVER, 0.55f + 0.4f * (float) random.nextDouble()));
        g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256)));
        int sw = width / 8 + random.nextInt(width / 3);
        int sh = height / 8 + random.nextInt(height / 3);
        int sx = random.nextInt(width) - sw / 2;
        int sy = random.nextInt(height) - sh / 2;
        switch (random.nextInt(3)) {
          case 0 -> g.fillOval(sx, sy, sw, sh);
          case 1 -> g.fillRect(sx, sy, sw, sh);
          default -> {
            g.setStroke(new BasicStroke(4 + random.nextInt(16)));
            g.drawLine(sx, sy, sx + sw, sy + sh);
          }
        }
      }
    } finally {
      g.dispose();
    }
    return img;
  }

  /** Clip {@code n}: 4 s of a slow zoom over a picture of its own, H.264. */
  private static Void clip(List<BufferedImage> photos, int n, Path stills, Path out)
      throws IOException, InterruptedException {
    boolean hd = n % 2 == 0;
    int w = hd ? 1280 : 854;
    int h = hd ? 720 : 480;
    int fps = n % 3 == 0 ? 25 : 30;
    Path still = stills.resolve(String.format(Locale.ROOT, "still-%04d.jpg", n));
    SyntheticPhotos.writeJpeg(picture(photos, 1_000_000L + n, w, h), still);
    List<String> argv =
        List.of(
            "ffmpeg",
            "-v",
            "error",
            "-nostdin",
            "-y",
            "-loop",
            "1",
            "-framerate",
            Integer.toString(fps),
            "-i",
            still.toString(),
            "-vf",
            String.format(
                Locale.ROOT,
                "zoompan=z='1.05+0.002*on':x='iw/2-iw/zoom/2+2*on':y='ih/2-ih/zoom/2+on':d=1"
                    + ":s=%dx%d:fps=%d,noise=alls=4:allf=t,format=yuv420p",
                w,
                h,
                fps),
            "-t",
            "4",
            "-c:v",
            "libx264",
            "-preset",
            "veryfast",
            "-threads",
            "1",
            "-crf",
            "23",
            out.toString());
    Path sink = Files.createTempFile("okju-bench-ffmpeg", ".out");
    try {
      ProcessTimer.run(argv, sink);
    } finally {
      Files.deleteIfExists(sink);
      Files.deleteIfExists(still);
    }
    return null;
  }
}
