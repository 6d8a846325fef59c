package org.okju.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.okju.ingest.SourceListing;

/**
 * {@code okju spark fingerprint}: the driver lists the inputs as ingest walks them (names as bytes,
 * symlinks not followed); executors run ingest's per-file engine on them ({@link
 * FingerprintPartition}); the rows go to Parquet ({@link FingerprintSchema}), one per file or
 * archive member. Spark's output committer publishes the directory whole ({@code _SUCCESS}) or not
 * at all, so a killed job leaves no half table behind.
 */
public final class FingerprintJob {
  /**
   * What to run.
   *
   * @param inputs folders or files to fingerprint
   * @param out the Parquet directory to write (must not exist unless {@code overwrite})
   * @param videoSecondsPerHash vPDQ's step, as {@code okju ingest --video-seconds-per-hash}
   * @param filesPerTask how many listed files one task takes: small tasks balance uneven files
   */
  public record Settings(
      List<Path> inputs,
      Path out,
      double videoSecondsPerHash,
      int filesPerTask,
      boolean overwrite) {
    public Settings {
      inputs = List.copyOf(inputs);
      if (filesPerTask < 1) {
        throw new IllegalArgumentException("files per task must be at least 1: " + filesPerTask);
      }
    }
  }

  /** What was written: listed files, rows (files plus archive members), rows with an error. */
  public record Result(long listed, long rows, long errors) {}

  private final SparkSession spark;

  public FingerprintJob(SparkSession spark) {
    this.spark = spark;
  }

  /**
   * Runs the job.
   *
   * @throws IllegalArgumentException when an input does not exist
   */
  public Result run(Settings s) throws InterruptedException {
    return run(list(s.inputs()), s);
  }

  /** The driver's listing of {@code inputs}, in walk order. */
  static List<ListedFile> list(List<Path> inputs) throws InterruptedException {
    List<ListedFile> listed = new ArrayList<>();
    for (Path input : inputs) {
      SourceListing.list(input, e -> listed.add(new ListedFile(e)));
    }
    return listed;
  }

  /** Fingerprints files already listed (what changed since is found by the executors). */
  Result run(List<ListedFile> listed, Settings s) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    int slices =
        Math.max(1, Math.min(100_000, (listed.size() + s.filesPerTask() - 1) / s.filesPerTask()));
    JavaRDD<Row> rows =
        jsc.parallelize(listed, slices)
            .mapPartitions(new FingerprintPartition(s.videoSecondsPerHash()));
    Dataset<Row> table = spark.createDataFrame(rows, FingerprintSchema.SCHEMA);
    table
        .write()
        .mode(s.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists)
        .parquet(s.out().toAbsolutePath().toString());
    Dataset<Row> written = spark.read().parquet(s.out().toAbsolutePath().toString());
    long total = written.count();
    long errors = written.filter("error IS NOT NULL").count();
    return new Result(listed.size(), total, errors);
  }
}
