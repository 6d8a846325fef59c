package org.okju.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.okju.casefile.Item;
import org.okju.casefile.Source;

/**
 * FollowTheMoney entities, one JSON object per line ({@code {"id","schema","properties"}}), as
 * {@code ftm} and Aleph read them: a {@code Folder} per source, a document entity per catalogue
 * item (schema by media type: {@code Image}, {@code Video}, {@code Audio}, {@code PlainText},
 * {@code Package} for archives, {@code Document} otherwise) with fileName, fileSize, mimeType,
 * contentHash (SHA-1, as FtM uses) and parent; then the ledger's people, payments and {@code
 * Documentation} links from {@link LedgerEntities}. Deterministic. Stateless.
 */
final class FtmExport {
  private static final ObjectMapper JSON = new ObjectMapper();

  private FtmExport() {}

  static long write(CaseSnapshot c, LedgerEntities ledger, Writer out) throws IOException {
    long n = 0;
    for (Source s : c.sources()) {
      String path = c.privacy().text(s.givenPath().display());
      line(
          out,
          FtmEntity.of(
              sourceId(s), "Folder", Map.of("fileName", List.of(path), "title", List.of(path))));
      n++;
    }
    for (Item i : c.items()) {
      Map<String, List<String>> p = new TreeMap<>();
      p.put("fileName", List.of(c.privacy().fileName(i)));
      i.size().ifPresent(s -> p.put("fileSize", List.of(Long.toString(s))));
      i.mediaType().ifPresent(t -> p.put("mimeType", List.of(t)));
      i.digests().sha1().ifPresent(h -> p.put("contentHash", List.of(h.toHex())));
      p.put(
          "parent",
          List.of(
              i.parent()
                  .map(a -> "okju-item-" + a.value())
                  .orElse("okju-source-" + i.source().value())));
      line(out, FtmEntity.of("okju-item-" + i.id().value(), schema(i.mediaType().orElse("")), p));
      n++;
    }
    for (FtmEntity e : ledger.entities()) {
      // The ledger's entities come through its disclosure already; every value passes the case's
      // again, so that no implementation of LedgerEntities can leak a withheld name.
      Map<String, List<String>> p = new TreeMap<>();
      e.properties().forEach((k, v) -> p.put(k, v.stream().map(c.privacy()::text).toList()));
      line(out, FtmEntity.of(e.id(), e.schema(), p));
      n++;
    }
    return n;
  }

  static String schema(String mediaType) {
    if (mediaType.startsWith("image/")) {
      return "Image";
    }
    if (mediaType.startsWith("video/")) {
      return "Video";
    }
    if (mediaType.startsWith("audio/")) {
      return "Audio";
    }
    if (mediaType.equals("text/plain")) {
      return "PlainText";
    }
    if (mediaType.equals("application/zip")
        || mediaType.equals("application/x-tar")
        || mediaType.equals("application/x-7z-compressed")
        || mediaType.equals("application/vnd.rar")) {
      return "Package";
    }
    return "Document";
  }

  private static String sourceId(Source s) {
    return "okju-source-" + s.id().value();
  }

  private static void line(Writer out, FtmEntity e) throws IOException {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", e.id());
    o.put("schema", e.schema());
    ObjectNode props = o.putObject("properties");
    e.properties().forEach((k, v) -> v.forEach(props.withArray(k)::add));
    out.write(JSON.writeValueAsString(o));
    out.write('\n');
  }
}
