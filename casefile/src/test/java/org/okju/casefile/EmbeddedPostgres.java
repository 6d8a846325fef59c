package org.okju.casefile;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throw-away PostgreSQL server for tests: initdb into a fresh temporary directory, start on a
 * free port (Unix socket in the same directory, TCP on 127.0.0.1 only, trust authentication, fsync
 * off), create databases on demand, and on {@link #close} stop it and delete the directory.
 *
 * <p>PostgreSQL refuses to run as root, so when the tests run as root (CI containers) the binaries
 * run as the {@code postgres} OS user through {@code runuser}, and the directory is handed to that
 * user. Binaries come from {@code $OKJU_PG_BIN}, default {@code /usr/lib/postgresql/15/bin}.
 */
final class EmbeddedPostgres implements AutoCloseable {
  private static final String DEFAULT_BIN = "/usr/lib/postgresql/15/bin";
  private static final String OS_USER = "postgres";

  private final Path bin;
  private final Path dir;
  private final int port;
  private final boolean asRoot;
  private int databases;

  private EmbeddedPostgres(Path bin, Path dir, int port, boolean asRoot) {
    this.bin = bin;
    this.dir = dir;
    this.port = port;
    this.asRoot = asRoot;
  }

  /**
   * Initialises and starts a server.
   *
   * @throws IOException when a binary is missing or initdb/pg_ctl fails (with its output)
   */
  static EmbeddedPostgres start() throws IOException, InterruptedException {
    String binEnv = System.getenv("OKJU_PG_BIN");
    Path bin = Path.of(binEnv == null || binEnv.isEmpty() ? DEFAULT_BIN : binEnv);
    if (!Files.isExecutable(bin.resolve("pg_ctl"))) {
      throw new IOException("no PostgreSQL server binaries in " + bin);
    }
    boolean asRoot = "root".equals(System.getProperty("user.name"));
    Path dir = Files.createTempDirectory("okju-pg-");
    EmbeddedPostgres pg = new EmbeddedPostgres(bin, dir, freePort(), asRoot);
    try {
      if (asRoot) {
        UserPrincipal owner =
            dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(OS_USER);
        Files.setOwner(dir, owner);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
      }
      pg.run(
          "initdb",
          "-D",
          pg.data(),
          "-A",
          "trust",
          "-U",
          "postgres",
          "-E",
          "UTF8",
          "--locale=C",
          "--no-sync");
      pg.run(
          "pg_ctl",
          "-D",
          pg.data(),
          "-w",
          "-t",
          "60",
          "-l",
          dir.resolve("server.log").toString(),
          "-o",
          "-k "
              + dir
              + " -p "
              + pg.port
              + " -c listen_addresses=127.0.0.1 -c fsync=off"
              + " -c synchronous_commit=off -c full_page_writes=off",
          "start");
      return pg;
    } catch (IOException | InterruptedException | RuntimeException e) {
      pg.close();
      throw e;
    }
  }

  /** Creates a new, empty database and returns its JDBC URL (user {@code postgres}). */
  String createDatabase() throws SQLException {
    databases++;
    String name = "okju_test_" + databases;
    try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"));
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    return jdbcUrl(name);
  }

  /** The JDBC URL of a database of this server. */
  String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=postgres";
  }

  int port() {
    return port;
  }

  @Override
  public void close() {
    try {
      if (Files.exists(dir.resolve("data/postmaster.pid"))) {
        run("pg_ctl", "-D", data(), "-m", "immediate", "-w", "stop");
      }
    } catch (IOException | InterruptedException e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
    } finally {
      deleteTree(dir);
    }
  }

  private String data() {
    return dir.resolve("data").toString();
  }

  private void run(String program, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    if (asRoot) {
      command.addAll(List.of("runuser", "-u", OS_USER, "--"));
    }
    command.add(bin.resolve(program).toString());
    command.addAll(List.of(args));
    Process p =
        new ProcessBuilder(command).redirectErrorStream(true).directory(dir.toFile()).start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      p.destroyForcibly();
      throw new IOException(
          String.join(" ", command) + " failed:\n" + new String(out, StandardCharsets.UTF_8));
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // Best effort: a leftover temp directory is harmless.
    }
  }
}
