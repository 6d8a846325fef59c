package org.okju.index.hashset;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.okju.index.AtomicFile;

/**
 * Hasher-Matcher-Actioner's bank import, one request a line: each line is the JSON body of HMA's
 * {@code POST /c/bank/<bank>/signal} ({@code OpenMediaMatch/blueprints/curation.py}, {@code
 * bank_add_as_signals}): an object from signal type name to signal string, plus an optional {@code
 * note} (a string of at most 255 characters). HMA has no file import for banks (no CSV reader
 * anywhere in it); a partner posts the lines:
 *
 * <pre>while read -r l; do curl -sf -H 'Content-Type: application/json' -d "$l" \
 *   "$HMA/c/bank/$BANK/signal"; done &lt; list.jsonl</pre>
 *
 * <p>HMA rejects a whole request when one of its signal types is not enabled (vPDQ is an
 * extension), so okju writes one signal a line: a bank content per signal. Types and validation as
 * in {@link TeFormat}: {@code pdq}, {@code video_md5}, {@code video_sha256}, {@code vpdq}. The note
 * carries the entry's label (okju: the tape id) and becomes the label when read. Stateless,
 * thread-safe.
 */
public final class HmaBankSignalsFormat implements HashSetFormat {
  /** HMA's {@code _validate_note}: at most this many characters. */
  static final int MAX_NOTE = 255;

  private static final JsonFactory JSON = new JsonFactory();
  private static final Pattern PDQ = Pattern.compile("[0-9a-f]{64}");
  private static final Pattern FIRST =
      Pattern.compile("\\{\\s*\"(pdq|video_md5|video_sha256|vpdq|note)\"\\s*:.*");

  @Override
  public String name() {
    return "hma-json";
  }

  @Override
  public boolean sniff(byte[] head) {
    return FIRST.matcher(TextLines.firstContentLine(head)).matches();
  }

  @Override
  public Stream<HashSetEntry> read(Path file, Consumer<ParseProblem> problems) throws IOException {
    return TextLines.stream(file, HmaBankSignalsFormat::parse, problems);
  }

  private static Optional<HashSetEntry> parse(String line, long number)
      throws MalformedRecordException {
    if (line.isBlank()) {
      return Optional.empty();
    }
    List<HashValue> hashes = new ArrayList<>();
    List<VpdqFeature> video = new ArrayList<>();
    Optional<String> note = Optional.empty();
    try (JsonParser p = JSON.createParser(line)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new MalformedRecordException("not a JSON object: " + Csv.abbreviate(line));
      }
      for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (name.equals("note")) {
          note = note(p, value);
          continue;
        }
        if (value != JsonToken.VALUE_STRING) {
          throw new MalformedRecordException("the " + name + " signal is not a string");
        }
        String signal = p.getText();
        switch (name) {
          case "pdq" -> {
            if (!PDQ.matcher(signal).matches()) {
              throw new MalformedRecordException("invalid pdq signal: " + Csv.abbreviate(signal));
            }
            hashes.add(TextLines.hash(HashKind.PDQ, signal));
          }
          case "video_md5" -> hashes.add(TextLines.hash(HashKind.MD5, signal.strip()));
          case "video_sha256" -> hashes.add(TextLines.hash(HashKind.SHA256, signal.strip()));
          case "vpdq" -> video.addAll(VpdqJson.read(signal));
          default ->
              throw new MalformedRecordException(
                  "no such signal type "
                      + Csv.abbreviate(name)
                      + " (okju reads pdq, video_md5,"
                      + " video_sha256, vpdq)");
        }
      }
      if (p.nextToken() != null) {
        throw new MalformedRecordException("text after the JSON object");
      }
    } catch (JsonProcessingException e) {
      throw new MalformedRecordException("not JSON: " + e.getOriginalMessage());
    } catch (IllegalArgumentException e) {
      throw new MalformedRecordException(e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException("reading JSON from a string", e);
    }
    if (hashes.isEmpty() && video.isEmpty()) {
      throw new MalformedRecordException("no signals given");
    }
    return Optional.of(
        new HashSetEntry(
            hashes, Optional.empty(), OptionalLong.empty(), Optional.empty(), note, number, video));
  }

  private static Optional<String> note(JsonParser p, JsonToken value)
      throws IOException, MalformedRecordException {
    if (value == JsonToken.VALUE_NULL) {
      return Optional.empty();
    }
    if (value != JsonToken.VALUE_STRING) {
      throw new MalformedRecordException("note should be a string");
    }
    String note = p.getText();
    if (note.length() > MAX_NOTE) {
      throw new MalformedRecordException("note must be at most " + MAX_NOTE + " characters");
    }
    return note.isEmpty() ? Optional.empty() : Optional.of(note);
  }

  @Override
  public boolean canWrite() {
    return true;
  }

  /** One line per signal of each entry; counts lines written and entries skipped (SHA-1 only). */
  @Override
  public WriteCount write(Path file, Stream<HashSetEntry> entries) throws IOException {
    long[] counts = new long[2];
    AtomicFile.writeStream(
        file,
        out -> {
          for (HashSetEntry e : (Iterable<HashSetEntry>) entries::iterator) {
            long lines = 0;
            if (!e.video().isEmpty()) {
              out.write(line("vpdq", VpdqJson.write(e.video()), e.label()));
              lines++;
            }
            for (HashValue h : e.hashes()) {
              String type =
                  switch (h.kind()) {
                    case PDQ -> "pdq";
                    case MD5 -> "video_md5";
                    case SHA256 -> "video_sha256";
                    case SHA1 -> null;
                  };
              if (type != null) {
                out.write(line(type, h.toHex(), e.label()));
                lines++;
              }
            }
            counts[0] += lines;
            counts[1] += lines == 0 ? 1 : 0;
          }
        });
    return new WriteCount(counts[0], counts[1]);
  }

  private static byte[] line(String type, String signal, Optional<String> label)
      throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (JsonGenerator g = JSON.createGenerator(b)) {
      g.writeStartObject();
      g.writeStringField(type, signal);
      if (label.isPresent()) {
        String note = label.get();
        g.writeStringField("note", note.length() > MAX_NOTE ? note.substring(0, MAX_NOTE) : note);
      }
      g.writeEndObject();
    }
    b.write('\n');
    return b.toByteArray();
  }
}
