package org.okju.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.okju.casefile.CaseLocation;
import org.okju.casefile.CaseStore;
import org.okju.casefile.CaseStoreConfig;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --case PATH|postgresql://…}: the case a verb reads (a mixin: {@code @Mixin CaseOption
 * caseOption;}). Verbs that change the case use {@link CaseWriteOption} instead. The case must
 * exist: a missing one is exit 2 with {@code no case at …, create it with okju ingest}, never a new
 * empty case.
 */
class CaseOption {
  @Spec(Spec.Target.MIXEE)
  CommandSpec verb;

  @Option(
      names = "--case",
      paramLabel = "PATH|URL",
      defaultValue = "okju-case",
      converter = CaseLocationConverter.class,
      description =
          "The case: a directory (SQLite) or postgresql://user@host:port/database"
              + " (default: ${DEFAULT-VALUE}).")
  CaseLocation location;

  // The old name of --case, kept for scripts that used it for a PostgreSQL URL.
  @Option(
      names = "--db",
      hidden = true,
      paramLabel = "URL",
      converter = CaseLocationConverter.class,
      description = "Same as --case.")
  void database(CaseLocation location) {
    // Kept apart: picocli applies --case's default after parsing, which would overwrite it.
    this.database = location;
  }

  private CaseLocation database;

  /** Where the case is. */
  CaseLocation location() {
    return database != null ? database : location;
  }

  /**
   * The case's location and where its custody key pair is: {@code $OKJU_KEY_DIR} when set (a
   * PostgreSQL case has no directory of its own to keep it in), else the case directory.
   */
  CaseStoreConfig configure(CaseStoreConfig config) {
    config.location(location());
    String keys = System.getenv("OKJU_KEY_DIR");
    if (keys != null && !keys.isBlank()) {
      config.keyDirectory(Path.of(keys));
    }
    return config;
  }

  /**
   * Opens the case for reading; says on stderr when a writer is at work on it, since what is read
   * may then be incomplete.
   *
   * @throws org.okju.casefile.NoCaseException when there is no case (exit 2)
   */
  CaseStore openExisting() {
    CaseStore store = CaseStore.open(c -> configure(c).existing());
    try {
      store
          .writer()
          .ifPresent(
              w -> {
                PrintWriter err = verb.commandLine().getErr();
                err.println(
                    verb.qualifiedName()
                        + ": note: "
                        + w.describe()
                        + " is writing to this case;"
                        + " what follows may be incomplete");
                err.flush();
              });
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
    return store;
  }
}
