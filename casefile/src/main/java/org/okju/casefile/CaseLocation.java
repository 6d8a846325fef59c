package org.okju.casefile;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a case lives: a directory holding an SQLite database ({@code case.db}), or a PostgreSQL
 * database for a team.
 */
public sealed interface CaseLocation permits CaseLocation.Directory, CaseLocation.Server {
  /** The directory used when the user names none. */
  Path DEFAULT_DIRECTORY = Path.of("okju-case");

  /** A case directory; created on first open. */
  static CaseLocation directory(Path path) {
    return new Directory(path);
  }

  /**
   * Reads what a user typed after {@code --case} or {@code --db}: {@code postgresql://…}, {@code
   * postgres://…} or {@code jdbc:postgresql:…} name a server; anything else is a directory.
   *
   * @throws IllegalArgumentException when a PostgreSQL URL cannot be parsed
   */
  static CaseLocation parse(String text) {
    if (text.startsWith("jdbc:postgresql:")) {
      return new Server(text, Optional.empty(), Optional.empty());
    }
    if (text.startsWith("postgresql://") || text.startsWith("postgres://")) {
      return Server.ofUserUrl(text);
    }
    return new Directory(Path.of(text));
  }

  /** How to show the location to a person: never includes a password. */
  String describe();

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

    private static String redact(String url) {
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
