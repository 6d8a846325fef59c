package org.okju.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.okju.fingerprint.Dihedral;
import org.okju.fingerprint.ImageDecodeException;
import org.okju.fingerprint.ImageDecoder;
import org.okju.fingerprint.PdqBatch;
import org.okju.fingerprint.PdqHasher;

/**
 * Side-by-side PDQ throughput: okju's PDQ (decode + hash) at full resolution and with the C++
 * tool's 512 downsample, on one thread and on all cores, next to decoding alone with the same JDK
 * decoder (the ceiling any ImageIO-based hasher, the Java reference included, can reach).
 */
public final class PdqThroughputBench {
  /** One measured configuration. */
  public record Row(String what, int threads, int files, long bytes, double seconds) {
    double filesPerSecond() {
      return files / seconds;
    }

    double megabytesPerSecond() {
      return bytes / 1e6 / seconds;
    }
  }

  private final int cores = Runtime.getRuntime().availableProcessors();

  /** Runs every configuration over {@code files}, each after one warm-up pass. */
  public List<Row> run(String corpus, List<Path> files) throws IOException, InterruptedException {
    long bytes = 0;
    for (Path f : files) {
      bytes += Files.size(f);
    }
    List<Row> rows = new ArrayList<>();
    for (int threads : new int[] {1, cores}) {
      decodeOnly(files, threads);
      rows.add(
          new Row(
              corpus + ": JDK decode only (ceiling)",
              threads,
              files.size(),
              bytes,
              decodeOnly(files, threads)));
    }
    for (PdqHasher.Resolution resolution : PdqHasher.Resolution.values()) {
      for (int threads : new int[] {1, cores}) {
        hash(files, threads, resolution);
        String label =
            corpus
                + ": okju pdq "
                + (resolution == PdqHasher.Resolution.FULL
                    ? "full resolution"
                    : "--downsample-512");
        rows.add(new Row(label, threads, files.size(), bytes, hash(files, threads, resolution)));
      }
    }
    return rows;
  }

  private static double hash(List<Path> files, int threads, PdqHasher.Resolution resolution)
      throws InterruptedException {
    long t0 = System.nanoTime();
    try (PdqBatch batch = new PdqBatch(threads, resolution, EnumSet.of(Dihedral.ORIGINAL))) {
      int failed = batch.hashInOrder(files, (f, r, w) -> {}, (f, reason) -> {});
      if (failed > 0) {
        throw new IllegalStateException(failed + " benchmark images failed to hash");
      }
    }
    return (System.nanoTime() - t0) / 1e9;
  }

  private static double decodeOnly(List<Path> files, int threads) throws InterruptedException {
    ImageDecoder decoder = new ImageDecoder();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long t0 = System.nanoTime();
    try {
      // Keep only the width of each decoded image, not its pixels: a run must fit a small heap.
      List<Future<Integer>> futures = new ArrayList<>();
      for (Path f : files) {
        futures.add(pool.submit(() -> decode(decoder, f).getWidth()));
      }
      for (Future<Integer> fu : futures) {
        try {
          fu.get();
        } catch (java.util.concurrent.ExecutionException e) {
          throw new IllegalStateException(e.getCause());
        }
      }
    } finally {
      pool.shutdownNow();
    }
    return (System.nanoTime() - t0) / 1e9;
  }

  private static BufferedImage decode(ImageDecoder decoder, Path f) {
    try {
      return decoder.decode(f);
    } catch (ImageDecodeException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /** Prints the rows as an aligned table. */
  public static void print(List<Row> rows, PrintStream out) {
    out.printf(
        "%-52s %7s %6s %9s %8s %9s%n",
        "configuration", "threads", "files", "seconds", "files/s", "MB/s");
    for (Row r : rows) {
      out.printf(
          "%-52s %7d %6d %9.2f %8.1f %9.1f%n",
          r.what(),
          r.threads(),
          r.files(),
          r.seconds(),
          r.filesPerSecond(),
          r.megabytesPerSecond());
    }
  }
}
