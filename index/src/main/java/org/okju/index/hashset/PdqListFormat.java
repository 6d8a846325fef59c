package org.okju.index.hashset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.okju.index.AtomicFile;

/**
 * HMA / StopNCII-style PDQ lists: {@code pdq HEX} per line (the {@code signal_type signal_str}
 * lines python-threatexchange's {@code dataset} command prints), optionally followed by a space and
 * a label. Blank lines and {@code #} comments are skipped. Writes bare {@code pdq HEX} lines.
 */
public final class PdqListFormat implements HashSetFormat {
  @Override
  public String name() {
    return "pdq-list";
  }

  @Override
  public boolean sniff(byte[] head) {
    String line = TextLines.firstContentLine(head);
    return line.regionMatches(true, 0, "pdq ", 0, 4);
  }

  @Override
  public Stream<HashSetEntry> read(Path file, Consumer<ParseProblem> problems) throws IOException {
    return TextLines.stream(file, PdqListFormat::parse, problems);
  }

  private static Optional<HashSetEntry> parse(String line, long number)
      throws MalformedRecordException {
    String t = line.trim();
    if (t.isEmpty() || t.startsWith("#")) {
      return Optional.empty();
    }
    String[] parts = t.split("\\s+", 3);
    if (parts.length < 2 || !parts[0].equalsIgnoreCase("pdq")) {
      throw new MalformedRecordException("not \"pdq HEX\": " + Csv.abbreviate(t));
    }
    return Optional.of(
        new HashSetEntry(
            List.of(TextLines.hash(HashKind.PDQ, parts[1])),
            Optional.empty(),
            OptionalLong.empty(),
            Optional.empty(),
            parts.length == 3 ? Optional.of(parts[2]) : Optional.empty(),
            number));
  }

  @Override
  public boolean canWrite() {
    return true;
  }

  @Override
  public WriteCount write(Path file, Stream<HashSetEntry> entries) throws IOException {
    long[] counts = new long[2];
    AtomicFile.writeStream(
        file,
        out -> {
          for (HashSetEntry e : (Iterable<HashSetEntry>) entries::iterator) {
            Optional<HashValue> pdq = e.hash(HashKind.PDQ);
            if (pdq.isPresent()) {
              out.write(("pdq " + pdq.get().toHex() + "\n").getBytes(StandardCharsets.US_ASCII));
              counts[0]++;
            } else {
              counts[1]++;
            }
          }
        });
    return new WriteCount(counts[0], counts[1]);
  }
}
