package org.okju.index.hashset;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.okju.index.AtomicFile;

/**
 * Writes VICS 2.0 JSON in either shape importers read: the flat media list ({@code
 * …/2.0.xml/Default/$metadata#Media}, {@code value} = Media) or the case-wrapped one ({@code
 * …/$metadata#Cases}, {@code value} = one Case with its header fields and {@code Media}), as
 * Project VIC tools exchange case files. Field names and types follow the VICS 2.0 data model as
 * its adopters write it (see {@code docs/vics-2.0.schema.json}). Published atomically. Stateless.
 */
public final class Vics2Writer {
  /** The OData context of a flat media list. */
  public static final String MEDIA_CONTEXT =
      "http://github.com/VICSDATAMODEL/ProjectVic/DataModels/2.0.xml/Default/$metadata#Media";

  /** The OData context of a case file. */
  public static final String CASES_CONTEXT =
      "http://github.com/VICSDATAMODEL/ProjectVic/DataModels/2.0.xml/Default/$metadata#Cases";

  private Vics2Writer() {}

  /**
   * The header of a case file.
   *
   * @param caseId the case's GUID, written in braces as VICS tools do
   * @param caseNumber the agency's case number, if any
   * @param application {@code SourceApplicationName}
   * @param version {@code SourceApplicationVersion}
   */
  public record CaseHeader(
      java.util.UUID caseId, Optional<String> caseNumber, String application, String version) {}

  /**
   * Writes {@code entries}: flat when {@code header} is empty, else as one case.
   *
   * @return media written, and entries skipped for lack of an MD5, SHA-1 or PDQ
   */
  public static WriteCount write(
      Path file, Stream<HashSetEntry> entries, Optional<CaseHeader> header) throws IOException {
    long[] counts = new long[2];
    AtomicFile.writeStream(
        file,
        out -> {
          try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField(
                "@odata.context", header.isPresent() ? CASES_CONTEXT : MEDIA_CONTEXT);
            g.writeArrayFieldStart("value");
            if (header.isPresent()) {
              CaseHeader h = header.get();
              g.writeStartObject();
              g.writeStringField("CaseID", "{" + h.caseId() + "}");
              if (h.caseNumber().isPresent()) {
                g.writeStringField("CaseNumber", h.caseNumber().get());
              }
              g.writeStringField("SourceApplicationName", h.application());
              g.writeStringField("SourceApplicationVersion", h.version());
              g.writeArrayFieldStart("Media");
            }
            for (HashSetEntry e : (Iterable<HashSetEntry>) entries::iterator) {
              if (media(g, e, counts[0] + 1)) {
                counts[0]++;
              } else {
                counts[1]++;
              }
            }
            if (header.isPresent()) {
              g.writeEndArray();
              g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.flush();
          }
        });
    return new WriteCount(counts[0], counts[1]);
  }

  private static boolean media(JsonGenerator g, HashSetEntry e, long position) throws IOException {
    Optional<HashValue> md5 = e.hash(HashKind.MD5);
    Optional<HashValue> sha1 = e.hash(HashKind.SHA1);
    Optional<HashValue> pdq = e.hash(HashKind.PDQ);
    if (md5.isEmpty() && sha1.isEmpty() && pdq.isEmpty()) {
      return false;
    }
    g.writeStartObject();
    g.writeNumberField("MediaID", number(e.label()).orElse(position));
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
    return true;
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
