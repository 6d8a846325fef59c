package org.okju.index.hashset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.okju.index.AtomicFile;

/**
 * python-threatexchange's {@code local_file} signal files ({@code exchanges/impl/file_api.py},
 * {@code LocalFileSignalExchangeAPI}), which the {@code threatexchange} CLI and HMA partners load a
 * list from: one {@code SIGNAL_TYPE SIGNAL} a line, nothing else. The reader strips the line and
 * splits it at the first space; a line without both parts is ignored; a signal type the
 * installation does not know is ignored; a signal its type's {@code validate_signal_str} rejects is
 * dropped with a warning. No header, no comments (a {@code #} line is an unknown signal type), no
 * labels.
 *
 * <p>Signal types (names from {@code SignalType.get_name()}):
 *
 * <ul>
 *   <li>{@code pdq}: 64 lower-case hex digits, exactly ({@code PdqSignal}: {@code ^[0-9a-f]{64}$}).
 *   <li>{@code video_md5}, {@code video_sha256}: hex, any case ({@code VideoMD5Signal}, {@code
 *       VideoSHA256Signal}); python-threatexchange has no MD5 signal for photos.
 *   <li>{@code vpdq}: {@code vpdq_to_json}'s JSON list of {@code "hex,quality,seconds"} frames
 *       ({@link VpdqJson}); the earlier object form is not accepted by this reader.
 * </ul>
 *
 * Reading follows that rule, except that what python-threatexchange drops silently (unknown types,
 * half lines) is reported as a problem here. Writing: a video's frames as one {@code vpdq} line,
 * PDQ as {@code pdq}, MD5 as {@code video_md5} and SHA-256 as {@code video_sha256} (callers give
 * MD5s and SHA-256s of videos only); SHA-1 has no signal type and is skipped. Stateless,
 * thread-safe.
 */
public final class TeFormat implements HashSetFormat {
  private static final Pattern PDQ = Pattern.compile("[0-9a-f]{64}");
  private static final Pattern HEAD =
      Pattern.compile(
          "(pdq [0-9a-f]{64}|video_md5 [0-9a-fA-F]{32}|video_sha256 [0-9a-fA-F]{64}"
              + "|vpdq \\[.*)");

  @Override
  public String name() {
    return "te";
  }

  /**
   * A first line that is a whole signal of a type okju reads. A {@code pdq HEX label} list (the
   * labelled form {@code pdq-list} reads) is not one: this reader would reject its first line.
   */
  @Override
  public boolean sniff(byte[] head) {
    String first = TextLines.firstContentLine(head);
    return HEAD.matcher(first).matches();
  }

  @Override
  public Stream<HashSetEntry> read(Path file, Consumer<ParseProblem> problems) throws IOException {
    return TextLines.stream(file, TeFormat::parse, problems);
  }

  private static Optional<HashSetEntry> parse(String line, long number)
      throws MalformedRecordException {
    // file_api.py: signal = line.strip(); signal_type, _, signal = signal.partition(" ")
    String stripped = line.strip();
    if (stripped.isEmpty()) {
      return Optional.empty();
    }
    int space = stripped.indexOf(' ');
    String type = space < 0 ? stripped : stripped.substring(0, space);
    String signal = space < 0 ? "" : stripped.substring(space + 1);
    if (signal.isEmpty()) {
      throw new MalformedRecordException(
          "no signal after \"" + Csv.abbreviate(type) + "\" (ThreatExchange ignores the line)");
    }
    return switch (type) {
      case "pdq" -> {
        if (!PDQ.matcher(signal).matches()) {
          throw new MalformedRecordException(
              "invalid PDQ hash (64 lower-case hex digits): " + Csv.abbreviate(signal));
        }
        yield Optional.of(entry(List.of(TextLines.hash(HashKind.PDQ, signal)), List.of(), number));
      }
      case "video_md5" ->
          Optional.of(
              entry(List.of(TextLines.hash(HashKind.MD5, signal.strip())), List.of(), number));
      case "video_sha256" ->
          Optional.of(
              entry(List.of(TextLines.hash(HashKind.SHA256, signal.strip())), List.of(), number));
      case "vpdq" -> {
        if (!signal.startsWith("[")) {
          throw new MalformedRecordException(
              "a vpdq signal is vpdq_to_json's JSON list of frames: " + Csv.abbreviate(signal));
        }
        yield Optional.of(entry(List.of(), VpdqJson.read(signal), number));
      }
      default ->
          throw new MalformedRecordException(
              "signal type \"" + Csv.abbreviate(type) + "\" is not a hash okju reads");
    };
  }

  private static HashSetEntry entry(List<HashValue> hashes, List<VpdqFeature> video, long line) {
    return new HashSetEntry(
        hashes,
        Optional.empty(),
        OptionalLong.empty(),
        Optional.empty(),
        Optional.empty(),
        line,
        video);
  }

  @Override
  public boolean canWrite() {
    return true;
  }

  /** Counts lines written and entries skipped (those with only a SHA-1). */
  @Override
  public WriteCount write(Path file, Stream<HashSetEntry> entries) throws IOException {
    long[] counts = new long[2];
    AtomicFile.writeStream(
        file,
        out -> {
          for (HashSetEntry e : (Iterable<HashSetEntry>) entries::iterator) {
            long lines = 0;
            if (!e.video().isEmpty()) {
              out.write(line("vpdq", VpdqJson.write(e.video())));
              lines++;
            }
            for (HashValue h : e.hashes()) {
              String type = signalType(h.kind());
              if (type != null) {
                out.write(line(type, h.toHex()));
                lines++;
              }
            }
            counts[0] += lines;
            counts[1] += lines == 0 ? 1 : 0;
          }
        });
    return new WriteCount(counts[0], counts[1]);
  }

  private static String signalType(HashKind kind) {
    return switch (kind) {
      case PDQ -> "pdq";
      case MD5 -> "video_md5";
      case SHA256 -> "video_sha256";
      case SHA1 -> null;
    };
  }

  private static byte[] line(String type, String signal) {
    return (type + " " + signal + "\n").getBytes(StandardCharsets.US_ASCII);
  }
}
