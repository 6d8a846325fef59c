package org.okju.spark;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/**
 * One {@code local[2]} Spark session for every test class of this module's JVM (starting Spark
 * takes seconds; the machine has two cores). Small shuffles: the tests' tables hold dozens of rows.
 */
final class LocalSpark {
  private static SparkSession session;

  private LocalSpark() {}

  static synchronized SparkSession session() {
    if (session == null) {
      session = SparkSessions.local(2);
    }
    return session;
  }

  /** The shared test vectors (threatexchange), as the other modules' tests find them. */
  static Path vectors() {
    String configured = System.getProperty("okju.testvectors");
    return Path.of(configured != null ? configured : "../../shared/testvectors")
        .resolve("threatexchange")
        .toAbsolutePath()
        .normalize();
  }

  static Path photo(String name) {
    return vectors().resolve("pdq/data").resolve(name);
  }

  static Path video(String name) {
    return vectors().resolve("tmk/sample-videos").resolve(name);
  }
}
