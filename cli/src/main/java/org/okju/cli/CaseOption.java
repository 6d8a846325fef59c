package org.okju.cli;

import java.time.Clock;
import org.okju.casefile.CaseLocation;
import org.okju.casefile.CaseStore;
import org.okju.ledger.LedgerCase;
import picocli.CommandLine.Option;

/** The {@code --case} and {@code --user} options shared by the ledger verbs (a picocli mixin). */
final class CaseOption {
  @Option(
      names = "--case",
      paramLabel = "PATH",
      description = "Case directory or PostgreSQL URL (default ./okju-case).")
  String location = CaseLocation.DEFAULT_DIRECTORY.toString();

  @Option(
      names = "--user",
      description = "Who is acting, for the custody log (default: login name).")
  String user = System.getProperty("user.name", "unknown");

  CaseStore open() {
    return CaseStore.open(CaseLocation.parse(location));
  }

  LedgerCase ledger(CaseStore store) {
    return new LedgerCase(store, OkjuVersion.current(), Clock.systemUTC());
  }
}
