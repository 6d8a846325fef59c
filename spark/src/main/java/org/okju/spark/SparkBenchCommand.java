package org.okju.spark;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.okju.fingerprint.Pdq256;
import org.okju.index.MultiIndexHashIndex;
import org.okju.index.PackedHashes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code okju bench spark}: fingerprinting the same images with okju ingest and on Spark's {@code
 * local[1]} and {@code local[2]}, and matching random query hashes against a random reference on
 * {@code local[2]} beside the single-process index's rate on one core, all in this JVM, each after
 * a warm-up run.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "okju bench spark: fingerprint N images with okju ingest, Spark local[1] and local[2];",
      "match random query hashes against a random reference at distance 31 on local[2] beside",
      "okju's index on one core."
    })
final class SparkBenchCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--images",
      paramLabel = "N",
      description = "Images to fingerprint (default: ${DEFAULT-VALUE}).")
  int images = 2000;

  @Option(
      names = "--size",
      paramLabel = "WxH",
      description = "Their size in pixels (default: ${DEFAULT-VALUE}).")
  String size = "800x500";

  @Option(
      names = "--reference-hashes",
      paramLabel = "N",
      description = "Reference hashes of the match bench (default: ${DEFAULT-VALUE}).")
  int referenceHashes = 1_000_000;

  @Option(
      names = "--query-hashes",
      paramLabel = "N",
      description = "Query hashes of the match bench (default: ${DEFAULT-VALUE}).")
  long queryHashes = 10_000_000L;

  @Option(
      names = "--single-queries",
      paramLabel = "N",
      description = "Queries timed on the single-process index (default: ${DEFAULT-VALUE}).")
  int singleQueries = 200_000;

  @Option(
      names = "--files-per-task",
      paramLabel = "N",
      description = "Images one fingerprint task takes (default: ${DEFAULT-VALUE}).")
  int filesPerTask = 16;

  @Option(
      names = "--rounds",
      paramLabel = "N",
      description =
          "Times the local[1] and local[2] fingerprint runs are alternated (default:"
              + " ${DEFAULT-VALUE}).")
  int rounds = 2;

  @Option(names = "--no-fingerprint", description = "Skip the fingerprint part.")
  boolean noFingerprint;

  @Option(names = "--no-match", description = "Skip the match part.")
  boolean noMatch;

  @Option(
      names = "--work",
      paramLabel = "DIR",
      description = "Where the corpus and outputs go (default: a temporary directory).")
  Path work;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path dir =
        work != null
            ? Files.createDirectories(work)
            : Files.createTempDirectory("okju-bench-spark-");
    out.printf(Locale.ROOT, "load average at start: %s%n", loadAverage());
    try {
      if (!noFingerprint) {
        new FingerprintBench(vectors(), images, size, filesPerTask, rounds).run(out, dir);
      }
      if (!noMatch) {
        match(out);
      }
    } finally {
      if (work == null) {
        deleteTree(dir);
      }
    }
    out.printf(Locale.ROOT, "load average at end: %s%n", loadAverage());
    out.flush();
    return 0;
  }

  private void match(PrintWriter out) {
    SplittableRandom random = new SplittableRandom(15);
    List<MatchMedia> reference = new ArrayList<>(referenceHashes);
    PackedHashes.Builder packed = PackedHashes.builder(referenceHashes);
    for (int i = 0; i < referenceHashes; i++) {
      Pdq256 h =
          Pdq256.ofWords(
              random.nextLong(), random.nextLong(), random.nextLong(), random.nextLong());
      reference.add(MatchMedia.entry("r" + i, null, null, null, "bench", null, List.of(h)));
      packed.add(h, i);
    }
    MultiIndexHashIndex index = MultiIndexHashIndex.build(packed.build());
    ViewRule rule = ViewRule.of(31, -1);
    // Single process, one core: the index's own query loop.
    SplittableRandom q = new SplittableRandom(16);
    for (int i = 0; i < 20_000; i++) {
      index.query(QueryHashes.next(q, index), 31);
    }
    long hits = 0;
    Timing.Clock clock = Timing.start();
    for (int i = 0; i < singleQueries; i++) {
      hits += index.query(QueryHashes.next(q, index), 31).size();
    }
    Timing singleTime = clock.stop();
    double single = singleQueries / singleTime.wall();
    double singleCpu = singleQueries / singleTime.cpu();
    out.printf(
        Locale.ROOT,
        "%nmatch: %,d query hashes against %,d reference hashes, distance 31 (1%% of queries near a reference hash)%n",
        queryHashes,
        referenceHashes);
    out.println(
        "| run | cores | queries | seconds | queries/s | per core | vs single-process per core |"
            + " queries per CPU-second | vs single-process per CPU-second |");
    out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    out.printf(
        Locale.ROOT,
        "| okju MultiIndexHashIndex, single process | 1 | %,d | %.1f | %,.0f | %,.0f | 1.00 | %,.0f"
            + " | 1.00 |%n",
        singleQueries,
        singleTime.wall(),
        single,
        single,
        singleCpu);
    out.flush();
    SparkSession session = SparkSessions.local(2);
    try {
      JavaSparkContext jsc = JavaSparkContext.fromSparkContext(session.sparkContext());
      Broadcast<ReferenceViews> shared = jsc.broadcast(new ReferenceViews(reference, rule));
      int slices = (int) Math.max(4, queryHashes / 250_000);
      long per = queryHashes / slices;
      List<Integer> seeds = new ArrayList<>();
      for (int i = 0; i < slices; i++) {
        seeds.add(i);
      }
      // Warm-up: JIT and the executors' index, on a small slice.
      jsc.parallelize(List.of(-1), 1)
          .mapPartitions(QueryHashes.generator(shared, 50_000))
          .mapPartitions(new BroadcastMatcher(shared, rule))
          .count();
      Timing.Clock sparkClock = Timing.start();
      long found =
          jsc.parallelize(seeds, slices)
              .mapPartitions(QueryHashes.generator(shared, per))
              .mapPartitions(new BroadcastMatcher(shared, rule))
              .count();
      Timing t = sparkClock.stop();
      double rate = per * slices / t.wall();
      double rateCpu = per * slices / t.cpu();
      out.printf(
          Locale.ROOT,
          "| okju spark match (broadcast index), local[2] | 2 | %,d | %.1f | %,.0f | %,.0f | %.2f |"
              + " %,.0f | %.2f |%n",
          per * slices,
          t.wall(),
          rate,
          rate / 2,
          rate / 2 / single,
          rateCpu,
          rateCpu / singleCpu);
      out.printf(
          Locale.ROOT,
          "matches found: %,d on Spark; %,d in the single-process sample%n",
          found,
          hits);
    } finally {
      session.stop();
    }
  }

  private static Path vectors() {
    String configured = System.getProperty("okju.testvectors");
    if (configured == null) {
      String home = System.getProperty("okju.home", ".");
      configured = Path.of(home).resolve("../shared/testvectors").toString();
    }
    return Path.of(configured).resolve("threatexchange").toAbsolutePath().normalize();
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (java.io.IOException e) {
      return "unknown";
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (java.io.IOException e) {
      // a temporary directory left behind
    }
  }
}
