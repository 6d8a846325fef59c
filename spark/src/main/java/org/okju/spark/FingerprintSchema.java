package org.okju.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createMapType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.List;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Parquet table of fingerprinted files: one row per file or archive member, written by {@code
 * okju spark fingerprint} and (with {@code tape}/{@code relation} filled in) by {@code okju export
 * --format parquet}, read by {@code okju spark match}. Column names are a published interface:
 * scripts and {@code okju import parquet} read them. Hashes are lower-case hex strings.
 */
public final class FingerprintSchema {
  private FingerprintSchema() {}

  /** A video's vPDQ frame: number, presentation time, PDQ and quality. */
  public static final StructType FRAME =
      createStructType(
          List.of(
              field("frame", LongType, false),
              field("seconds", DoubleType, false),
              field("pdq", StringType, false),
              field("quality", IntegerType, false)));

  /** One of okju's copy views (frame -1 for an image): which part, which orientation, its PDQ. */
  public static final StructType VIEW =
      createStructType(
          List.of(
              field("frame", LongType, false),
              field("seconds", DoubleType, false),
              field("kind", StringType, false),
              field("orientation", StringType, false),
              field("pdq", StringType, false),
              field("quality", IntegerType, false)));

  /** A problem ingest recorded (stage, stable kind word, warning or error, detail). */
  public static final StructType PROBLEM =
      createStructType(
          List.of(
              field("stage", StringType, false),
              field("kind", StringType, false),
              field("severity", StringType, false),
              field("message", StringType, false)));

  /** The table. */
  public static final StructType SCHEMA =
      createStructType(
          List.of(
              field("source", StringType, true),
              field("path", StringType, false),
              field("relative_path", StringType, false),
              field("parent", StringType, true),
              field("depth", IntegerType, false),
              field("size", LongType, true),
              field("modified", StringType, true),
              field("type", StringType, true),
              field("extension_mismatch", BooleanType, false),
              field("md5", StringType, true),
              field("sha1", StringType, true),
              field("sha256", StringType, true),
              field("pdq", StringType, true),
              field("quality", IntegerType, true),
              field("dihedrals", createMapType(StringType, StringType, false), true),
              field("frames", createArrayType(FRAME, false), false),
              field("views", createArrayType(VIEW, false), false),
              field("metadata", createMapType(StringType, StringType, false), false),
              field("status", StringType, false),
              field("error", StringType, true),
              field("problems", createArrayType(PROBLEM, false), false),
              field("tape", StringType, true),
              field("relation", StringType, true)));

  private static StructField field(String name, org.apache.spark.sql.types.DataType t, boolean n) {
    return createStructField(name, t, n);
  }
}
