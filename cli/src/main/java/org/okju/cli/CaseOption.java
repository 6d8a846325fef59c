package org.okju.cli;

import java.nio.file.Files;
import java.util.Optional;
import org.okju.casefile.CaseLocation;
import org.okju.casefile.CaseStore;
import picocli.CommandLine.Option;

/** The {@code --case PATH} option shared by the verbs that read a case. */
final class CaseOption {
  @Option(
      names = "--case",
      paramLabel = "PATH",
      description = "Case directory or PostgreSQL URL (default: ${DEFAULT-VALUE}).")
  String location = CaseLocation.DEFAULT_DIRECTORY.toString();

  /** The case, or empty when a case directory does not exist (opening would create one). */
  Optional<CaseStore> openExisting() {
    CaseLocation where = CaseLocation.parse(location);
    if (where instanceof CaseLocation.Directory d && !Files.isRegularFile(d.database())) {
      return Optional.empty();
    }
    return Optional.of(CaseStore.open(where));
  }

  static String user() {
    return System.getProperty("user.name", "unknown");
  }
}
