package org.okju.spark;

import java.nio.file.Path;
import org.okju.casefile.CaseBusyException;
import org.okju.casefile.CaseLocation;
import org.okju.casefile.CaseStore;
import org.okju.casefile.CustodyEntry;
import picocli.CommandLine.Option;

/**
 * {@code --case}, {@code --user} and {@code --wait} for the Spark path's verbs that write to a case
 * (a picocli mixin), with the CLI's rules (cli's CaseWriteOption): the case must exist, its writer
 * lock is taken (a second writer is refused, or waited for with {@code --wait}), and a case that
 * signs its custody log is not written without its private key.
 */
final class CaseWriting {
  private static final long WAIT_POLL_MILLIS = 500;

  @Option(
      names = "--case",
      paramLabel = "PATH|URL",
      defaultValue = "okju-case",
      description =
          "The case: a directory (SQLite) or postgresql://user@host:port/database"
              + " (default: ${DEFAULT-VALUE}).")
  String location;

  @Option(
      names = "--user",
      paramLabel = "NAME",
      description = "Who is acting, as the custody log records it (default: the login name).")
  String user = System.getProperty("user.name", "unknown");

  @Option(
      names = "--wait",
      description =
          "When another okju process is writing to the case, wait for it to finish instead of"
              + " stopping with exit code 1.")
  boolean waitForLock;

  /**
   * Opens the existing case and takes its writer lock for {@code verb}.
   *
   * @throws org.okju.casefile.NoCaseException when there is no case there
   * @throws CaseBusyException when another writer holds it and {@code --wait} was not given
   * @throws IllegalStateException when the case signs its custody log and the key is not here
   */
  CaseStore open(String verb) throws InterruptedException {
    CaseStore store =
        CaseStore.open(
            c -> {
              c.location(CaseLocation.parse(location)).existing();
              String keys = System.getenv("OKJU_KEY_DIR");
              if (keys != null && !keys.isBlank()) {
                c.keyDirectory(Path.of(keys));
              }
            });
    try {
      while (true) {
        try {
          store.lock(verb, user);
          break;
        } catch (CaseBusyException e) {
          if (!waitForLock) {
            throw e;
          }
          Thread.sleep(WAIT_POLL_MILLIS);
        }
      }
      if (!store.custody().signing()
          && store.custody().head().flatMap(CustodyEntry::signature).isPresent()) {
        throw new IllegalStateException(
            "this case signs its custody log, and its private key custody-ed25519.key is not"
                + " here (in the case directory, or where OKJU_KEY_DIR says for a PostgreSQL"
                + " case)");
      }
      return store;
    } catch (InterruptedException | RuntimeException e) {
      store.close();
      throw e;
    }
  }

  /** The okju version recorded in custody entries: the jar's, or "dev" when run from classes. */
  static String okjuVersion() {
    String v = CaseWriting.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
