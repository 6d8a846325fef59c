package org.okju.cli;

import java.nio.file.Files;
import java.time.Clock;
import java.util.Optional;
import org.okju.casefile.CaseLocation;
import org.okju.casefile.CaseStore;
import org.okju.ledger.LedgerCase;
import picocli.CommandLine.Option;

/** The {@code --case} and {@code --user} options shared by the verbs that use a case (a mixin). */
final class CaseOption {
  @Option(
      names = "--case",
      paramLabel = "PATH",
      description = "Case directory or PostgreSQL URL (default: ${DEFAULT-VALUE}).")
  String location = CaseLocation.DEFAULT_DIRECTORY.toString();

  @Option(
      names = "--user",
      description = "Who is acting, for the custody log (default: login name).")
  String user = System.getProperty("user.name", "unknown");

  /** Opens the case, creating it when it does not exist yet. */
  CaseStore open() {
    return CaseStore.open(CaseLocation.parse(location));
  }

  /** The case, or empty when a case directory does not exist (opening would create one). */
  Optional<CaseStore> openExisting() {
    CaseLocation where = CaseLocation.parse(location);
    if (where instanceof CaseLocation.Directory d && !Files.isRegularFile(d.database())) {
      return Optional.empty();
    }
    return Optional.of(CaseStore.open(where));
  }

  LedgerCase ledger(CaseStore store) {
    return new LedgerCase(store, OkjuVersion.current(), Clock.systemUTC());
  }
}
