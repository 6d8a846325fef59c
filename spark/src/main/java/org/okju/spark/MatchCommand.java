package org.okju.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.okju.index.hashset.HashKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code okju spark match --master URL --reference ... --queries ... --out DIR}. */
@Command(
    name = "match",
    mixinStandardHelpOptions = true,
    description = {
      "Matches every query file against the reference side on a Spark cluster: digests exactly,",
      "PDQ views within the distance (okju's index broadcast to executors, or a banded join when",
      "the reference is too large). One Parquet row per query, reference and view, with the",
      "distance, the view and both sides' PDQ quality. Malformed hash-set records are listed and",
      "left out (exit 3)."
    })
final class MatchCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin SparkJobOptions job;

  @Option(
      names = "--reference",
      paramLabel = "DIR|CASE|HASHSET",
      arity = "1..*",
      required = true,
      description =
          "Known material: Parquet directories (okju spark fingerprint, okju export --format"
              + " parquet), okju cases (a directory or postgresql://...), hash-set files.")
  List<String> reference;

  @Option(
      names = "--queries",
      paramLabel = "DIR|CASE",
      arity = "1..*",
      required = true,
      description = "What to look for it in: Parquet directories or okju cases.")
  List<String> queries;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      required = true,
      description =
          "The Parquet directory of matches to write; it must not exist (see --overwrite).")
  Path out;

  @Option(
      names = "--distance",
      paramLabel = "D",
      description = "Largest PDQ distance between two whole pictures (default: ${DEFAULT-VALUE}).")
  int distance = 31;

  @Option(
      names = "--min-quality",
      paramLabel = "Q",
      description =
          "Leave out hashes of PDQ quality below Q (flat or dark frames). Default: keep all and"
              + " report each match's quality.")
  Integer minQuality;

  @Option(
      names = "--broadcast-max-views",
      paramLabel = "N",
      description =
          "Largest reference (in hashes) sent whole to every executor; above it the banded join"
              + " (default: ${DEFAULT-VALUE}).")
  long broadcastMaxViews = MatchJob.DEFAULT_BROADCAST_MAX_VIEWS;

  @Option(
      names = "--kind",
      paramLabel = "pdq|sha256",
      description =
          "What a --reference plain list of only 64-digit hex values holds: PDQ or SHA-256 hashes"
              + " look alike, so such a list is refused unless told (as okju hashset import).")
  String kind;

  private HashKind plainHexKind() {
    if (kind == null) {
      return null;
    }
    return switch (kind) {
      case "pdq" -> HashKind.PDQ;
      case "sha256" -> HashKind.SHA256;
      default -> throw new IllegalArgumentException("--kind takes pdq or sha256, not " + kind);
    };
  }

  @Override
  public Integer call() throws Exception {
    HashKind hexKind = plainHexKind();
    return SparkSessions.withSession(job.master, "okju spark match", spark -> run(spark, hexKind));
  }

  private int run(SparkSession spark, HashKind hexKind) throws IOException {
    MatchJob.Result r =
        new MatchJob(spark)
            .run(
                new MatchJob.Settings(
                    reference,
                    queries,
                    out,
                    distance,
                    minQuality == null ? -1 : minQuality,
                    broadcastMaxViews,
                    job.overwrite,
                    hexKind));
    var w = spec.commandLine().getOut();
    w.println(
        r.queries()
            + " query files against "
            + r.references()
            + " reference files and entries ("
            + r.referenceViews()
            + " hashes, "
            + r.mode()
            + "): "
            + r.rows()
            + " matches -> "
            + out.toAbsolutePath());
    if (r.malformed() > 0) {
      w.println(r.malformed() + " malformed hash-set records left out:");
      r.problems().forEach(p -> w.println("  " + p));
      if (r.malformed() > r.problems().size()) {
        w.println("  ... and " + (r.malformed() - r.problems().size()) + " more");
      }
    }
    w.flush();
    return r.malformed() > 0 ? 3 : 0;
  }
}
