package org.okju.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.okju.index.hashset.HashKind;

/**
 * {@code okju spark match}: every query file against the reference side, exactly by digest and
 * within a PDQ distance by view ({@link ViewRule}), into Parquet ({@link MatchSchema}). The PDQ
 * part runs against okju's multi-index hash index broadcast to the executors when the reference has
 * at most {@code broadcastMaxViews} views ({@link BroadcastMatcher}, no shuffle), else as a banded
 * join ({@link BandedMatcher}); both are exact and give the same rows.
 *
 * <p>Chaining: a row is one pair with its own evidence; nothing is merged transitively. A query
 * file joins a reference tape only through a direct match with one of its files, so a group seen
 * from the output is a star around the reference (diameter at most twice the distance through its
 * centre), never a chain of near-duplicates of near-duplicates.
 */
public final class MatchJob {
  /**
   * What to run.
   *
   * @param reference Parquet directories, cases or hash-set files
   * @param queries Parquet directories or cases
   * @param distance the PDQ distance for two whole pictures ({@code --distance}, 31)
   * @param minQuality drop views below this PDQ quality; -1 keeps every view ({@code
   *     --min-quality})
   * @param broadcastMaxViews the largest reference (in views) broadcast whole; above it, the banded
   *     join
   * @param plainHexKind what a reference's plain list of 64-digit hex values holds ({@code --kind
   *     pdq|sha256}), or null: such a list is then refused
   */
  public record Settings(
      List<String> reference,
      List<String> queries,
      Path out,
      int distance,
      int minQuality,
      long broadcastMaxViews,
      boolean overwrite,
      HashKind plainHexKind) {
    public Settings {
      reference = List.copyOf(reference);
      queries = List.copyOf(queries);
      if (plainHexKind != null && plainHexKind != HashKind.PDQ && plainHexKind != HashKind.SHA256) {
        throw new IllegalArgumentException("64-digit hashes are PDQ or SHA-256: " + plainHexKind);
      }
    }

    /** Settings with no plain 64-digit hex list expected. */
    public Settings(
        List<String> reference,
        List<String> queries,
        Path out,
        int distance,
        int minQuality,
        long broadcastMaxViews,
        boolean overwrite) {
      this(reference, queries, out, distance, minQuality, broadcastMaxViews, overwrite, null);
    }
  }

  /**
   * What was matched and how: {@code broadcast} or {@code banded}; hash-set records that could not
   * be read ({@code malformed}, the first of them in {@code problems}).
   */
  public record Result(
      long queries,
      long references,
      long referenceViews,
      long rows,
      String mode,
      long malformed,
      List<String> problems) {
    public Result {
      problems = List.copyOf(problems);
    }
  }

  /** Default for {@code --broadcast-max-views}: 20M views, about 2 GB of index on an executor. */
  public static final long DEFAULT_BROADCAST_MAX_VIEWS = 20_000_000L;

  private final SparkSession spark;

  public MatchJob(SparkSession spark) {
    this.spark = spark;
  }

  public Result run(Settings s) throws IOException {
    ViewRule rule = ViewRule.of(s.distance(), s.minQuality());
    MatchInputs inputs = new MatchInputs(spark, s.plainHexKind());
    JavaRDD<MatchMedia> reference =
        inputs.read(s.reference(), true).persist(StorageLevel.MEMORY_AND_DISK());
    JavaRDD<MatchMedia> queries =
        inputs.read(s.queries(), false).persist(StorageLevel.MEMORY_AND_DISK());
    long referenceViews = reference.map(m -> (long) m.views()).fold(0L, Long::sum);
    long references = reference.count();
    long queryCount = queries.count();
    JavaRDD<MatchHit> pdq;
    String mode;
    if (referenceViews <= s.broadcastMaxViews()) {
      mode = "broadcast";
      JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
      Broadcast<ReferenceViews> shared =
          jsc.broadcast(new ReferenceViews(reference.collect(), rule));
      pdq = queries.mapPartitions(new BroadcastMatcher(shared, rule));
    } else {
      mode = "banded";
      pdq =
          BandedMatcher.match(
              queries.zipWithUniqueId().mapToPair(t -> new scala.Tuple2<>(t._2(), t._1())),
              reference.zipWithUniqueId().mapToPair(t -> new scala.Tuple2<>(t._2(), t._1())),
              rule);
    }
    JavaRDD<MatchHit> hits = DigestMatcher.match(queries, reference).union(pdq);
    Dataset<Row> table = spark.createDataFrame(hits.map(MatchSchema::row), MatchSchema.SCHEMA);
    table
        .write()
        .mode(s.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists)
        .parquet(s.out().toAbsolutePath().toString());
    long rows = spark.read().parquet(s.out().toAbsolutePath().toString()).count();
    reference.unpersist();
    queries.unpersist();
    return new Result(
        queryCount, references, referenceViews, rows, mode, inputs.malformed(), inputs.problems());
  }
}
