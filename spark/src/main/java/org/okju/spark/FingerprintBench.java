package org.okju.spark;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.okju.casefile.CaseLocation;
import org.okju.casefile.CaseStore;
import org.okju.ingest.Ingest;

/**
 * The fingerprint half of {@code okju bench spark}: the same images through {@code okju ingest}
 * (in-process, 2 workers) and {@code okju spark fingerprint} on {@code local[1]} and {@code
 * local[2]}, each after a warm-up run, the two Spark runs alternated for a number of rounds (the
 * first round's {@code local[1]} still pays for compiling Spark's write path). Besides wall and CPU
 * seconds it prints, per Spark run, the CPU its tasks used, the task slots they held and where the
 * rest went, and from those the speed-up on cores of its own ({@link ScalingEstimate}): what a
 * loaded machine's wall times cannot show.
 */
final class FingerprintBench {
  private final Path vectors;
  private final int images;
  private final int width;
  private final int height;
  private final int filesPerTask;
  private final int rounds;

  FingerprintBench(Path vectors, int images, String size, int filesPerTask, int rounds) {
    String[] wh = size.split("x", -1);
    this.vectors = vectors;
    this.images = images;
    this.width = Integer.parseInt(wh[0]);
    this.height = Integer.parseInt(wh[1]);
    this.filesPerTask = filesPerTask;
    this.rounds = rounds;
  }

  void run(PrintWriter out, Path dir) throws Exception {
    Path corpus = dir.resolve("images");
    BenchImages.make(vectors, images, width, height, corpus);
    Path warm = dir.resolve("warm");
    BenchImages.make(vectors, 40, width, height, warm);
    long bytes;
    try (Stream<Path> s = Files.list(corpus)) {
      bytes = s.mapToLong(p -> p.toFile().length()).sum();
    }
    out.printf(
        Locale.ROOT,
        "%nfingerprint: %d JPEGs %dx%d, %.1f MB, %d files a task%n",
        images,
        width,
        height,
        bytes / 1e6,
        filesPerTask);
    out.println(
        "| run | cores | seconds | files/s | CPU s | CPU ms a file | time vs okju ingest | CPU vs"
            + " okju ingest |");
    out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
    Timing ingest = ingest(dir, warm, corpus);
    out.printf(
        Locale.ROOT,
        "| okju ingest (in-process, 2 workers) | 2 | %.1f | %.1f | %.1f | %.1f | 1.00 | 1.00 |%n",
        ingest.wall(),
        images / ingest.wall(),
        ingest.cpu(),
        ingest.cpu() * 1000 / images);
    out.flush();
    List<SparkRun> runs = new ArrayList<>();
    for (int round = 1; round <= rounds; round++) {
      for (int cores : new int[] {1, 2}) {
        SparkRun r = sparkRun(cores, warm, corpus, dir.resolve("out-" + cores + "-" + round));
        runs.add(r);
        Timing t = r.timing();
        out.printf(
            Locale.ROOT,
            "| okju spark fingerprint, local[%d]%s | %d | %.1f | %.1f | %.1f | %.1f | %.2f | %.2f"
                + " |%n",
            cores,
            rounds > 1 ? ", round " + round : "",
            cores,
            t.wall(),
            images / t.wall(),
            t.cpu(),
            t.cpu() * 1000 / images,
            t.wall() / ingest.wall(),
            t.cpu() / ingest.cpu());
        out.flush();
      }
    }
    scalingTable(out, runs);
    for (int round = 1; round <= rounds; round++) {
      SparkRun one = runs.get(2 * round - 2);
      SparkRun two = runs.get(2 * round - 1);
      out.printf(
          Locale.ROOT,
          "%s: speed-up local[1] -> local[2] on cores of its own %.2fx (goal >= 1.8) ="
              + " CPU-normalised throughput %.2f x cores used %.2f / %.2f; measured wall under"
              + " this load %.2fx. Spark local[2] / okju ingest: %.2f CPU (goal <= 1.25), %.2f"
              + " wall%n",
          rounds > 1 ? "round " + round : "run",
          two.scaling().speedUpOver(one.scaling()),
          one.timing().cpu() / two.timing().cpu(),
          two.scaling().coresUsed(),
          one.scaling().coresUsed(),
          one.timing().wall() / two.timing().wall(),
          two.timing().cpu() / ingest.cpu(),
          two.timing().wall() / ingest.wall());
    }
  }

  /**
   * One Spark run on {@code local[cores]} in a session of its own, after a warm-up run.
   *
   * @param timing wall and process CPU of the timed run
   * @param scaling its CPU in and outside tasks and the task slots held
   * @param outside where the CPU outside tasks went: the largest threads but the tasks'
   */
  private record SparkRun(int cores, Timing timing, ScalingEstimate scaling, String outside) {}

  private SparkRun sparkRun(int cores, Path warm, Path corpus, Path out) throws Exception {
    SparkSession session = SparkSessions.local(cores);
    try {
      FingerprintJob job = new FingerprintJob(session);
      job.run(settings(warm, out.resolveSibling(out.getFileName() + "-warm")));
      TaskTimes tasks = new TaskTimes();
      session.sparkContext().addSparkListener(tasks);
      ThreadCpu before = ThreadCpu.snapshot();
      Timing.Clock clock = Timing.start();
      job.run(settings(corpus, out));
      Timing timing = clock.stop();
      ThreadCpu after = ThreadCpu.snapshot();
      // Task-end events reach listeners on Spark's listener bus, after the job returns.
      session.sparkContext().listenerBus().waitUntilEmpty();
      Map<String, Double> threads = after.since(before);
      threads.keySet().removeIf(ThreadCpu::taskThread);
      String outside = ThreadCpu.top(threads, 4);
      return new SparkRun(
          cores, timing, ScalingEstimate.of(cores, timing, tasks.summary()), outside);
    } finally {
      session.stop();
    }
  }

  private static void scalingTable(PrintWriter out, List<SparkRun> runs) {
    out.println(
        "| run | CPU s | in tasks | outside tasks | task slots held | cores used on idle cores |"
            + " seconds on idle cores | outside tasks: largest threads, CPU s |");
    out.println("|---|---:|---:|---:|---:|---:|---:|---|");
    for (SparkRun r : runs) {
      ScalingEstimate s = r.scaling();
      out.printf(
          Locale.ROOT,
          "| local[%d] | %.1f | %.1f | %.1f | %.2f | %.2f | %.1f | %s |%n",
          r.cores(),
          s.cpu(),
          s.taskCpu(),
          s.outsideTasks(),
          s.occupancy(),
          s.coresUsed(),
          s.quietWall(),
          r.outside());
    }
  }

  private FingerprintJob.Settings settings(Path input, Path out) {
    return new FingerprintJob.Settings(List.of(input), out, 1.0, filesPerTask, true);
  }

  private static Timing ingest(Path dir, Path warm, Path corpus) throws Exception {
    try (CaseStore warmCase = CaseStore.open(CaseLocation.directory(dir.resolve("warm-case")))) {
      Ingest.create(warmCase, c -> c.threads(2)).run(warm);
    }
    try (CaseStore store = CaseStore.open(CaseLocation.directory(dir.resolve("case")))) {
      Timing.Clock clock = Timing.start();
      Ingest.create(store, c -> c.threads(2)).run(corpus);
      return clock.stop();
    }
  }
}
