package org.okju.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;
import org.okju.casefile.CaseBusyException;
import org.okju.casefile.CaseStore;
import org.okju.casefile.CaseStoreConfig;
import org.okju.casefile.CustodyEntry;
import org.okju.casefile.LockHolder;
import picocli.CommandLine.Option;

/**
 * {@code --case}, {@code --user} and {@code --wait} for the verbs that change a case (a mixin:
 * {@code @Mixin CaseWriteOption caseOption;}). Opening takes the case's writer lock for the verb; a
 * second writer is refused with {@code case busy: okju ingest (pid N, started T)} (exit 1), or
 * waits with {@code --wait}. Closing the store releases the lock.
 */
final class CaseWriteOption extends CaseOption {
  private static final long WAIT_POLL_MILLIS = 500;

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
   * Opens an existing case and takes its writer lock.
   *
   * @throws org.okju.casefile.NoCaseException when there is no case (exit 2)
   * @throws CaseBusyException when another writer holds the case and {@code --wait} was not given
   */
  CaseStore openForWriting() throws InterruptedException {
    return openForWriting(c -> {});
  }

  /** The same, with more settings (custody signing). */
  CaseStore openForWriting(Consumer<CaseStoreConfig> more) throws InterruptedException {
    return locked(
        CaseStore.open(
            c -> {
              configure(c).existing();
              more.accept(c);
            }));
  }

  /** Opens the case, creating it when new (only {@code okju ingest} does), and locks it. */
  CaseStore createForWriting() throws InterruptedException {
    return locked(CaseStore.open(this::configure));
  }

  // A case that signs its custody log must not get an unsigned entry, nor a change whose entry
  // could not be written: an okju without the private key stops before it does anything.
  private static void refuseUnsignedWrites(CaseStore store) {
    if (!store.custody().signing()
        && store.custody().head().flatMap(CustodyEntry::signature).isPresent()) {
      throw CliException.failure(
          "this case signs its custody log, and its private key custody-ed25519.key is not"
              + " here (in the case directory, or where OKJU_KEY_DIR says for a PostgreSQL case)");
    }
  }

  private CaseStore locked(CaseStore store) throws InterruptedException {
    try {
      boolean told = false;
      while (true) {
        try {
          store.lock(verb.qualifiedName(), user);
          refuseUnsignedWrites(store);
          return store;
        } catch (CaseBusyException e) {
          if (!waitForLock) {
            throw e;
          }
          if (!told) {
            PrintWriter err = verb.commandLine().getErr();
            err.println(
                verb.qualifiedName()
                    + ": waiting for "
                    + e.holder().map(LockHolder::describe).orElse("another okju process")
                    + " to finish");
            err.flush();
            told = true;
          }
          Thread.sleep(WAIT_POLL_MILLIS);
        }
      }
    } catch (InterruptedException | RuntimeException e) {
      store.close();
      throw e;
    }
  }
}
