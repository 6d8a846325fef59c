package org.okju.spark;

import org.apache.spark.sql.SparkSession;

/** Spark sessions as okju's jobs want them: no web UI, few shuffle partitions for small inputs. */
public final class SparkSessions {
  private SparkSessions() {}

  /** An in-process session on {@code threads} cores ({@code local[N]}). */
  public static SparkSession local(int threads) {
    return builder("local[" + threads + "]", "okju").getOrCreate();
  }

  /**
   * A builder for {@code master} ({@code local[N]}, {@code spark://host:port}, ...) with okju's
   * settings; the launcher adds the jars executors need ({@code spark.jars}).
   */
  public static SparkSession.Builder builder(String master, String appName) {
    SparkSession.Builder b =
        SparkSession.builder()
            .master(master)
            .appName(appName)
            .config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            // Fingerprint rows carry ~150 views an image: keep shuffles few and tasks small.
            .config("spark.sql.shuffle.partitions", "8")
            .config("spark.sql.adaptive.enabled", "true")
            .config("spark.sql.parquet.compression.codec", "snappy");
    String jars = System.getProperty("okju.spark.jars");
    // In local mode the classes are already on the class path; a cluster's executors need them.
    if (jars != null && !jars.isBlank() && !master.startsWith("local")) {
      b = b.config("spark.jars", jars);
    }
    return b;
  }
}
