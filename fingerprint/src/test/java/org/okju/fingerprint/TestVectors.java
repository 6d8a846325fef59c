package org.okju.fingerprint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Locates {@code shared/testvectors/threatexchange} and reads its CSV files. */
public final class TestVectors {
  private TestVectors() {}

  public static Path root() {
    String configured = System.getProperty("okju.testvectors");
    Path base =
        configured != null ? Path.of(configured) : Path.of("..", "..", "shared", "testvectors");
    Path te = base.resolve("threatexchange").normalize();
    if (!Files.isDirectory(te)) {
      throw new IllegalStateException("test vectors not found at " + te.toAbsolutePath());
    }
    return te;
  }

  static Path file(String relative) {
    return root().resolve(relative);
  }

  /** Data rows of a CSV (header and # comments dropped), split on commas. */
  static List<String[]> csvRows(String relative) {
    try {
      List<String> lines = Files.readAllLines(file(relative));
      return lines.stream()
          .skip(1)
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> l.split(",", -1))
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
