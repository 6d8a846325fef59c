package org.okju.index.hashset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * hashdeep's known-file lists, the form forensic examiners keep their hash sets in ({@code hashdeep
 * -r DIR > known.txt}, then {@code hashdeep -a -k known.txt}): a {@code %%%% HASHDEEP-1.0} line, a
 * {@code %%%% size,md5,sha256,filename} line naming the columns (any of size, md5, sha1, sha256,
 * tiger, whirlpool, and filename last), {@code ##} comment lines, then one unquoted row per file.
 * The file name is the rest of the row, commas and all. Entries carry MD5, SHA-1 and SHA-256 as
 * given, the name and the size; Tiger and Whirlpool are not kept.
 */
public final class HashdeepFormat implements HashSetFormat {
  private static final String MAGIC = "%%%% HASHDEEP-1.0";
  private static final String COLUMNS = "%%%% ";

  @Override
  public String name() {
    return "hashdeep";
  }

  @Override
  public boolean sniff(byte[] head) {
    return TextLines.firstContentLine(head).startsWith(MAGIC);
  }

  @Override
  public Stream<HashSetEntry> read(Path file, Consumer<ParseProblem> problems) throws IOException {
    return TextLines.stream(file, new Rows(), problems);
  }

  private static final class Rows implements TextLines.LineParser {
    private List<String> columns = List.of();

    @Override
    public Optional<HashSetEntry> parse(String line, long number) throws MalformedRecordException {
      if (line.isBlank() || line.startsWith("##") || line.startsWith(MAGIC)) {
        return Optional.empty();
      }
      if (line.startsWith(COLUMNS)) {
        columns =
            List.of(
                line.substring(COLUMNS.length()).trim().toLowerCase(Locale.ROOT).split(",", -1));
        if (!columns.contains("md5") && !columns.contains("sha1") && !columns.contains("sha256")) {
          throw new MalformedRecordException("the columns name no MD5, SHA-1 or SHA-256: " + line);
        }
        return Optional.empty();
      }
      if (columns.isEmpty()) {
        throw new MalformedRecordException("a row before the %%%% line naming the columns");
      }
      String[] f = line.split(",", columns.size());
      if (f.length < columns.size()) {
        throw new MalformedRecordException(
            "expected " + columns.size() + " fields: " + Csv.abbreviate(line));
      }
      List<HashValue> hashes = new ArrayList<>(3);
      Optional<String> name = Optional.empty();
      OptionalLong size = OptionalLong.empty();
      for (int i = 0; i < columns.size(); i++) {
        String value = f[i];
        switch (columns.get(i)) {
          case "md5" -> hashes.add(TextLines.hash(HashKind.MD5, value));
          case "sha1" -> hashes.add(TextLines.hash(HashKind.SHA1, value));
          case "sha256" -> hashes.add(TextLines.hash(HashKind.SHA256, value));
          case "size" -> size = OptionalLong.of(size(value));
          case "filename" -> name = value.isEmpty() ? Optional.empty() : Optional.of(value);
          default -> {
            // Tiger, Whirlpool: no match kind of okju's.
          }
        }
      }
      if (hashes.isEmpty()) {
        throw new MalformedRecordException("no MD5, SHA-1 or SHA-256: " + Csv.abbreviate(line));
      }
      return Optional.of(
          new HashSetEntry(hashes, name, size, Optional.empty(), Optional.empty(), number));
    }

    private static long size(String value) throws MalformedRecordException {
      try {
        return Long.parseLong(value.trim());
      } catch (NumberFormatException e) {
        throw new MalformedRecordException("size is not a number: " + value);
      }
    }
  }
}
