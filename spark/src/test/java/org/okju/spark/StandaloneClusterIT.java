package org.okju.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both jobs on a real standalone Master and Worker (part of the module's tests, so .ci/run runs it;
 * -Dokju.test.excludedGroups=spark-it leaves it out): the driver is okju spark's own entry point in
 * a process of its own, the executors are the Worker's; the results equal the same jobs' on
 * local[2] in this JVM.
 */
@Tag("spark-it")
class StandaloneClusterIT {
  @TempDir Path tmp;

  @Test
  void fingerprintAndMatchOnAStandaloneClusterGiveWhatLocalModeGives() throws Exception {
    Path known = MatchTrees.reference(tmp);
    Path crawl = MatchTrees.queries(tmp);
    List<Long> pids;
    try (StandaloneCluster cluster = StandaloneCluster.start(tmp.resolve("cluster"))) {
      assertThat(cluster.pids()).hasSize(2).allMatch(pid -> ProcessHandle.of(pid).isPresent());
      // One driver process, one application: the three command lines through okju spark's
      // entry point (ClusterDriver), so one driver JVM and one executor JVM start, not three each.
      List<String> exits =
          driver(
              cluster,
              "--",
              "fingerprint",
              "--master",
              cluster.masterUrl,
              "--files-per-task",
              "2",
              "--input",
              known.toString(),
              "--out",
              tmp.resolve("known.parquet").toString(),
              "--",
              "fingerprint",
              "--master",
              cluster.masterUrl,
              "--files-per-task",
              "2",
              "--input",
              crawl.toString(),
              "--out",
              tmp.resolve("crawl.parquet").toString(),
              "--",
              "match",
              "--master",
              cluster.masterUrl,
              "--reference",
              tmp.resolve("known.parquet").toString(),
              "--queries",
              tmp.resolve("crawl.parquet").toString(),
              "--out",
              tmp.resolve("matches.parquet").toString());
      assertThat(exits).hasSize(3).allMatch(line -> line.startsWith("exit 0: "));
      pids = cluster.pids();
    }
    assertThat(pids)
        .noneMatch(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
    FingerprintJob local = new FingerprintJob(LocalSpark.session());
    local.run(
        new FingerprintJob.Settings(List.of(crawl), tmp.resolve("crawl-local"), 1.0, 16, false));
    local.run(
        new FingerprintJob.Settings(List.of(known), tmp.resolve("known-local"), 1.0, 16, false));
    new MatchJob(LocalSpark.session())
        .run(
            new MatchJob.Settings(
                List.of(tmp.resolve("known-local").toString()),
                List.of(tmp.resolve("crawl-local").toString()),
                tmp.resolve("matches-local"),
                31,
                -1,
                MatchJob.DEFAULT_BROADCAST_MAX_VIEWS,
                false));
    assertThat(lines("crawl.parquet")).isEqualTo(lines("crawl-local")).isNotEmpty();
    assertThat(lines("matches.parquet")).isEqualTo(lines("matches-local")).isNotEmpty();
  }

  private Set<String> lines(String table) {
    Set<String> out = new TreeSet<>();
    for (Row r :
        LocalSpark.session().read().parquet(tmp.resolve(table).toString()).collectAsList()) {
      out.add(r.mkString("|"));
    }
    return out;
  }

  /**
   * okju spark's entry point as a driver process of its own, against the cluster, running the
   * command lines (each after a {@code --}) in one application; its {@code exit N: ...} lines.
   */
  private List<String> driver(StandaloneCluster cluster, String... commands) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx1g");
    cmd.addAll(StandaloneCluster.JAVA_OPTS);
    cmd.addAll(StandaloneCluster.SHORT_RUN_OPTS);
    cmd.add("-Dspark.driver.host=127.0.0.1");
    cmd.add("-Dspark.driver.bindAddress=127.0.0.1");
    cmd.add("-Dspark.executor.memory=1g");
    cmd.add(
        "-Dspark.executor.extraJavaOptions="
            + String.join(" ", StandaloneCluster.JAVA_OPTS)
            + " "
            + String.join(" ", StandaloneCluster.SHORT_RUN_OPTS));
    cmd.add("-Dokju.spark.jars=" + String.join(",", cluster.appJars));
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(ClusterDriver.class.getName());
    cmd.add(cluster.masterUrl);
    cmd.addAll(List.of(commands));
    Path log = tmp.resolve("driver-" + System.nanoTime() + ".log");
    ProcessBuilder pb =
        new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().put("SPARK_HOME", cluster.home.toString());
    Process p = pb.start();
    if (!p.waitFor(15, TimeUnit.MINUTES)) {
      ProcessHandle.of(p.pid()).ifPresent(ProcessHandle::destroyForcibly);
      throw new AssertionError(
          "driver did not finish: " + Files.readString(log, StandardCharsets.UTF_8));
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    if (p.exitValue() != 0) {
      System.err.println(output);
      for (File f : tmp.resolve("cluster").toFile().listFiles((d, n) -> n.endsWith(".log"))) {
        System.err.println("== " + f + "\n" + Files.readString(f.toPath(), StandardCharsets.UTF_8));
      }
    }
    return output.lines().filter(l -> l.startsWith("exit ")).toList();
  }
}
