package org.okju.spark;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * A real Spark standalone cluster on 127.0.0.1 made of the Maven jars on the test class path: a
 * Master and a Worker, each its own JVM started from {@code org.apache.spark.deploy.master.Master}
 * and {@code org.apache.spark.deploy.worker.Worker} with a {@code SPARK_HOME} whose {@code jars/}
 * links those jars (where a Worker takes its executors' class path from), and stopped by pid.
 */
final class StandaloneCluster implements AutoCloseable {
  final Path home;
  final String masterUrl;
  final List<String> appJars;
  private final List<Process> processes = new ArrayList<>();

  // 127.0.0.1, where the master listens (by address: no name lookup).
  private static final java.net.InetAddress LOOPBACK;

  static {
    try {
      LOOPBACK = java.net.InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
    } catch (java.net.UnknownHostException e) {
      throw new ExceptionInInitializerError(e); // never: four bytes are a valid address
    }
  }

  /** The JVM options Spark 4 needs on Java 17, as the surefire configuration passes them. */
  static final List<String> JAVA_OPTS =
      List.of(
          "-XX:+IgnoreUnrecognizedVMOptions",
          "--add-opens=java.base/java.lang=ALL-UNNAMED",
          "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
          "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
          "--add-opens=java.base/java.io=ALL-UNNAMED",
          "--add-opens=java.base/java.net=ALL-UNNAMED",
          "--add-opens=java.base/java.nio=ALL-UNNAMED",
          "--add-opens=java.base/java.util=ALL-UNNAMED",
          "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
          "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
          "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED",
          "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
          "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
          "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
          "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
          "-Djdk.reflect.useDirectMethodHandle=false",
          "-Dio.netty.tryReflectionSetAccessible=true");

  /**
   * For the test's short-lived JVMs (master, worker, driver, executor): C1 only and the serial
   * collector. Each runs seconds of work on a few pictures, where C2's compiles and parallel GC
   * threads cost more CPU than they save; the machine the tests run on has two cores.
   */
  static final List<String> SHORT_RUN_OPTS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

  private StandaloneCluster(Path home, String masterUrl, List<String> appJars) {
    this.home = home;
    this.masterUrl = masterUrl;
    this.appJars = appJars;
  }

  static StandaloneCluster start(Path dir) throws IOException, InterruptedException {
    Path home = Files.createDirectories(dir.resolve("spark-home"));
    Path jars = Files.createDirectories(home.resolve("jars"));
    List<String> appJars = new ArrayList<>();
    int n = 0;
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator, -1)) {
      if (entry.isEmpty()) {
        continue; // not the current directory
      }
      Path p = Path.of(entry);
      if (Files.isDirectory(p)) {
        // A reactor module's classes: packed into a jar the executors can load.
        Path jar = dir.resolve("app-" + n++ + ".jar");
        jarUp(p, jar);
        appJars.add(jar.toString());
      } else if (entry.endsWith(".jar") && Files.isRegularFile(p)) {
        Files.createSymbolicLink(jars.resolve(n++ + "-" + p.getFileName()), p.toAbsolutePath());
      }
    }
    int masterPort = freePort();
    StandaloneCluster c =
        new StandaloneCluster(home, "spark://127.0.0.1:" + masterPort, List.copyOf(appJars));
    c.launch(
        dir.resolve("master.log"),
        "org.apache.spark.deploy.master.Master",
        "--host",
        "127.0.0.1",
        "--port",
        String.valueOf(masterPort),
        "--webui-port",
        String.valueOf(freePort()));
    waitForPort(masterPort);
    c.launch(
        dir.resolve("worker.log"),
        "org.apache.spark.deploy.worker.Worker",
        "--host",
        "127.0.0.1",
        "--cores",
        "2",
        "--memory",
        "2g",
        "--work-dir",
        Files.createDirectories(dir.resolve("worker")).toString(),
        "--webui-port",
        String.valueOf(freePort()),
        c.masterUrl);
    return c;
  }

  /** The command of a JVM on the cluster's class path ({@code SPARK_HOME/jars/*}). */
  List<String> java(String... mainAndArgs) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx256m");
    cmd.addAll(JAVA_OPTS);
    cmd.addAll(SHORT_RUN_OPTS);
    cmd.add("-cp");
    cmd.add(home.resolve("jars") + File.separator + "*");
    cmd.addAll(List.of(mainAndArgs));
    return cmd;
  }

  private void launch(Path log, String... mainAndArgs) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(java(mainAndArgs));
    pb.environment().put("SPARK_HOME", home.toString());
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    // A Worker builds its executors' command with Spark's launcher, which asks a distribution's
    // bin/load-spark-env.sh for the Scala version; without it, it looks for a source build's
    // launcher/target/scala-2.13 and fails ("Cannot find any build directories").
    pb.environment().put("SPARK_SCALA_VERSION", "2.13");
    pb.redirectErrorStream(true).redirectOutput(log.toFile());
    processes.add(pb.start());
  }

  /** The pids of the master and the worker. */
  List<Long> pids() {
    return processes.stream().map(Process::pid).toList();
  }

  @Override
  public void close() {
    // Worker first (it stops its executors), then the master; by pid, SIGTERM then SIGKILL.
    boolean interrupted = false;
    for (int i = processes.size() - 1; i >= 0; i--) {
      Process p = processes.get(i);
      ProcessHandle.of(p.pid()).ifPresent(ProcessHandle::destroy);
      try {
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
          ProcessHandle.of(p.pid()).ifPresent(ProcessHandle::destroyForcibly);
          p.waitFor(30, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        // No more waiting: killed now, and the interruption is kept for the caller.
        interrupted = true;
        ProcessHandle.of(p.pid()).ifPresent(ProcessHandle::destroyForcibly);
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private static void jarUp(Path classes, Path jar) throws IOException {
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream j = new JarOutputStream(out);
        Stream<Path> files = Files.walk(classes)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        j.putNextEntry(
            new JarEntry(classes.relativize(f).toString().replace(File.separatorChar, '/')));
        Files.copy(f, j);
        j.closeEntry();
      }
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, LOOPBACK)) {
      return s.getLocalPort();
    }
  }

  private static void waitForPort(int port) throws InterruptedException, IOException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (System.nanoTime() < deadline) {
      try {
        new Socket(LOOPBACK, port).close();
        return;
      } catch (IOException e) {
        Thread.sleep(500);
      }
    }
    throw new IOException("the Spark master did not open port " + port + " in 5 minutes");
  }
}
