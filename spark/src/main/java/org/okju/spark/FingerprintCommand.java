package org.okju.spark;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code okju spark fingerprint --master URL --input PATH... --out DIR}. */
@Command(
    name = "fingerprint",
    mixinStandardHelpOptions = true,
    description = {
      "Fingerprints folders and files on a Spark cluster exactly as okju ingest does (type, size,",
      "MD5/SHA-1/SHA-256 in one read, PDQ with quality and copy views, vPDQ frames, archive",
      "members) and writes Parquet, one row per file or member; a file that fails is a row with",
      "its error (exit 3)."
    })
final class FingerprintCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin SparkJobOptions job;

  @Option(
      names = "--input",
      paramLabel = "PATH",
      arity = "1..*",
      required = true,
      description = "Folders or files to fingerprint (read-only; every executor must see them).")
  List<Path> inputs;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      required = true,
      description = "The Parquet directory to write; it must not exist (see --overwrite).")
  Path out;

  @Option(
      names = "--video-seconds-per-hash",
      paramLabel = "S",
      description =
          "vPDQ: one frame hash every S seconds, as okju ingest (default: ${DEFAULT-VALUE}).")
  double videoSecondsPerHash = 1.0;

  @Option(
      names = "--files-per-task",
      paramLabel = "N",
      description = "Listed files one Spark task takes (default: ${DEFAULT-VALUE}).")
  int filesPerTask = 16;

  @Override
  public Integer call() throws Exception {
    return SparkSessions.withSession(job.master, "okju spark fingerprint", this::run);
  }

  private int run(SparkSession spark) throws InterruptedException {
    FingerprintJob.Result r =
        new FingerprintJob(spark)
            .run(
                new FingerprintJob.Settings(
                    inputs, out, videoSecondsPerHash, filesPerTask, job.overwrite));
    var w = spec.commandLine().getOut();
    w.println(
        r.listed()
            + " files listed, "
            + r.rows()
            + " rows (files and archive members), "
            + r.errors()
            + " with errors -> "
            + out.toAbsolutePath());
    w.flush();
    return r.errors() > 0 ? 3 : 0;
  }
}
