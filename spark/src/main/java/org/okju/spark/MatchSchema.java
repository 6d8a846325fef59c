package org.okju.spark;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/**
 * The Parquet table {@code okju spark match} writes, one row per (query file, reference, evidence
 * kind, view): the closest frame pair of that kind. A published interface ({@code okju import
 * parquet} reads it): the column names are fixed.
 *
 * <ul>
 *   <li>{@code query_path}, {@code query_sha256}, {@code query_hash}: the query file and the hash
 *       of it that matched
 *   <li>{@code reference_path}, {@code reference_sha256}: the reference file; for a hash-set entry
 *       the name the list gives (or {@code LIST#line}) and its SHA-256 if listed
 *   <li>{@code reference_set}, {@code reference_label}, {@code reference_hash}: the hash set, the
 *       entry's label or category, the entry's hash that matched (null for files but the hash)
 *   <li>{@code tape}: the reference's tape (a case exported with its tapes), else null
 *   <li>{@code distance}: bits apart (0 for a digest); {@code match}: md5, sha1, sha256 or pdq
 *   <li>{@code view}: {@code full/orig} for two whole upright pictures, else okju's view that
 *       matched (e.g. {@code full/flipx}, {@code content/orig}); {@code query_view}, {@code
 *       reference_view}: each side's
 *   <li>{@code query_quality}, {@code reference_quality}: PDQ quality (reported, not used to drop a
 *       match unless {@code --min-quality}); {@code query_seconds}, {@code reference_seconds}: the
 *       frames' times for videos
 * </ul>
 */
public final class MatchSchema {
  private MatchSchema() {}

  public static final StructType SCHEMA =
      createStructType(
          List.of(
              createStructField("query_path", StringType, false),
              createStructField("query_sha256", StringType, true),
              createStructField("query_hash", StringType, true),
              createStructField("reference_path", StringType, true),
              createStructField("reference_sha256", StringType, true),
              createStructField("reference_set", StringType, true),
              createStructField("reference_label", StringType, true),
              createStructField("reference_hash", StringType, true),
              createStructField("tape", StringType, true),
              createStructField("distance", IntegerType, false),
              createStructField("match", StringType, false),
              createStructField("view", StringType, false),
              createStructField("query_view", StringType, true),
              createStructField("reference_view", StringType, true),
              createStructField("query_quality", IntegerType, true),
              createStructField("reference_quality", IntegerType, true),
              createStructField("query_seconds", DoubleType, true),
              createStructField("reference_seconds", DoubleType, true)));

  static Row row(MatchHit h) {
    return RowFactory.create(
        h.queryPath(),
        h.querySha256(),
        h.queryHash(),
        h.referencePath(),
        h.referenceSha256(),
        h.referenceSet(),
        h.referenceLabel(),
        h.referenceHash(),
        h.tape(),
        h.distance(),
        h.match(),
        h.view(),
        h.queryView(),
        h.referenceView(),
        h.queryQuality(),
        h.referenceQuality(),
        h.querySeconds(),
        h.referenceSeconds());
  }
}
