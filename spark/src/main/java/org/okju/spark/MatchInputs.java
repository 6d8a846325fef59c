package org.okju.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.okju.casefile.CaseLocation;
import org.okju.copies.HashSetMatcher;
import org.okju.fingerprint.Pdq256;
import org.okju.index.hashset.HashSetEntry;
import org.okju.index.hashset.HashSetFormat;
import org.okju.index.hashset.HashSetFormats;
import org.okju.index.hashset.HashValue;
import org.okju.index.hashset.VpdqFeature;

/**
 * Reads a side of a match: a Parquet directory (okju spark fingerprint's output, or okju export
 * --format parquet's, whose {@code items} table is read), an okju case (a case directory or a
 * PostgreSQL URL, read on the driver) or a hash-set file in any format okju imports (read on the
 * driver; its set is named by the file).
 */
final class MatchInputs {
  /** What an argument names. */
  enum Kind {
    PARQUET,
    CASE,
    HASH_SET
  }

  private final SparkSession spark;

  MatchInputs(SparkSession spark) {
    this.spark = spark;
  }

  /**
   * What {@code arg} names.
   *
   * @throws IllegalArgumentException when it names nothing that exists
   */
  static Kind kind(String arg) {
    if (arg.startsWith("postgresql://")
        || arg.startsWith("postgres://")
        || arg.startsWith("jdbc:postgresql:")) {
      return Kind.CASE;
    }
    Path p = Path.of(arg);
    if (Files.isDirectory(p)) {
      return Files.isRegularFile(p.resolve("case.db")) ? Kind.CASE : Kind.PARQUET;
    }
    if (Files.isRegularFile(p)) {
      return Kind.HASH_SET;
    }
    throw new IllegalArgumentException("no such directory, case or hash-set file: " + arg);
  }

  /** The files (or entries) of every argument, as one RDD. */
  JavaRDD<MatchMedia> read(List<String> args, boolean hashSetsAllowed) throws IOException {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JavaRDD<MatchMedia> all = null;
    for (String arg : args) {
      Kind kind = kind(arg);
      JavaRDD<MatchMedia> one =
          switch (kind) {
            case PARQUET -> parquet(Path.of(arg));
            case CASE -> jsc.parallelize(CaseMedia.read(CaseLocation.parse(arg)), slices(jsc));
            case HASH_SET -> {
              if (!hashSetsAllowed) {
                throw new IllegalArgumentException(
                    "a hash set is a reference, not a query: " + arg);
              }
              yield jsc.parallelize(hashSet(Path.of(arg)), slices(jsc));
            }
          };
      all = all == null ? one : all.union(one);
    }
    if (all == null) {
      throw new IllegalArgumentException("nothing to read");
    }
    return all;
  }

  private static int slices(JavaSparkContext jsc) {
    return Math.max(2, jsc.defaultParallelism());
  }

  private JavaRDD<MatchMedia> parquet(Path dir) {
    Path items = dir.resolve("items");
    Path table = Files.isDirectory(items) ? items : dir;
    return spark.read().parquet(table.toAbsolutePath().toString()).toJavaRDD().map(MatchMedia::of);
  }

  /**
   * A hash-set file's entries. PDQs as full-picture views; a video entry's distinct frames of
   * quality at least {@link HashSetMatcher#MIN_FRAME_QUALITY}, as {@code okju hashset import}
   * stores them (copies' HashSetImport.storedHashes), so both match the same frames.
   */
  static List<MatchMedia> hashSet(Path file) throws IOException {
    HashSetFormat format =
        HashSetFormats.detect(file)
            .orElseThrow(
                () -> new IllegalArgumentException("not a hash-set format okju reads: " + file));
    String set = file.getFileName().toString();
    HashSetFormats.Contents contents = HashSetFormats.readAll(format, file);
    List<MatchMedia> out = new ArrayList<>(contents.entries().size());
    for (HashSetEntry e : contents.entries()) {
      Set<Pdq256> pdqs = new LinkedHashSet<>();
      String md5 = null;
      String sha1 = null;
      String sha256 = null;
      for (HashValue h : e.hashes()) {
        switch (h.kind()) {
          case MD5 -> md5 = h.toHex();
          case SHA1 -> sha1 = h.toHex();
          case SHA256 -> sha256 = h.toHex();
          case PDQ -> pdqs.add(h.pdq());
        }
      }
      for (VpdqFeature f : e.video()) {
        if (f.quality() >= HashSetMatcher.MIN_FRAME_QUALITY) {
          pdqs.add(f.pdq().pdq());
        }
      }
      Optional<String> label = e.label().or(e::category);
      out.add(
          MatchMedia.entry(
              e.name().orElse(set + "#" + e.line()),
              sha256,
              md5,
              sha1,
              set,
              label.orElse(null),
              List.copyOf(pdqs)));
    }
    return out;
  }
}
