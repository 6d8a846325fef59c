package org.okju.casefile;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Where a case lives: a directory holding an SQLite database ({@code case.db}), or a PostgreSQL
 * database for a team. The one way every front end (command line, web workbench, monitor, Spark
 * jobs) turns what a user typed into a case:
 *
 * <pre>{@code
 * CaseLocation where = CaseLocation.parse(text);   // a directory or postgresql://…
 * if (!where.exists()) { ... }                     // nothing is created by asking
 * try (CaseStore store = CaseStore.openExisting(where)) { ... }
 * }</pre>
 */
public sealed interface CaseLocation permits CaseLocation.Directory, CaseLocation.Server {
  /** The directory used when the user names none. */
  Path DEFAULT_DIRECTORY = Path.of("okju-case");

  /** Any {@code scheme://}: a URL, which must never silently become a directory name. */
  Pattern URL = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://.*", Pattern.DOTALL);

  /** {@code postgres:…}, {@code postgresql:…}, {@code jdbc:…} without the slashes of a URL. */
  Pattern MANGLED_URL = Pattern.compile("^(?i)(postgres(ql)?|jdbc):.*", Pattern.DOTALL);

  /** A case directory; created on first open. */
  static CaseLocation directory(Path path) {
    return new Directory(path);
  }

  /**
   * Reads what a user typed after {@code --case}: {@code postgresql://…}, {@code postgres://…} or
   * {@code jdbc:postgresql:…} name a server; anything else is a directory. Any other URL, or a
   * PostgreSQL URL missing its {@code //}, is refused rather than taken for a directory name (a
   * case written to {@code ./postgresql:/host/db/} instead of the server is evidence in the wrong
   * place).
   *
   * @throws IllegalArgumentException when the text is empty, another kind of URL, or a PostgreSQL
   *     URL that cannot be parsed
   */
  static CaseLocation parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("no case location given");
    }
    if (text.startsWith("jdbc:postgresql:")) {
      return new Server(text, Optional.empty(), Optional.empty());
    }
    if (text.startsWith("postgresql://") || text.startsWith("postgres://")) {
      return Server.ofUserUrl(text);
    }
    if (URL.matcher(text).matches() || MANGLED_URL.matcher(text).matches()) {
      throw new IllegalArgumentException(
          "not a case location: "
              + Server.redact(text)
              + " (a case is a directory or postgresql://user@host:port/database)");
    }
    return new Directory(Path.of(text));
  }

  /** How to show the location to a person: never includes a password. */
  String describe();

  /**
   * Whether a case is there: a directory's {@code case.db}, or okju's schema in the database.
   * Asking creates nothing.
   *
   * @throws CaseStoreException when the server cannot be reached (an unreachable case is not a
   *     missing one)
   */
  boolean exists();

  /**
   * A folder of this machine for what okju keeps for a case between runs outside its database (the
   * crash journal of the native decoders): {@code work/} inside a case directory; for a case on a
   * server, a folder of the temporary directory named by a digest of the server's address (a rerun
   * after a crash comes from the same machine). Asking creates nothing.
   */
  Path localWorkDirectory();

  /**
   * A case directory.
   *
   * @param path the directory; {@code case.db} and the custody keys live inside
   */
  record Directory(Path path) implements CaseLocation {
    /** The SQLite database file. */
    public Path database() {
      return path.resolve("case.db");
    }

    @Override
    public String describe() {
      return path.toString();
    }

    @Override
    public boolean exists() {
      return Files.isRegularFile(database());
    }

    @Override
    public Path localWorkDirectory() {
      return path.toAbsolutePath().resolve("work");
    }
  }

  /**
   * A PostgreSQL database.
   *
   * @param jdbcUrl the JDBC URL ({@code jdbc:postgresql://host:port/db?…})
   * @param user the user, when not given in the URL's parameters
   * @param password the password, when not given otherwise (PGPASSFILE is not read)
   */
  record Server(String jdbcUrl, Optional<String> user, Optional<String> password)
      implements CaseLocation {

    static Server ofUserUrl(String text) {
      try {
        URI uri = new URI(text);
        if (uri.getHost() == null) {
          throw new IllegalArgumentException("no host in PostgreSQL URL: " + redact(text));
        }
        StringBuilder jdbc = new StringBuilder("jdbc:postgresql://").append(uri.getRawAuthority());
        int at = jdbc.indexOf("@");
        if (at >= 0) {
          jdbc.delete("jdbc:postgresql://".length(), at + 1);
        }
        jdbc.append(uri.getRawPath() == null ? "/" : uri.getRawPath());
        if (uri.getRawQuery() != null) {
          jdbc.append('?').append(uri.getRawQuery());
        }
        Optional<String> user = Optional.empty();
        Optional<String> password = Optional.empty();
        String info = uri.getUserInfo();
        if (info != null) {
          int colon = info.indexOf(':');
          user = Optional.of(colon < 0 ? info : info.substring(0, colon));
          password = colon < 0 ? Optional.empty() : Optional.of(info.substring(colon + 1));
        }
        return new Server(jdbc.toString(), user, password);
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException("not a PostgreSQL URL: " + redact(text), e);
      }
    }

    @Override
    public boolean exists() {
      Properties p = new Properties();
      user.ifPresent(u -> p.setProperty("user", u));
      password.ifPresent(pw -> p.setProperty("password", pw));
      p.setProperty("ApplicationName", "okju");
      try (Connection c = DriverManager.getConnection(jdbcUrl, p)) {
        DatabaseMetaData meta = c.getMetaData();
        // The custody log is created by the first migration and never dropped.
        try (ResultSet r = meta.getTables(null, null, "custody_entry", new String[] {"TABLE"})) {
          return r.next();
        }
      } catch (SQLException e) {
        if ("3D000".equals(e.getSQLState())) {
          return false; // the database itself does not exist
        }
        throw new CaseStoreException(describe(), "cannot reach the case database", e);
      }
    }

    @Override
    public Path localWorkDirectory() {
      // The digest keeps the password (when in the URL) out of a folder name anyone may list.
      String address = jdbcUrl + "\n" + user.orElse("");
      try {
        byte[] digest =
            java.security.MessageDigest.getInstance("SHA-256")
                .digest(address.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return Path.of(
            System.getProperty("java.io.tmpdir"),
            "okju-case-" + java.util.HexFormat.of().formatHex(digest, 0, 8));
      } catch (java.security.NoSuchAlgorithmException e) {
        throw new IllegalStateException("every JDK has SHA-256", e);
      }
    }

    static String redact(String url) {
      return url.replaceAll("://([^:@/]*):[^@/]*@", "://$1:***@");
    }

    @Override
    public String describe() {
      return redact(jdbcUrl).replaceAll("(?i)(password=)[^&]*", "$1***")
          + user.map(u -> " as " + u).orElse("");
    }

    @Override
    public String toString() {
      return "Server[" + describe() + "]";
    }
  }
}
