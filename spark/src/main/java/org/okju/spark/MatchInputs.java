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
import org.okju.index.hashset.HashKind;
import org.okju.index.hashset.HashSetEntry;
import org.okju.index.hashset.HashSetFormat;
import org.okju.index.hashset.HashSetFormats;
import org.okju.index.hashset.HashValue;
import org.okju.index.hashset.ParseProblem;
import org.okju.index.hashset.PlainHexFormat;
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

  /** How many malformed records of hash-set files are reported one by one. */
  static final int PROBLEMS_LISTED = 20;

  private final SparkSession spark;
  private final HashKind plainHexKind;
  private final List<String> problems = new ArrayList<>();
  private long malformed;

  /**
   * @param plainHexKind what a plain list of only 64-digit hex values holds (PDQ or SHA-256), or
   *     null when not said: such a list is then refused, as {@code okju hashset import} refuses it
   */
  MatchInputs(SparkSession spark, HashKind plainHexKind) {
    this.spark = spark;
    this.plainHexKind = plainHexKind;
  }

  /** Hash-set records that could not be read (the rest of each file was read). */
  long malformed() {
    return malformed;
  }

  /** The first {@link #PROBLEMS_LISTED} of them: {@code file:line: reason}. */
  List<String> problems() {
    return List.copyOf(problems);
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
              HashSetFormats.Contents contents = readHashSet(Path.of(arg), plainHexKind);
              for (ParseProblem p : contents.problems()) {
                malformed++;
                if (problems.size() < PROBLEMS_LISTED) {
                  problems.add(arg + ":" + p.line() + ": " + p.reason());
                }
              }
              yield jsc.parallelize(hashSet(Path.of(arg), contents), slices(jsc));
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
   * A hash-set file read whole, its format detected. A plain hex list holding only 64-digit values
   * could be PDQ or SHA-256 hashes: it is read only when {@code plainHexKind} says which.
   *
   * @throws IllegalArgumentException when the format is unknown or the list is ambiguous
   */
  static HashSetFormats.Contents readHashSet(Path file, HashKind plainHexKind) throws IOException {
    HashSetFormat format =
        HashSetFormats.detect(file)
            .orElseThrow(
                () -> new IllegalArgumentException("not a hash-set format okju reads: " + file));
    if (format instanceof PlainHexFormat) {
      if (plainHexKind != null) {
        format = PlainHexFormat.assuming(plainHexKind);
      } else if (PlainHexFormat.onlySixtyFourDigits(file)) {
        throw new IllegalArgumentException(
            file
                + " holds only 64-digit hex values, which PDQ and SHA-256 hashes both are:"
                + " say which with --kind pdq or --kind sha256");
      }
    }
    return HashSetFormats.readAll(format, file);
  }

  /**
   * A hash-set file's entries. PDQs as full-picture views; a video entry's distinct frames of
   * quality at least {@link HashSetMatcher#MIN_FRAME_QUALITY}, as {@code okju hashset import}
   * stores them (copies' HashSetImport.storedHashes), so both match the same frames.
   */
  static List<MatchMedia> hashSet(Path file, HashSetFormats.Contents contents) {
    String set = file.getFileName().toString();
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
