package org.okju.web.store;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Properties;
import org.okju.casefile.CaseLocation;

/**
 * A workbench server's directory: its settings file ({@value #SETTINGS}), its SQLite store ({@value
 * #DATABASE}) unless the settings name a PostgreSQL database, and the files jobs write ({@code
 * outputs/}, {@code uploads/}).
 *
 * @param directory the server directory
 * @param database the team's PostgreSQL database; empty for the SQLite file in the directory
 */
public record ServerLocation(Path directory, Optional<CaseLocation.Server> database) {
  /** The settings file inside the directory. */
  public static final String SETTINGS = "okju-server.properties";

  /** The SQLite store inside the directory. */
  public static final String DATABASE = "server.db";

  /** The SQLite file, when the store is SQLite. */
  public Path sqliteFile() {
    return directory.resolve(DATABASE);
  }

  /** Where jobs write their results (reports, exports), one folder per case. */
  public Path outputs() {
    return directory.resolve("outputs");
  }

  /** Where uploaded files (hash lists) wait for their job. */
  public Path uploads() {
    return directory.resolve("uploads");
  }

  /** How to show where the store is: never includes a password. */
  public String describe() {
    return database.map(CaseLocation.Server::describe).orElse(sqliteFile().toString());
  }

  /**
   * Reads the settings of an existing server directory.
   *
   * @throws ServerStoreException when the directory holds no okju server
   */
  public static ServerLocation read(Path directory) {
    Path settings = directory.resolve(SETTINGS);
    if (!Files.isRegularFile(settings)) {
      throw new ServerStoreException(
          directory.toString(), "no okju server here (run: okju server init " + directory + ")");
    }
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(settings, StandardCharsets.UTF_8)) {
      p.load(in);
    } catch (IOException e) {
      throw new ServerStoreException(directory.toString(), "cannot read " + settings, e);
    }
    String db = p.getProperty("database", "sqlite").trim();
    if (db.equals("sqlite")) {
      return new ServerLocation(directory, Optional.empty());
    }
    if (CaseLocation.parse(db) instanceof CaseLocation.Server s) {
      return new ServerLocation(directory, Optional.of(s));
    }
    throw new ServerStoreException(
        directory.toString(),
        "database in " + SETTINGS + " is neither sqlite nor a PostgreSQL URL");
  }

  /**
   * Creates a new server directory (owner-only permissions: the settings may hold a database
   * password, and the store holds password hashes).
   *
   * @param postgresUrl the team's PostgreSQL URL as typed, or empty for SQLite
   * @throws ServerStoreException when the directory already holds a server or cannot be written
   */
  public static ServerLocation create(Path directory, Optional<String> postgresUrl) {
    Path settings = directory.resolve(SETTINGS);
    if (Files.exists(settings)) {
      throw new ServerStoreException(directory.toString(), "already an okju server directory");
    }
    Optional<CaseLocation.Server> server = Optional.empty();
    if (postgresUrl.isPresent()) {
      if (!(CaseLocation.parse(postgresUrl.get()) instanceof CaseLocation.Server s)) {
        throw new IllegalArgumentException("not a PostgreSQL URL: " + postgresUrl.get());
      }
      server = Optional.of(s);
    }
    try {
      Files.createDirectories(directory);
      ownerOnly(directory, "rwx------");
      Properties p = new Properties();
      p.setProperty("database", postgresUrl.orElse("sqlite"));
      Path temp = directory.resolve(SETTINGS + ".tmp");
      try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        p.store(out, "okju workbench server");
      }
      ownerOnly(temp, "rw-------");
      Files.move(temp, settings, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new ServerStoreException(directory.toString(), "cannot create the server directory", e);
    }
    return new ServerLocation(directory, server);
  }

  private static void ownerOnly(Path p, String perms) throws IOException {
    try {
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(perms));
    } catch (UnsupportedOperationException e) {
      // A file system without POSIX permissions: nothing to tighten.
    }
  }
}
