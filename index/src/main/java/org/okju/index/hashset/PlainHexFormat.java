package org.okju.index.hashset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A plain list of hex hashes, one a line, the kind inferred from the length: 32 digits MD5, 40
 * SHA-1, 64 SHA-256 (a list of PDQ hashes must say so: {@link PdqListFormat}). Blank lines and
 * {@code #} comments are skipped; surrounding spaces are ignored; upper case is accepted.
 */
public final class PlainHexFormat implements HashSetFormat {
  @Override
  public String name() {
    return "hex-list";
  }

  @Override
  public boolean sniff(byte[] head) {
    String line = TextLines.firstContentLine(head);
    return kindOf(line).isPresent() && line.chars().allMatch(c -> Character.digit(c, 16) >= 0);
  }

  private static Optional<HashKind> kindOf(String hex) {
    switch (hex.length()) {
      case 32:
        return Optional.of(HashKind.MD5);
      case 40:
        return Optional.of(HashKind.SHA1);
      case 64:
        return Optional.of(HashKind.SHA256);
      default:
        return Optional.empty();
    }
  }

  @Override
  public Stream<HashSetEntry> read(Path file, Consumer<ParseProblem> problems) throws IOException {
    return TextLines.stream(file, PlainHexFormat::parse, problems);
  }

  private static Optional<HashSetEntry> parse(String line, long number)
      throws MalformedRecordException {
    String hex = line.trim();
    if (hex.isEmpty() || hex.startsWith("#")) {
      return Optional.empty();
    }
    Optional<HashKind> kind = kindOf(hex);
    if (kind.isEmpty()) {
      throw new MalformedRecordException(
          "not a 32, 40 or 64 digit hex hash ("
              + hex.length()
              + " characters): "
              + Csv.abbreviate(hex));
    }
    return Optional.of(
        new HashSetEntry(
            List.of(TextLines.hash(kind.get(), hex)),
            Optional.empty(),
            OptionalLong.empty(),
            Optional.empty(),
            Optional.empty(),
            number));
  }
}
