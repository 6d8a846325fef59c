package org.okju.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.okju.casefile.CaseStore;
import org.okju.casefile.ImagePdq;
import org.okju.casefile.Item;
import org.okju.casefile.Md5;
import org.okju.casefile.Source;

/**
 * The catalogue as VICS 2.0 JSON, in the OData shapes Project VIC-compatible databases import: a
 * case file {@code {"@odata.context": "…/2.0.xml/Default/$metadata#Cases", "value": [{"CaseID",
 * "SourceApplicationName", …, "Media": [Media…]}]}} (the default; the case GUID is name-based on
 * the case's first custody entry, so it is the same on every export) or the flat media list {@code
 * {"@odata.context": "…/$metadata#Media", "value": [Media…]}}. One Media per distinct content (by
 * MD5, upper-case hex as VICS writes it) with each occurrence as a MediaFile; SHA-256 and PDQ as
 * AlternativeHashes. Category 0 (not categorised): okju does not grade content, the investigator's
 * review does. Items never read (no MD5) are left out. Deterministic. Stateless.
 */
final class Vics2Export {
  static final String CONTEXT =
      "http://github.com/VICSDATAMODEL/ProjectVic/DataModels/2.0.xml/Default/$metadata#Media";
  static final String CASES_CONTEXT =
      "http://github.com/VICSDATAMODEL/ProjectVic/DataModels/2.0.xml/Default/$metadata#Cases";

  private static final ObjectMapper JSON = new ObjectMapper();

  private Vics2Export() {}

  static long write(
      CaseSnapshot c, CaseStore store, boolean asCase, String okjuVersion, OutputStream out)
      throws IOException {
    Map<Md5, List<Item>> byContent = new LinkedHashMap<>();
    for (Item i : c.items()) {
      i.digests().md5().ifPresent(m -> byContent.computeIfAbsent(m, k -> new ArrayList<>()).add(i));
    }
    ObjectNode root = JSON.createObjectNode();
    root.put("@odata.context", asCase ? CASES_CONTEXT : CONTEXT);
    ArrayNode value = root.putArray("value");
    if (asCase) {
      ObjectNode kase = value.addObject();
      kase.put("CaseID", "{" + CaseIds.caseUuid(c) + "}");
      kase.put("SourceApplicationName", "okju");
      kase.put("SourceApplicationVersion", okjuVersion);
      value = kase.putArray("Media");
    }
    long mediaId = 0;
    for (Map.Entry<Md5, List<Item>> e : byContent.entrySet()) {
      Item first = e.getValue().get(0);
      ObjectNode m = value.addObject();
      m.put("MediaID", ++mediaId);
      m.put("Category", 0);
      m.put("MD5", e.getKey().toHex().toUpperCase(Locale.ROOT));
      first.digests().sha1().ifPresent(h -> m.put("SHA1", h.toHex().toUpperCase(Locale.ROOT)));
      if (first.size().isPresent()) {
        m.put("MediaSize", first.size().getAsLong());
      }
      dateUpdated(c, first).ifPresent(d -> m.put("DateUpdated", d));
      m.put("IsPrecategorized", false);
      first.mediaType().ifPresent(t -> m.put("MimeType", t));
      ArrayNode alt = m.putArray("AlternativeHashes");
      first
          .digests()
          .sha256()
          .ifPresent(h -> alt.addObject().put("HashName", "SHA256").put("HashValue", h.toHex()));
      Optional<ImagePdq> pdq = store.fingerprints().image(first.id());
      pdq.ifPresent(p -> alt.addObject().put("HashName", "PDQ").put("HashValue", p.pdq().toHex()));
      ArrayNode files = m.putArray("MediaFiles");
      for (Item i : e.getValue()) {
        ObjectNode f = files.addObject();
        f.put("FileName", c.privacy().fileName(i));
        f.put("FilePath", c.privacy().path(i));
        i.times().created().ifPresent(t -> f.put("Created", t.toString()));
        i.times().modified().ifPresent(t -> f.put("Written", t.toString()));
        i.times().accessed().ifPresent(t -> f.put("Accessed", t.toString()));
        f.put("SourceID", Long.toString(i.source().value()));
      }
    }
    JSON.writerWithDefaultPrettyPrinter().writeValue(out, root);
    return mediaId;
  }

  // The time the catalogue row was made final: the end of its source's ingest.
  private static Optional<String> dateUpdated(CaseSnapshot c, Item i) {
    return c.sources().stream()
        .filter(s -> s.id().equals(i.source()))
        .findFirst()
        .flatMap(Source::finished)
        .map(Object::toString);
  }
}
