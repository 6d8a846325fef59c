package org.okju.conformance;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the shared partner files are: {@code ../shared/ontologies} beside the checkout (the build
 * passes it as the system property {@code okju.ontologies}; {@code OKJU_ONTOLOGIES} overrides).
 */
public final class SharedFiles {
  private SharedFiles() {}

  /**
   * The ontologies directory.
   *
   * @throws IllegalStateException naming where it looked when it is missing
   */
  public static Path ontologies() {
    String configured = System.getProperty("okju.ontologies");
    Path dir =
        configured != null
            ? Path.of(configured)
            : Path.of("..", "..", "shared", "ontologies").toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException("shared ontologies not found at " + dir.toAbsolutePath());
    }
    return dir;
  }
}
