package org.okju.spark;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.okju.casefile.CaseLocation;
import org.okju.casefile.CaseStore;
import org.okju.ingest.Ingest;

/**
 * The fingerprint half of {@code okju bench spark}: the same images through {@code okju ingest}
 * (in-process, 2 workers) and {@code okju spark fingerprint} on {@code local[1]} and {@code
 * local[2]}, each after a warm-up run. Besides wall and CPU seconds it prints, per Spark run, the
 * CPU its tasks used, the task slots they held and where the rest went, and from those the speed-up
 * on cores of its own ({@link ScalingEstimate}): what a loaded machine's wall times cannot show.
 */
final class FingerprintBench {
  private final Path vectors;
  private final int images;
  private final int width;
  private final int height;
  private final int filesPerTask;

  FingerprintBench(Path vectors, int images, String size, int filesPerTask) {
    String[] wh = size.split("x", -1);
    this.vectors = vectors;
    this.images = images;
    this.width = Integer.parseInt(wh[0]);
    this.height = Integer.parseInt(wh[1]);
    this.filesPerTask = filesPerTask;
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
    Timing[] spark = new Timing[3];
    ScalingEstimate[] scaling = new ScalingEstimate[3];
    String[] outside = new String[3];
    for (int cores : new int[] {1, 2}) {
      SparkSession session = SparkSessions.local(cores);
      try {
        FingerprintJob job = new FingerprintJob(session);
        job.run(settings(warm, dir.resolve("warm-out-" + cores)));
        TaskTimes tasks = new TaskTimes();
        session.sparkContext().addSparkListener(tasks);
        ThreadCpu threadsBefore = ThreadCpu.snapshot();
        Timing.Clock clock = Timing.start();
        job.run(settings(corpus, dir.resolve("out-" + cores)));
        spark[cores] = clock.stop();
        ThreadCpu threadsAfter = ThreadCpu.snapshot();
        // Task-end events reach listeners on Spark's listener bus, after the job returns.
        session.sparkContext().listenerBus().waitUntilEmpty();
        scaling[cores] = ScalingEstimate.of(cores, spark[cores], tasks.summary());
        java.util.Map<String, Double> byKind = threadsAfter.since(threadsBefore);
        byKind.keySet().removeIf(k -> k.startsWith("Executor task launch worker"));
        outside[cores] = ThreadCpu.top(byKind, 4);
      } finally {
        session.stop();
      }
      Timing t = spark[cores];
      out.printf(
          Locale.ROOT,
          "| okju spark fingerprint, local[%d] | %d | %.1f | %.1f | %.1f | %.1f | %.2f | %.2f |%n",
          cores,
          cores,
          t.wall(),
          images / t.wall(),
          t.cpu(),
          t.cpu() * 1000 / images,
          t.wall() / ingest.wall(),
          t.cpu() / ingest.cpu());
      out.flush();
    }
    scalingTable(out, scaling, outside);
    out.printf(
        Locale.ROOT,
        "speed-up local[1] -> local[2] on cores of its own: %.2fx (goal >= 1.8) = CPU-normalised"
            + " throughput %.2f x cores used %.2f / %.2f; measured wall under this load %.2fx."
            + " Spark local[2] / okju ingest: %.2f CPU (goal <= 1.25), %.2f wall%n",
        scaling[2].speedUpOver(scaling[1]),
        spark[1].cpu() / spark[2].cpu(),
        scaling[2].coresUsed(),
        scaling[1].coresUsed(),
        spark[1].wall() / spark[2].wall(),
        spark[2].cpu() / ingest.cpu(),
        spark[2].wall() / ingest.wall());
  }

  private static void scalingTable(PrintWriter out, ScalingEstimate[] scaling, String[] outside) {
    out.println(
        "| run | CPU s | in tasks | outside tasks | task slots held | cores used on idle cores |"
            + " seconds on idle cores | outside tasks, largest Java threads |");
    out.println("|---|---:|---:|---:|---:|---:|---:|---|");
    for (int cores = 1; cores <= 2; cores++) {
      ScalingEstimate s = scaling[cores];
      out.printf(
          Locale.ROOT,
          "| local[%d] | %.1f | %.1f | %.1f | %.2f | %.2f | %.1f | %s |%n",
          cores,
          s.cpu(),
          s.taskCpu(),
          s.outsideTasks(),
          s.occupancy(),
          s.coresUsed(),
          s.quietWall(),
          outside[cores]);
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
