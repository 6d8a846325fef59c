package org.okju.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.cli.daemon.DaemonInfo;
import org.okju.cli.daemon.DaemonServer;
import org.okju.cli.daemon.SourceWatch;

/**
 * The resident okju with the real launcher: the launcher's bash client (its {@code /dev/tcp}
 * protocol) against a real {@link DaemonServer} running the real verbs. The launcher is copied into
 * a folder of its own whose jar is an empty file, so that a command the resident did not take fails
 * instead of quietly running in a process of its own.
 */
class ResidentOkjuTest {
  private static final Path WEE = CliRun.vectors().resolve("pdq/data/misc-images/wee.jpg");
  private static final Path BRIDGE =
      CliRun.vectors().resolve("pdq/data/reg-test-input/dih/bridge-1-original.jpg");
  private static final String LOCALE = "C.UTF-8";

  @TempDir Path tmp;
  private Path home;
  private Path runtime;
  private Path info;
  private Path images;
  private DaemonServer server;
  private CompletableFuture<Boolean> serving;
  private final AtomicBoolean outdated = new AtomicBoolean();

  @BeforeEach
  void residentFromAnInstallation() throws Exception {
    home = Files.createDirectories(tmp.resolve("install"));
    Files.copy(Path.of("..", "okju"), home.resolve("okju"));
    Path jar = Files.createDirectories(home.resolve("cli/target")).resolve("okju.jar");
    Files.createFile(jar);
    Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(3600)));
    runtime = Files.createDirectories(tmp.resolve("run"));
    Path daemons =
        Files.createDirectories(
            runtime.resolve("okju/daemon"),
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    info = daemons.resolve(home.toString().replaceAll("[^A-Za-z0-9._-]", "_"));
    server =
        new DaemonServer(
            info,
            jar.toString(),
            LOCALE,
            Duration.ofMinutes(1),
            DaemonCommand.RESIDENT_VERBS,
            Okju::run,
            outdated::get);
    serving = CompletableFuture.supplyAsync(this::serve);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!Files.exists(info) && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(info).exists();
    images = Files.createDirectories(tmp.resolve("client folder"));
    Files.copy(WEE, images.resolve("wee.jpg"));
    Files.copy(BRIDGE, Files.createDirectories(images.resolve("sub")).resolve("bridge.jpg"));
    Files.writeString(images.resolve("bad.jpg"), "not a picture");
  }

  private boolean serve() {
    try {
      return server.serve();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @AfterEach
  void stop() throws Exception {
    DaemonInfo.read(info).ifPresent(i -> ask(i, "stop"));
    serving.get(30, TimeUnit.SECONDS);
  }

  @Test
  void aLauncherGetsWhatARunOfItsOwnPrintsWithPathsRelativeToItsFolder() throws Exception {
    Launched resident = launch("pdq", "--downsample-512", "wee.jpg", "sub", "bad.jpg");
    CliRun own =
        CliRun.of(
            "pdq",
            "--downsample-512",
            images.resolve("wee.jpg").toString(),
            images.resolve("sub").toString(),
            images.resolve("bad.jpg").toString());
    String prefix = images + "/";
    assertThat(resident.exitCode()).isEqualTo(own.exitCode()).isEqualTo(ExitCode.PARTIAL);
    assertThat(resident.out()).isEqualTo(own.out().replace(prefix, "")).contains(",sub/bridge.jpg");
    assertThat(resident.err()).isEqualTo(own.err().replace(prefix, "")).contains("bad.jpg");
    assertThat(server.commandsServed()).isEqualTo(1);

    Launched mistyped = launch("pdq", "no-such.jpg");
    assertThat(mistyped.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(mistyped.err()).contains("no such file: no-such.jpg");
    assertThat(server.commandsServed()).isEqualTo(2);
  }

  @Test
  void twoLaunchersAtOnceEachGetTheirOwnOutput() throws Exception {
    CompletableFuture<Launched> a =
        CompletableFuture.supplyAsync(() -> launchUnchecked("pdq", "wee.jpg"));
    CompletableFuture<Launched> b =
        CompletableFuture.supplyAsync(() -> launchUnchecked("pdq", "sub/bridge.jpg"));
    assertThat(a.get(60, TimeUnit.SECONDS).out()).endsWith(",wee.jpg\n").hasLineCount(1);
    assertThat(b.get(60, TimeUnit.SECONDS).out()).endsWith(",sub/bridge.jpg\n").hasLineCount(1);
    assertThat(server.commandsServed()).isEqualTo(2);
  }

  @Test
  void aLongOutputReachesTheLauncherWholeAndByteForByte() throws Exception {
    // The launcher copies the first lines itself and the rest with cat: no line lost or doubled
    // where one hands over to the other, and no byte of a name changed (backslashes, spaces).
    Path many = Files.createDirectories(images.resolve("many"));
    for (int i = 0; i < 11; i++) {
      Files.copy(WEE, many.resolve("wee-" + i + ".jpg"));
    }
    Files.copy(WEE, many.resolve("  back\\slash\\n  .jpg"));
    Launched resident = launch("pdq", "--dihedral", "many");
    CliRun own = CliRun.of("pdq", "--dihedral", many.toString());
    assertThat(resident.exitCode()).isEqualTo(own.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(resident.out())
        .isEqualTo(own.out().replace(images + "/", ""))
        .hasLineCount(12)
        .contains(",many/  back\\slash\\n  .jpg\n");
    assertThat(server.commandsServed()).isEqualTo(1);
  }

  @Test
  void aResidentWhoseSourcesChangedTakesNothingAndEnds() throws Exception {
    outdated.set(true);
    Launched refused = launch("pdq", "wee.jpg");
    // The launcher then runs the command itself: here, with an empty jar, it cannot.
    assertThat(refused.exitCode()).isNotEqualTo(ExitCode.OK);
    assertThat(server.commandsServed()).isZero();
    assertThat(serving.get(30, TimeUnit.SECONDS)).isTrue();
    assertThat(info).doesNotExist();
  }

  @Test
  void offInTheEnvironmentOrAnotherLocaleKeepsTheResidentOut() throws Exception {
    assertThat(launch(Map.of("OKJU_DAEMON", "off"), "pdq", "wee.jpg").exitCode())
        .isNotEqualTo(ExitCode.OK);
    assertThat(launch(Map.of("LC_ALL", "C"), "pdq", "wee.jpg").exitCode())
        .isNotEqualTo(ExitCode.OK);
    assertThat(server.commandsServed()).isZero();
    assertThat(launch(Map.of(), "pdq", "wee.jpg").exitCode()).isEqualTo(ExitCode.OK);
  }

  @Test
  void onlyTheTokenOpensIt_andOnlyItsVerbsRun() throws Exception {
    DaemonInfo real = DaemonInfo.read(info).orElseThrow();
    assertThat(Files.getPosixFilePermissions(info))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    String wrong = real.token().substring(1) + (real.token().charAt(0) == 'a' ? "b" : "a");
    assertThat(request(real.port(), wrong, "run", images.toString(), "pdq", "wee.jpg")).isEmpty();
    assertThat(request(real.port(), real.token(), "run", images.toString(), "ingest", "x"))
        .isEqualTo("refused");
    assertThat(request(real.port(), real.token(), "run", "relative", "pdq", "wee.jpg"))
        .isEqualTo("refused");
    assertThat(server.commandsServed()).isZero();
  }

  @Test
  void statusAndStopReachTheResidentTheLauncherNames() throws Exception {
    System.setProperty("okju.daemon.info", info.toString());
    try {
      CliRun status = CliRun.of("daemon", "status");
      assertThat(status.exitCode()).isEqualTo(ExitCode.OK);
      assertThat(status.out()).startsWith("running pid " + ProcessHandle.current().pid());
      assertThat(CliRun.of("daemon", "stop").out()).isEqualTo("stopped\n");
      assertThat(serving.get(30, TimeUnit.SECONDS)).isTrue();
      CliRun none = CliRun.of("daemon", "status");
      assertThat(none.exitCode()).isEqualTo(ExitCode.FAILURE);
      assertThat(none.out()).isEqualTo("none\n");
    } finally {
      System.clearProperty("okju.daemon.info");
    }
  }

  @Test
  void aResidentEndedBySigtermRemovesItsFile() throws Exception {
    stop();
    serving = CompletableFuture.completedFuture(true);
    Path file = info.resolveSibling("process");
    List<String> cmd =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            System.getProperty("java.class.path"),
            "-Dokju.daemon.info=" + file,
            "-Dokju.daemon.jar=" + home.resolve("cli/target/okju.jar"),
            "-Dokju.home=" + home,
            "org.okju.cli.Okju",
            "daemon",
            "run");
    Process p =
        new ProcessBuilder(cmd)
            .redirectErrorStream(true)
            .redirectOutput(tmp.resolve("process.log").toFile())
            .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!Files.exists(file) && p.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(file).exists();
    p.destroy(); // SIGTERM
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(file).doesNotExist();
  }

  @Test
  void anIdleResidentEndsAndRemovesItsFile() throws Exception {
    stop();
    Path idleInfo = info.resolveSibling("idle");
    DaemonServer idle =
        new DaemonServer(
            idleInfo,
            "jar",
            LOCALE,
            Duration.ofMillis(300),
            DaemonCommand.RESIDENT_VERBS,
            Okju::run,
            () -> false);
    long start = System.nanoTime();
    assertThat(idle.serve()).isTrue();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    assertThat(idleInfo).doesNotExist();
    serving = CompletableFuture.completedFuture(true);
  }

  @Test
  void theSourceWatchSeesAnEditAfterTheBuildAndOneBeforeItsStart() throws Exception {
    Path checkout = Files.createDirectories(tmp.resolve("checkout"));
    Files.writeString(checkout.resolve("pom.xml"), "<project/>");
    Path module = Files.createDirectories(checkout.resolve("fingerprint"));
    Files.writeString(module.resolve("pom.xml"), "<project/>");
    Path source =
        Files.createDirectories(module.resolve("src/main/java/org/x")).resolve("Pdq.java");
    Files.writeString(source, "class Pdq {}");
    FileTime built = FileTime.from(Instant.now().plusSeconds(5));
    try (SourceWatch watch = SourceWatch.start(checkout, built)) {
      assertThat(watch.changed()).isFalse();
      Files.createDirectories(module.resolve("target/classes")); // a build's output: no change
      Thread.sleep(300);
      assertThat(watch.changed()).isFalse();
      Files.writeString(source, "class Pdq { int edited; }");
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (!watch.changed() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(watch.changed()).isTrue();
    }
    try (SourceWatch late = SourceWatch.start(checkout, FileTime.from(Instant.EPOCH))) {
      assertThat(late.changed()).isTrue();
    }
  }

  private record Launched(int exitCode, String out, String err) {}

  private Launched launchUnchecked(String... args) {
    try {
      return launch(args);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private Launched launch(String... args) throws Exception {
    return launch(Map.of(), args);
  }

  private Launched launch(Map<String, String> env, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("bash", home.resolve("okju").toString()));
    cmd.addAll(List.of(args));
    Path out = Files.createTempFile(tmp, "out", ".txt");
    Path err = Files.createTempFile(tmp, "err", ".txt");
    ProcessBuilder pb =
        new ProcessBuilder(cmd)
            .directory(images.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    pb.environment().remove("OKJU_DAEMON");
    pb.environment().remove("OKJU_JAVA_OPTS");
    pb.environment().remove("LANG");
    pb.environment().remove("LC_CTYPE");
    pb.environment().put("LC_ALL", LOCALE);
    pb.environment().put("XDG_RUNTIME_DIR", runtime.toString());
    pb.environment().putAll(env);
    Process p = pb.start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Launched(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  /** A raw "run" request; the resident's first line of answer (empty: none). */
  private static String request(int port, String token, String kind, String folder, String... args)
      throws IOException {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
      s.setSoTimeout(15_000);
      OutputStream out = s.getOutputStream();
      StringBuilder r = new StringBuilder("okju-daemon 1\n" + token + "\n" + kind + "\0");
      r.append(folder).append('\0').append(args.length).append('\0');
      for (String a : args) {
        r.append(a).append('\0');
      }
      out.write(r.toString().getBytes(StandardCharsets.UTF_8));
      out.flush();
      InputStream in = new BufferedInputStream(s.getInputStream());
      StringBuilder line = new StringBuilder();
      int b;
      while ((b = in.read()) >= 0 && b != '\n') {
        line.append((char) b);
      }
      return line.toString();
    }
  }

  private static void ask(DaemonInfo i, String word) {
    try {
      org.okju.cli.daemon.DaemonClient.ask(i, word);
    } catch (IOException e) {
      // already gone
    }
  }
}
