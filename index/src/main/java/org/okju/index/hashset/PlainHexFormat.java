package org.okju.index.hashset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A plain list of hex hashes, one a line, the kind inferred from the length: 32 digits MD5, 40
 * SHA-1, 64 SHA-256 or PDQ. Both PDQ and SHA-256 are 64 digits and look alike, so a list of only
 * 64-digit values cannot be read without being told which ({@link #assuming}, and {@link
 * #onlySixtyFourDigits} to find out whether it must be); in a list that also has MD5 or SHA-1 lines
 * they are SHA-256 (a list of file digests), which is also what the format found by {@link
 * HashSetFormats} assumes. Blank lines and {@code #} comments are skipped; surrounding spaces are
 * ignored; upper case is accepted.
 */
public final class PlainHexFormat implements HashSetFormat {
  private final HashKind sixtyFour;

  /** Reads 64-digit values as SHA-256. */
  public PlainHexFormat() {
    this(HashKind.SHA256);
  }

  private PlainHexFormat(HashKind sixtyFour) {
    this.sixtyFour = sixtyFour;
  }

  /**
   * The format reading 64-digit values as {@code kind}.
   *
   * @throws IllegalArgumentException unless {@code kind} is PDQ or SHA-256
   */
  public static PlainHexFormat assuming(HashKind kind) {
    if (kind != HashKind.PDQ && kind != HashKind.SHA256) {
      throw new IllegalArgumentException("64-digit hashes are PDQ or SHA-256, not " + kind);
    }
    return new PlainHexFormat(kind);
  }

  /**
   * Whether every hash in {@code file} has 64 digits (and there is one): such a list could be PDQ
   * or SHA-256 and only the user can say which.
   *
   * @throws IOException when the file cannot be read
   */
  public static boolean onlySixtyFourDigits(Path file) throws IOException {
    // Latin-1 decodes any byte: a stray non-ASCII line is just "not 64 digits".
    try (Stream<String> lines = Files.lines(file, StandardCharsets.ISO_8859_1)) {
      boolean[] any = new boolean[1];
      boolean other =
          lines
              .map(String::trim)
              .filter(l -> !l.isEmpty() && !l.startsWith("#"))
              .peek(l -> any[0] = true)
              .anyMatch(l -> l.length() != 64);
      return any[0] && !other;
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

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
    return switch (hex.length()) {
      case 32 -> Optional.of(HashKind.MD5);
      case 40 -> Optional.of(HashKind.SHA1);
      case 64 -> Optional.of(HashKind.SHA256);
      default -> Optional.empty();
    };
  }

  @Override
  public Stream<HashSetEntry> read(Path file, Consumer<ParseProblem> problems) throws IOException {
    return TextLines.stream(file, this::parse, problems);
  }

  private Optional<HashSetEntry> parse(String line, long number) throws MalformedRecordException {
    String hex = line.trim();
    if (hex.isEmpty() || hex.startsWith("#")) {
      return Optional.empty();
    }
    Optional<HashKind> kind = kindOf(hex).map(k -> k == HashKind.SHA256 ? sixtyFour : k);
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
