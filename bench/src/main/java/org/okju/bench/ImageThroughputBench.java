package org.okju.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code okju ingest IMAGE.E01 --no-fingerprints} beside {@code ewfverify} of the same image (which
 * reads and hashes it once: the least any tool that reads an E01 must do) and beside okju's ingest
 * of the same files from a folder, in the same run, warm cache, alternated so that a disturbance of
 * the shared machine falls on all three; medians compared. The goal: the whole image
 * ingest, every file's crypto hashes included, within 1.5 times {@code ewfverify}'s time.
 */
public final class ImageThroughputBench {
  /**
   * Repeated runs of one command: wall seconds, and CPU seconds of okju's process or of the tool
   * (on a shared machine the wall time says as much about the other processes as about the command;
   * the CPU time does not, but it does not show what running on several cores gains).
   */
  public record Row(String what, long bytes, List<Double> seconds, List<Double> cpuSeconds) {
    public Row {
      seconds = List.copyOf(seconds);
      cpuSeconds = List.copyOf(cpuSeconds);
    }

    double median() {
      return Medians.of(seconds);
    }

    double medianCpu() {
      return Medians.of(cpuSeconds);
    }
  }

  /**
   * The rows of one comparison: {@code ewfverify} as the reference (MD5 only), {@code
   * ewfverify -d sha1,sha256} (the three media hashes okju records), okju on the image and on the
   * folder.
   */
  public record Result(Row ewfverify, Row ewfverifyAll, Row image, Row folder, long imageBytes) {
    /** okju's image ingest time over ewfverify's (medians). */
    public double ratioToEwfverify() {
      return image.median() / ewfverify.median();
    }

    /** okju's image ingest CPU time over ewfverify's (medians). */
    public double cpuRatioToEwfverify() {
      return image.medianCpu() / ewfverify.medianCpu();
    }
  }

  private final IngestThroughputBench ingest = new IngestThroughputBench();

  /**
   * Puts the files of {@code folder} on a FAT32 file system ({@code mkfs.fat}, {@code mcopy -s})
   * and acquires it into {@code work/bench.E01} with {@code ewfacquire} (deflate, fast), as a
   * write-blocked pen drive would be imaged.
   */
  public static Path build(Path folder, Path work) throws IOException, InterruptedException {
    long bytes;
    try (Stream<Path> walk = Files.walk(folder)) {
      bytes = walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
    // FAT32 needs some 65,525 clusters at least; clusters and directories take a tenth more.
    long kib = Math.max(64L << 10, bytes / 1024 * 11 / 10 + (32L << 10));
    Path raw = work.resolve("bench.dd");
    run(work, List.of("mkfs.fat", "-C", "-F", "32", raw.toString(), Long.toString(kib)));
    List<String> mcopy = new ArrayList<>(List.of("mcopy", "-s", "-i", raw.toString()));
    try (Stream<Path> top = Files.list(folder)) {
      top.sorted().forEach(p -> mcopy.add(p.toString()));
    }
    mcopy.add("::/");
    run(work, mcopy);
    run(
        work,
        List.of(
            "ewfacquire",
            "-u",
            "-q",
            "-t",
            work.resolve("bench").toString(),
            "-c",
            "deflate:fast",
            "-S",
            "4GiB",
            raw.toString()));
    Files.delete(raw);
    return work.resolve("bench.E01");
  }

  /**
   * Measures {@code runs} alternated rounds after one warm-up round (not counted: it fills the page
   * cache and lets the JIT compile okju's ingest).
   */
  public Result compare(Path e01, Path folder, int runs) throws IOException, InterruptedException {
    List<List<Double>> verify = List.of(new ArrayList<>(), new ArrayList<>());
    List<List<Double>> verifyAll = List.of(new ArrayList<>(), new ArrayList<>());
    List<List<Double>> image = List.of(new ArrayList<>(), new ArrayList<>());
    List<List<Double>> files = List.of(new ArrayList<>(), new ArrayList<>());
    Map<String, IngestThroughputBench.KindRow> ignored = new TreeMap<>();
    long imageBytes = Files.size(e01);
    long folderBytes = 0;
    for (int round = -1; round < runs; round++) {
      boolean counted = round >= 0;
      Path dir = e01.getParent();
      timed(verify, counted, () -> run(dir, List.of("ewfverify", "-q", e01.toString())));
      timed(
          verifyAll,
          counted,
          () -> run(dir, List.of("ewfverify", "-q", "-d", "sha1,sha256", e01.toString())));
      timed(image, counted, () -> ingest.okju(e01, false, ignored));
      long[] bytes = new long[1];
      timed(files, counted, () -> bytes[0] = ingest.okju(folder, false, ignored).bytes());
      folderBytes = bytes[0];
    }
    return new Result(
        new Row(
            "ewfverify (reads and hashes the image once)",
            imageBytes,
            verify.get(0),
            verify.get(1)),
        new Row(
            "ewfverify -d sha1,sha256 (okju's 3 media hashes)",
            imageBytes,
            verifyAll.get(0),
            verifyAll.get(1)),
        new Row("okju ingest IMAGE.E01 --no-fingerprints", imageBytes, image.get(0), image.get(1)),
        new Row(
            "okju ingest FOLDER --no-fingerprints (same files)",
            folderBytes,
            files.get(0),
            files.get(1)),
        imageBytes);
  }

  /** One measured command. */
  @FunctionalInterface
  private interface Step {
    void run() throws IOException, InterruptedException;
  }

  /**
   * Runs {@code step}; when {@code counted}, adds its wall seconds to {@code into.get(0)} and the
   * CPU seconds of this process and its children to {@code into.get(1)}.
   */
  private static void timed(List<List<Double>> into, boolean counted, Step step)
      throws IOException, InterruptedException {
    long cpu = ProcessCpu.withChildrenNanos();
    long t = System.nanoTime();
    step.run();
    double wall = (System.nanoTime() - t) / 1e9;
    double cpuSeconds = (ProcessCpu.withChildrenNanos() - cpu) / 1e9;
    if (counted) {
      into.get(0).add(wall);
      into.get(1).add(cpu < 0 ? Double.NaN : cpuSeconds);
    }
  }

  /** Prints the table and the ratio. */
  public static void print(Result r, PrintStream out) {
    out.printf(
        Locale.ROOT,
        "%-52s %10s %10s %10s  %s%n",
        "",
        "bytes",
        "median s",
        "median CPU",
        "runs (wall s / CPU s)");
    for (Row row : List.of(r.ewfverify(), r.ewfverifyAll(), r.image(), r.folder())) {
      StringBuilder runs = new StringBuilder();
      for (int i = 0; i < row.seconds().size(); i++) {
        runs.append(
            String.format(
                Locale.ROOT, " %.2f/%.2f", row.seconds().get(i), row.cpuSeconds().get(i)));
      }
      out.printf(
          Locale.ROOT,
          "%-52s %10d %10.2f %10.2f %s%n",
          row.what(),
          row.bytes(),
          row.median(),
          row.medianCpu(),
          runs);
    }
    out.printf(
        Locale.ROOT,
        "%nokju image ingest / ewfverify, medians: wall %.2fx (goal: at most 1.5x), CPU %.2fx;"
            + " / ewfverify -d sha1,sha256: wall %.2fx, CPU %.2fx%n",
        r.ratioToEwfverify(),
        r.cpuRatioToEwfverify(),
        r.image().median() / r.ewfverifyAll().median(),
        r.image().medianCpu() / r.ewfverifyAll().medianCpu());
    out.printf(
        Locale.ROOT,
        "(CPU: okju's whole process, every thread and the tools it ran; ewfverify's process;"
            + " load average now %.1f)%n",
        ProcessCpu.loadAverage());
  }

  private static void run(Path dir, List<String> cmd) throws IOException, InterruptedException {
    ProcessBuilder pb =
        new ProcessBuilder(cmd)
            .directory(dir.toFile())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD);
    pb.environment().put("MTOOLS_SKIP_CHECK", "1");
    Process p = pb.start();
    if (!p.waitFor(2, TimeUnit.HOURS) || p.exitValue() != 0) {
      throw new IOException(String.join(" ", cmd) + " failed");
    }
  }
}
