package org.okju.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the shared reference test vectors are: {@code ../shared/testvectors} beside the okju
 * checkout (the launcher passes {@code okju.home}), or {@code OKJU_TESTVECTORS}.
 */
final class TestVectorLocation {
  private TestVectorLocation() {}

  static Path root() {
    String env = System.getenv("OKJU_TESTVECTORS");
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    String home = System.getProperty("okju.home", ".");
    return Path.of(home).toAbsolutePath().resolve("../shared/testvectors").normalize();
  }

  static Path threatExchange() {
    Path te = root().resolve("threatexchange");
    if (!Files.isDirectory(te)) {
      throw new IllegalStateException(
          "reference test vectors not found at " + te + " (set OKJU_TESTVECTORS)");
    }
    return te;
  }

  static Path pdqData() {
    return threatExchange().resolve("pdq/data");
  }
}
