package org.okju.index.hashset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.okju.index.AtomicFile;

/**
 * HMA / python-threatexchange CSV signal lists: a header naming at least {@code signal_type} and
 * {@code signal_str} (python-threatexchange's {@code dataset --csv} writes {@code
 * signal_type,signal_str,collab,category,tags}), then one signal a row. Signal types {@code pdq},
 * {@code md5}, {@code video_md5}, {@code photo_md5}, {@code sha256} and {@code vpdq} are read;
 * other types (URLs, text) are reported as problems rather than dropped silently. {@code collab}
 * becomes the label, {@code category} the category. Writes the five-column form, a video's frames
 * as one {@code vpdq} row.
 *
 * <p>A {@code vpdq} signal is python-threatexchange's {@code vpdq_to_json}: a JSON list of {@code
 * "pdq hex,quality,seconds"} strings, one a frame. Its earlier form, a JSON object from frame
 * number to {@code {"quality", "hash", "timestamp"}}, is read too.
 */
public final class HmaCsvFormat implements HashSetFormat {
  private static final String HEADER = "signal_type,signal_str,collab,category,tags";

  @Override
  public String name() {
    return "hma-csv";
  }

  @Override
  public boolean sniff(byte[] head) {
    String first = TextLines.firstContentLine(head).toLowerCase(Locale.ROOT);
    return first.contains("signal_type") && first.contains("signal_str");
  }

  @Override
  public Stream<HashSetEntry> read(Path file, Consumer<ParseProblem> problems) throws IOException {
    return TextLines.stream(file, new Rows(), problems);
  }

  /** Parses rows after learning the columns from the header line. */
  private static final class Rows implements TextLines.LineParser {
    private int[] columns; // signal_type, signal_str, collab, category; null before the header

    @Override
    public Optional<HashSetEntry> parse(String line, long number) throws MalformedRecordException {
      if (line.isBlank()) {
        return Optional.empty();
      }
      List<String> f = Csv.fields(line);
      if (columns == null) {
        columns = new int[] {-1, -1, -1, -1};
        List<String> names = List.of("signal_type", "signal_str", "collab", "category");
        for (int i = 0; i < f.size(); i++) {
          int k = names.indexOf(f.get(i).trim().toLowerCase(Locale.ROOT));
          if (k >= 0) {
            columns[k] = i;
          }
        }
        if (columns[0] < 0 || columns[1] < 0) {
          throw new MalformedRecordException(
              "header lacks signal_type and signal_str: " + Csv.abbreviate(line));
        }
        return Optional.empty();
      }
      if (f.size() <= Math.max(columns[0], columns[1])) {
        throw new MalformedRecordException("too few fields: " + Csv.abbreviate(line));
      }
      String type = f.get(columns[0]).trim().toLowerCase(Locale.ROOT);
      String value = f.get(columns[1]).trim();
      if (type.equals("vpdq")) {
        return Optional.of(
            new HashSetEntry(
                List.of(),
                Optional.empty(),
                OptionalLong.empty(),
                optional(f, columns[3]),
                optional(f, columns[2]),
                number,
                VpdqJson.read(value)));
      }
      HashKind kind =
          switch (type) {
            case "pdq" -> HashKind.PDQ;
            case "md5", "video_md5", "photo_md5" -> HashKind.MD5;
            case "sha256" -> HashKind.SHA256;
            default ->
                throw new MalformedRecordException(
                    "signal type \"" + type + "\" is not a hash okju reads");
          };
      return Optional.of(
          new HashSetEntry(
              List.of(TextLines.hash(kind, value)),
              Optional.empty(),
              OptionalLong.empty(),
              optional(f, columns[3]),
              optional(f, columns[2]),
              number));
    }

    private static Optional<String> optional(List<String> fields, int column) {
      if (column < 0 || column >= fields.size() || fields.get(column).isBlank()) {
        return Optional.empty();
      }
      return Optional.of(fields.get(column).trim());
    }
  }

  @Override
  public boolean canWrite() {
    return true;
  }

  /** One row per PDQ, MD5 and SHA-256 hash of each entry. */
  @Override
  public WriteCount write(Path file, Stream<HashSetEntry> entries) throws IOException {
    long[] counts = new long[2];
    AtomicFile.writeStream(
        file,
        out -> {
          out.write((HEADER + "\n").getBytes(StandardCharsets.US_ASCII));
          for (HashSetEntry e : (Iterable<HashSetEntry>) entries::iterator) {
            boolean any = false;
            if (!e.video().isEmpty()) {
              out.write(row("vpdq", VpdqJson.write(e.video()), e).getBytes(StandardCharsets.UTF_8));
              counts[0]++;
              any = true;
            }
            for (HashValue h : e.hashes()) {
              if (h.kind() == HashKind.SHA1) {
                continue;
              }
              String row = row(h.kind().name().toLowerCase(Locale.ROOT), h.toHex(), e);
              out.write(row.getBytes(StandardCharsets.UTF_8));
              counts[0]++;
              any = true;
            }
            if (!any) {
              counts[1]++;
            }
          }
        });
    return new WriteCount(counts[0], counts[1]);
  }

  private static String row(String type, String signal, HashSetEntry e) {
    return type
        + ","
        + Csv.field(signal)
        + ","
        + Csv.field(e.label().orElse(""))
        + ","
        + Csv.field(e.category().orElse(""))
        + ",\n";
  }
}
