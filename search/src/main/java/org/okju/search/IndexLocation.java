package org.okju.search;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.okju.casefile.CaseLocation;

/**
 * Where a case's search index lives. The index is derived data, rebuilt from the texts the case
 * stores, so it lives beside whoever searches: in the case directory ({@code search/}) for an
 * SQLite case; for a PostgreSQL case, on each machine that searches it, under {@code
 * $XDG_CACHE_HOME/okju/search/} (default {@code ~/.cache}), in a directory named by a hash of the
 * database's address (never its password); {@code OKJU_SEARCH_INDEX} names another place. Each
 * machine's index catches up with the database by itself.
 */
public final class IndexLocation {
  private IndexLocation() {}

  /** The index directory for {@code location}. */
  public static Path of(CaseLocation location) {
    String override = System.getenv("OKJU_SEARCH_INDEX");
    if (override != null && !override.isBlank()) {
      return Path.of(override);
    }
    if (location instanceof CaseLocation.Directory d) {
      return d.path().resolve("search");
    }
    String cache = System.getenv("XDG_CACHE_HOME");
    Path base =
        cache != null && !cache.isBlank()
            ? Path.of(cache)
            : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("okju").resolve("search").resolve(key(location.describe()));
  }

  private static String key(String address) {
    try {
      byte[] d =
          MessageDigest.getInstance("SHA-256").digest(address.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
