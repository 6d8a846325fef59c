package org.okju.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.okju.casefile.CaseStore;
import org.okju.casefile.Item;
import org.okju.casefile.ItemId;
import org.okju.casefile.Source;
import org.okju.casefile.VideoFrame;

/**
 * The catalogue as CASE/UCO observables: a {@code uco-observable:File} per item with a FileFacet
 * (name and path as the privacy rules allow, size, modification time) and a ContentDataFacet
 * carrying every hash okju has for it as {@code uco-types:Hash} with a string method: MD5, SHA1,
 * SHA256, an image's {@code PDQ}, a video's {@code vPDQ} (its frame hashes in frame order, each 32
 * bytes, concatenated into one hex value: UCO has no list-valued hash); and a {@code
 * case-investigation:ProvenanceRecord} per source listing its files. Stateless.
 */
final class CaseUcoObservables {
  private CaseUcoObservables() {}

  /** Writes the files and sources; returns each item's node id. */
  static Map<ItemId, String> write(UcoGraph g, CaseSnapshot c, CaseStore store) {
    Map<ItemId, String> ids = new HashMap<>();
    for (Item i : c.items()) {
      String name = "item/" + i.id().value();
      String id = g.id("file", name);
      ids.put(i.id(), id);
      ObjectNode f = g.node(id, "uco-observable:File");
      ObjectNode ff =
          UcoGraph.nested(
              f, "uco-core:hasFacet", g.id("file-facet", name), "uco-observable:FileFacet");
      ff.put("uco-observable:fileName", c.privacy().fileName(i));
      ff.put("uco-observable:filePath", c.privacy().path(i));
      if (i.size().isPresent()) {
        UcoGraph.typed(
            ff, "uco-observable:sizeInBytes", "xsd:integer", Long.toString(i.size().getAsLong()));
      }
      i.times()
          .modified()
          .ifPresent(
              t -> UcoGraph.typed(ff, "uco-observable:modifiedTime", "xsd:dateTime", t.toString()));
      ObjectNode cf =
          UcoGraph.nested(
              f,
              "uco-core:hasFacet",
              g.id("content-facet", name),
              "uco-observable:ContentDataFacet");
      i.mediaType().ifPresent(m -> cf.put("uco-observable:mimeType", m));
      i.digests().md5().ifPresent(h -> g.hash(cf, name, "MD5", h.toHex()));
      i.digests().sha1().ifPresent(h -> g.hash(cf, name, "SHA1", h.toHex()));
      i.digests().sha256().ifPresent(h -> g.hash(cf, name, "SHA256", h.toHex()));
      store.fingerprints().image(i.id()).ifPresent(p -> g.hash(cf, name, "PDQ", p.pdq().toHex()));
      List<VideoFrame> frames = store.fingerprints().video(i.id());
      if (!frames.isEmpty()) {
        StringBuilder hex = new StringBuilder(frames.size() * 64);
        frames.forEach(fr -> hex.append(fr.pdq().toHex()));
        g.hash(cf, name, "vPDQ", hex.toString());
      }
    }
    for (Source s : c.sources()) {
      ObjectNode p =
          g.node(
              g.id("provenance", "source/" + s.id().value()),
              "case-investigation:ProvenanceRecord");
      p.put("case-investigation:exhibitNumber", "source-" + s.id().value());
      p.put(
          "uco-core:description",
          "Evidence source "
              + c.privacy().text(s.givenPath().display())
              + s.manifest().map(m -> ", manifest SHA-256 " + m.toHex()).orElse(""));
      c.items().stream()
          .filter(i -> i.source().equals(s.id()))
          .forEach(i -> UcoGraph.ref(p, "uco-core:object", ids.get(i.id())));
    }
    return ids;
  }

  /** An observable carrying only a SHA-256 (a document, list or export okju read or wrote). */
  static String digestOnly(UcoGraph g, String kind, String name, String label, byte[] sha256) {
    String id = g.id(kind, name);
    ObjectNode o = g.node(id, "uco-observable:ObservableObject");
    o.put("uco-core:name", label);
    ObjectNode cf =
        UcoGraph.nested(
            o, "uco-core:hasFacet", g.id(kind + "-facet", name), "uco-observable:ContentDataFacet");
    g.hash(cf, kind + "/" + name, "SHA256", HexFormat.of().formatHex(sha256));
    return id;
  }
}
