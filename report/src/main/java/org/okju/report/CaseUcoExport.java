package org.okju.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.okju.casefile.CustodyEntry;
import org.okju.casefile.Item;
import org.okju.casefile.Source;

/**
 * The case as CASE/UCO JSON-LD (CASE 1.x / UCO 1.x vocabulary): a {@code uco-observable:File} per
 * catalogue item with a FileFacet and a ContentDataFacet carrying its hashes as {@code
 * uco-types:Hash}; a {@code case-investigation:ProvenanceRecord} per source listing its files; a
 * {@code case-investigation:InvestigativeAction} per custody entry with its performer, the okju
 * {@code uco-tool:Tool} as instrument and, for an ingest, the provenance record as result.
 *
 * <p>The {@code @context} is inline: prefixes to the published ontology namespaces, so the file
 * parses without fetching anything. Identifiers are {@code urn:okju:<case>:…}, with the case named
 * by the hash of its first custody entry. Deterministic. Stateless.
 */
final class CaseUcoExport {
  static final Map<String, String> CONTEXT =
      new TreeMap<>(
          Map.of(
              "case-investigation", "https://ontology.caseontology.org/case/investigation/",
              "uco-action", "https://ontology.unifiedcyberontology.org/uco/action/",
              "uco-core", "https://ontology.unifiedcyberontology.org/uco/core/",
              "uco-identity", "https://ontology.unifiedcyberontology.org/uco/identity/",
              "uco-observable", "https://ontology.unifiedcyberontology.org/uco/observable/",
              "uco-tool", "https://ontology.unifiedcyberontology.org/uco/tool/",
              "uco-types", "https://ontology.unifiedcyberontology.org/uco/types/",
              "uco-vocabulary", "https://ontology.unifiedcyberontology.org/uco/vocabulary/",
              "xsd", "http://www.w3.org/2001/XMLSchema#"));

  private static final ObjectMapper JSON = new ObjectMapper();

  private CaseUcoExport() {}

  static long write(CaseSnapshot c, String okjuVersion, OutputStream out) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode context = root.putObject("@context");
    CONTEXT.forEach(context::put);
    context.put("kb", "urn:okju:" + caseName(c) + ":");
    ArrayNode graph = root.putArray("@graph");
    ObjectNode tool = graph.addObject();
    tool.put("@id", "kb:tool-okju");
    tool.put("@type", "uco-tool:Tool");
    tool.put("uco-core:name", "okju");
    tool.put("uco-tool:version", okjuVersion);
    List<String> users =
        new ArrayList<>(new TreeSet<>(c.custody().stream().map(CustodyEntry::user).toList()));
    for (int u = 0; u < users.size(); u++) {
      ObjectNode identity = graph.addObject();
      identity.put("@id", "kb:identity-" + (u + 1));
      identity.put("@type", "uco-identity:Identity");
      identity.put("uco-core:name", c.privacy().text(users.get(u)));
    }
    for (Item i : c.items()) {
      graph.add(file(c, i));
    }
    for (Source s : c.sources()) {
      ObjectNode p = graph.addObject();
      p.put("@id", "kb:provenance-source-" + s.id().value());
      p.put("@type", "case-investigation:ProvenanceRecord");
      p.put("case-investigation:exhibitNumber", "source-" + s.id().value());
      p.put(
          "uco-core:description",
          "Evidence source "
              + c.privacy().text(s.givenPath().display())
              + s.manifest().map(m -> ", manifest SHA-256 " + m.toHex()).orElse(""));
      ArrayNode objects = p.putArray("uco-core:object");
      c.items().stream()
          .filter(i -> i.source().equals(s.id()))
          .forEach(i -> objects.addObject().put("@id", "kb:file-" + i.id().value()));
    }
    for (CustodyEntry e : c.custody()) {
      ObjectNode a = graph.addObject();
      a.put("@id", "kb:action-" + e.seq());
      a.put("@type", "case-investigation:InvestigativeAction");
      a.put("uco-core:name", e.action());
      a.put(
          "uco-core:description",
          "custody entry "
              + e.seq()
              + ", SHA-256 "
              + e.hash().toHex()
              + ", previous "
              + e.previous().toHex()
              + ", parameters "
              + c.privacy().text(e.parametersJson()));
      a.set("uco-action:startTime", typed("xsd:dateTime", e.time().toString()));
      a.putObject("uco-action:performer")
          .put("@id", "kb:identity-" + (users.indexOf(e.user()) + 1));
      a.putObject("uco-action:instrument").put("@id", "kb:tool-okju");
      sourceOf(e)
          .ifPresent(
              s ->
                  a.putArray("uco-action:result")
                      .addObject()
                      .put("@id", "kb:provenance-source-" + s));
    }
    JSON.writerWithDefaultPrettyPrinter().writeValue(out, root);
    return c.items().size();
  }

  private static ObjectNode file(CaseSnapshot c, Item i) {
    String id = "kb:file-" + i.id().value();
    ObjectNode f = JSON.createObjectNode();
    f.put("@id", id);
    f.put("@type", "uco-observable:File");
    ArrayNode facets = f.putArray("uco-core:hasFacet");
    ObjectNode ff = facets.addObject();
    ff.put("@id", id + "-file-facet");
    ff.put("@type", "uco-observable:FileFacet");
    ff.put("uco-observable:fileName", c.privacy().fileName(i));
    ff.put("uco-observable:filePath", c.privacy().path(i));
    if (i.size().isPresent()) {
      ff.set(
          "uco-observable:sizeInBytes", typed("xsd:integer", Long.toString(i.size().getAsLong())));
    }
    i.times()
        .modified()
        .ifPresent(t -> ff.set("uco-observable:modifiedTime", typed("xsd:dateTime", t.toString())));
    ObjectNode cf = facets.addObject();
    cf.put("@id", id + "-content-facet");
    cf.put("@type", "uco-observable:ContentDataFacet");
    i.mediaType().ifPresent(m -> cf.put("uco-observable:mimeType", m));
    ArrayNode hashes = cf.putArray("uco-observable:hash");
    i.digests().md5().ifPresent(h -> hashes.add(hash(id, "MD5", h.toHex())));
    i.digests().sha1().ifPresent(h -> hashes.add(hash(id, "SHA1", h.toHex())));
    i.digests().sha256().ifPresent(h -> hashes.add(hash(id, "SHA256", h.toHex())));
    return f;
  }

  private static ObjectNode hash(String owner, String method, String hex) {
    ObjectNode h = JSON.createObjectNode();
    h.put("@id", owner + "-" + method.toLowerCase(java.util.Locale.ROOT));
    h.put("@type", "uco-types:Hash");
    h.set("uco-types:hashMethod", typed("uco-vocabulary:HashNameVocab", method));
    h.set("uco-types:hashValue", typed("xsd:hexBinary", hex));
    return h;
  }

  private static ObjectNode typed(String type, String value) {
    ObjectNode v = JSON.createObjectNode();
    v.put("@type", type);
    v.put("@value", value);
    return v;
  }

  private static String caseName(CaseSnapshot c) {
    return c.custody().isEmpty()
        ? "empty-case"
        : c.custody().get(0).hash().toHex().substring(0, 16);
  }

  private static Optional<Long> sourceOf(CustodyEntry e) {
    if (!e.action().equals(CaseVerifier.SOURCE_INGESTED)) {
      return Optional.empty();
    }
    try {
      JsonNode s = JSON.readTree(e.parametersJson()).get("source");
      return s != null && s.canConvertToLong() ? Optional.of(s.asLong()) : Optional.empty();
    } catch (IOException ex) {
      return Optional.empty();
    }
  }
}
