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
   * Runs {@code job} on {@code master}'s session. A session the driver already holds (an
   * application that runs several okju commands, one after another, in one Spark application) is
   * used and left running; one started here is stopped at the end, so a command line's run ends its
   * application.
   */
  public static <T> T withSession(String master, String appName, SessionJob<T> job)
      throws Exception {
    boolean started = SparkSession.getDefaultSession().isEmpty();
    SparkSession spark = builder(master, appName).getOrCreate();
    if (!started && !spark.sparkContext().master().equals(master)) {
      // getOrCreate hands back the held session whatever master was asked for.
      throw new IllegalStateException(
          "this driver already runs a Spark application on "
              + spark.sparkContext().master()
              + ", not on "
              + master);
    }
    try {
      return job.run(spark);
    } finally {
      if (started) {
        spark.stop();
      }
    }
  }

  /** A command's work on a session. */
  @FunctionalInterface
  public interface SessionJob<T> {
    T run(SparkSession spark) throws Exception;
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
