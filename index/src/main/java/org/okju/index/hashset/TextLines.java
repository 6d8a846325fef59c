package org.okju.index.hashset;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads a text hash-set file lazily, one line at a time (UTF-8, a leading byte-order mark dropped,
 * undecodable bytes replaced so one bad name does not stop the file), handing each numbered line to
 * a parser.
 */
final class TextLines {
  /** Parses one line: an entry, empty for a line that carries none (blank, comment, header). */
  @FunctionalInterface
  interface LineParser {
    Optional<HashSetEntry> parse(String line, long number) throws MalformedRecordException;
  }

  /** Parses one line that can carry several entries (none for a blank line or a comment). */
  @FunctionalInterface
  interface ManyParser {
    List<HashSetEntry> parse(String line, long number) throws MalformedRecordException;
  }

  private TextLines() {}

  static Stream<HashSetEntry> stream(Path file, LineParser parser, Consumer<ParseProblem> problems)
      throws IOException {
    return streamMany(
        file,
        (line, number) -> parser.parse(line, number).map(List::of).orElse(List.of()),
        problems);
  }

  static Stream<HashSetEntry> streamMany(
      Path file, ManyParser parser, Consumer<ParseProblem> problems) throws IOException {
    InputStream in = Files.newInputStream(file);
    BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)),
            1 << 16);
    Spliterator<HashSetEntry> lines =
        new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED) {
          private long number;
          private final ArrayDeque<HashSetEntry> pending = new ArrayDeque<>();

          @Override
          public boolean tryAdvance(Consumer<? super HashSetEntry> action) {
            if (!pending.isEmpty()) {
              action.accept(pending.poll());
              return true;
            }
            try {
              String line;
              while ((line = reader.readLine()) != null) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                  line = line.substring(1);
                }
                try {
                  pending.addAll(parser.parse(line, number));
                  if (!pending.isEmpty()) {
                    action.accept(pending.poll());
                    return true;
                  }
                } catch (MalformedRecordException ex) {
                  problems.accept(new ParseProblem(number, ex.getMessage()));
                }
              }
              return false;
            } catch (IOException e) {
              throw new UncheckedIOException(file + ": " + e.getMessage(), e);
            }
          }
        };
    return StreamSupport.stream(lines, false)
        .onClose(
            () -> {
              try {
                reader.close();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  /** The text at the start of {@code head} (UTF-8, byte-order mark dropped). */
  static String headText(byte[] head) {
    String s = new String(head, StandardCharsets.UTF_8);
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  /** The first line of {@code head} that is neither blank nor a {@code #} comment, or "". */
  static String firstContentLine(byte[] head) {
    for (String line : headText(head).split("\\R", 50)) {
      String t = line.trim();
      if (!t.isEmpty() && !t.startsWith("#")) {
        return t;
      }
    }
    return "";
  }

  /** Parses {@code hex} as {@code kind}, as a malformed record when it is not one. */
  static HashValue hash(HashKind kind, String hex) throws MalformedRecordException {
    try {
      return HashValue.parse(kind, hex);
    } catch (IllegalArgumentException e) {
      throw new MalformedRecordException(e.getMessage());
    }
  }
}
