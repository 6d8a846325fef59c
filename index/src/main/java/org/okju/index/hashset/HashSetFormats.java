package org.okju.index.hashset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Stream;

/**
 * The {@link HashSetFormat}s on the class path (found with {@link ServiceLoader}), by name or by
 * sniffing a file's first bytes. Formats are tried in the order of the service files, most specific
 * first (SQLite and JSON before CSV headers, before line formats, before plain hex).
 */
public final class HashSetFormats {
  /** How many leading bytes {@link #detect} reads for sniffing. */
  public static final int HEAD_BYTES = 4096;

  private HashSetFormats() {}

  /** Every format, most specific first. */
  public static List<HashSetFormat> all() {
    List<HashSetFormat> out = new ArrayList<>();
    for (HashSetFormat f : ServiceLoader.load(HashSetFormat.class)) {
      out.add(f);
    }
    return out;
  }

  /** The format called {@code name}, if there is one. */
  public static Optional<HashSetFormat> byName(String name) {
    return all().stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /** The first format that recognises the start of {@code file}, if any does. */
  public static Optional<HashSetFormat> detect(Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(HEAD_BYTES);
    }
    return all().stream().filter(f -> f.sniff(head)).findFirst();
  }

  /** Everything read from a small file: the entries and the problems. */
  public record Contents(List<HashSetEntry> entries, List<ParseProblem> problems) {}

  /** Reads all of {@code file} into memory: for small lists and tests; stream big ones. */
  public static Contents readAll(HashSetFormat format, Path file) throws IOException {
    List<ParseProblem> problems = new ArrayList<>();
    try (Stream<HashSetEntry> s = format.read(file, problems::add)) {
      List<HashSetEntry> entries = s.toList();
      return new Contents(entries, List.copyOf(problems));
    }
  }
}
