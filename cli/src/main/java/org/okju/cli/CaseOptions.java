package org.okju.cli;

import java.nio.file.Path;
import org.okju.casefile.CaseLocation;
import picocli.CommandLine.Option;

/** {@code --case PATH} or {@code --db URL}: where the case lives (shared by the case verbs). */
final class CaseOptions {
  @Option(
      names = "--case",
      paramLabel = "PATH",
      description = "Case directory (default ./okju-case).")
  Path directory;

  @Option(
      names = "--db",
      paramLabel = "URL",
      description = "PostgreSQL case instead of a directory: postgresql://user@host:port/db.")
  String database;

  CaseLocation location() {
    if (database != null) {
      return CaseLocation.parse(database);
    }
    return CaseLocation.directory(directory != null ? directory : CaseLocation.DEFAULT_DIRECTORY);
  }
}
