package org.okju.index.hashset;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.okju.index.AtomicFile;

/**
 * Project VIC VICS 2.0 JSON ({@code "@odata.context": "http://github.com/VICSDATAMODEL/ProjectVic/
 * DataModels/2.0.xml/Default/$metadata#Media"}, {@code "value"} a list of Media). Reads with {@link
 * VicsMediaReader}; writes one Media per entry with {@code MediaID} (the entry's label when it is a
 * number, else its position), {@code MD5} and {@code SHA1} in upper case as VICS distributes them,
 * {@code Category}, {@code MediaSize}, {@code RelativeFilePath}, and PDQ as an {@code
 * AlternativeHashes} entry. Nothing else is written: no names beyond the entry's own.
 */
public final class VicsV2Format implements HashSetFormat {
  static final String CONTEXT =
      "http://github.com/VICSDATAMODEL/ProjectVic/DataModels/2.0.xml/Default/$metadata#Media";

  @Override
  public String name() {
    return "vics-2.0";
  }

  @Override
  public boolean sniff(byte[] head) {
    String text = TextLines.headText(head);
    return text.trim().startsWith("{") && text.contains("DataModels/2.0");
  }

  @Override
  public Stream<HashSetEntry> read(Path file, Consumer<ParseProblem> problems) throws IOException {
    return VicsMediaReader.stream(file, problems);
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
          try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("@odata.context", CONTEXT);
            g.writeArrayFieldStart("value");
            for (HashSetEntry e : (Iterable<HashSetEntry>) entries::iterator) {
              Optional<HashValue> md5 = e.hash(HashKind.MD5);
              Optional<HashValue> sha1 = e.hash(HashKind.SHA1);
              Optional<HashValue> pdq = e.hash(HashKind.PDQ);
              if (md5.isEmpty() && sha1.isEmpty() && pdq.isEmpty()) {
                counts[1]++;
                continue;
              }
              counts[0]++;
              g.writeStartObject();
              g.writeNumberField("MediaID", number(e.label()).orElse(counts[0]));
              Optional<Long> category = number(e.category());
              if (category.isPresent()) {
                g.writeNumberField("Category", category.get());
              }
              if (md5.isPresent()) {
                g.writeStringField("MD5", md5.get().toHex().toUpperCase(Locale.ROOT));
              }
              if (sha1.isPresent()) {
                g.writeStringField("SHA1", sha1.get().toHex().toUpperCase(Locale.ROOT));
              }
              if (e.size().isPresent()) {
                g.writeNumberField("MediaSize", e.size().getAsLong());
              }
              if (e.name().isPresent()) {
                g.writeStringField("RelativeFilePath", e.name().get());
              }
              if (pdq.isPresent()) {
                g.writeArrayFieldStart("AlternativeHashes");
                g.writeStartObject();
                g.writeStringField("HashName", "PDQ");
                g.writeStringField("HashValue", pdq.get().toHex());
                g.writeEndObject();
                g.writeEndArray();
              }
              g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.flush();
          }
        });
    return new WriteCount(counts[0], counts[1]);
  }

  private static Optional<Long> number(Optional<String> s) {
    if (s.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(s.get().trim()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
